#pragma once

#include "core/domain/error.h"

#include <QCheckBox>
#include <QSqlDatabase>

namespace core {

// The "already imported" part of every import dialog. After a file is
// chosen, setFile() looks it up in import_file (core::ImportOnce): for a new
// file the box stays hidden; for a file already imported it shows, unticked,
// with message() saying when and by whom. The import may go on only when
// allows(): the file is new, or the operator ticked "it is really new"
// (which is the command line's --again).
class ImportAgainBox : public QCheckBox {
    Q_OBJECT
public:
    explicit ImportAgainBox(QWidget *parent = nullptr);

    void setFile(const QSqlDatabase &db, const QString &kind, const QString &path);
    bool alreadyImported() const { return !m_previous.code.isEmpty(); }
    bool allows() const { return !alreadyImported() || isChecked(); }
    bool again() const { return alreadyImported() && isChecked(); }
    QString message() const; // empty for a new file

private:
    Error m_previous;
};

} // namespace core
