#pragma once

#include <QComboBox>
#include <QSqlDatabase>

namespace listening {

// Chooses a psychologist of the SPE roster (active ones), optionally
// "not said". Reads the roster once, when loaded.
class PsychologistCombo : public QComboBox {
    Q_OBJECT
public:
    explicit PsychologistCombo(QWidget *parent = nullptr);

    void load(const QSqlDatabase &db, bool allowNone, qint64 preselect = 0);
    qint64 selectedId() const { return currentData().toLongLong(); }
    void select(qint64 id);
};

} // namespace listening
