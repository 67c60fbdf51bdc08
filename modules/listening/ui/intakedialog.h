#pragma once

#include "core/domain/clock.h"
#include "core/reference/comunematcher.h"
#include "listening/ui/formdialog.h"

#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace core {
class CommandStack;
class DateTimeField;
}

namespace listening {

// A request heard on the answering machine: when it was left, who, the
// number to call back (required), the comune (typed, resolved with
// core::ComuneMatcher: a typo is corrected and said, an ambiguous or unknown
// name is refused with suggestions), who they are, why in brief, urgency.
// The service seals name, phone and reason before they reach the database.
class IntakeDialog : public FormDialog {
    Q_OBJECT
public:
    // Records through the tab's commands (listening.intake).
    IntakeDialog(
        const QSqlDatabase &db, const core::Clock &clock, core::CommandStack *commands, QWidget *parent = nullptr);
    qint64 requestId() const { return m_requestId; }

private:
    core::Status submit();
    core::Result<int> resolveComune();

    QSqlDatabase m_db;
    const core::Clock &m_clock;
    core::CommandStack *m_commands = nullptr;
    std::optional<core::ComuneMatcher> m_matcher;
    qint64 m_requestId = 0;
    core::DateTimeField *m_received = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_comune = nullptr;
    QComboBox *m_callerKind = nullptr;
    QComboBox *m_urgency = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace listening
