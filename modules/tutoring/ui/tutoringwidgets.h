#pragma once

#include "core/domain/error.h"
#include "core/reference/comunematcher.h"
#include "tutoring/domain/tutoringtypes.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QLabel;

namespace tutoring {

// Small pieces the ConosciAMO pages share.
class TutoringWidgets {
    Q_DECLARE_TR_FUNCTIONS(tutoring::TutoringWidgets)
public:
    // Subjects as combo items (data: subject id); `order` restricts to one
    // school order when given.
    static void fillSubjects(QComboBox *combo, const QList<Subject> &subjects, std::optional<SchoolOrder> order = {});
    // "Rossi Marco (R001) · 2ª media": where the booking needs the full name.
    static QString pupilLabel(const Pupil &pupil);
    // A message box with the error in Italian, its place and, for form
    // errors, the field's label instead of its key.
    static void showError(QWidget *parent, const QString &title, const core::Error &error);
    static QString describe(const core::Error &error);
};

// A comune typed by a person: completes on the names of every Italian
// comune ("Limbiate (MB)") and resolves what was typed with
// core::ComuneMatcher, saying what it understood ("→ Cisliano (MI)") or
// why not (ambiguous, unknown, with suggestions). Never a silent guess:
// comuneId() is 0 until the text resolves.
class ComuneField : public QLineEdit {
    Q_OBJECT
public:
    ComuneField(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setComune(int comuneId);
    int comuneId() const { return m_comuneId; }
    // A label that shows what the text resolved to (owned by the caller's layout).
    QLabel *statusLabel() const { return m_status; }

signals:
    void comuneChanged(int comuneId);

private:
    void resolve();

    QSqlDatabase m_db;
    std::optional<core::ComuneMatcher> m_matcher;
    QLabel *m_status = nullptr;
    int m_comuneId = 0;
};

} // namespace tutoring
