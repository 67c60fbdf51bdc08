#pragma once

#include "core/domain/clock.h"
#include "listening/domain/listeningservice.h"
#include "listening/ui/formdialog.h"

#include <QSqlDatabase>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace core {
class CommandStack;
class DateTimeField;
}

namespace listening {

class PsychologistCombo;

// Logs one callback attempt: when, the outcome, who called. Shows the
// number to call when the session may read it. The three dialogs run their
// command through the tab's CommandStack (a logged call can be undone).
class AttemptDialog : public FormDialog {
    Q_OBJECT
public:
    AttemptDialog(const QSqlDatabase &db, const core::Clock &clock, core::CommandStack *commands,
        const RequestDetail &detail, qint64 psychologist, QWidget *parent = nullptr);
    AttemptLogged result() const { return m_result; }

private:
    QButtonGroup *m_outcome = nullptr;
    core::DateTimeField *m_at = nullptr;
    PsychologistCombo *m_psychologist = nullptr;
    AttemptLogged m_result;
};

// Records a call to 118 made for the caller: the time of the call and why.
class EscalationDialog : public FormDialog {
    Q_OBJECT
public:
    EscalationDialog(const QSqlDatabase &db, const core::Clock &clock, core::CommandStack *commands,
        const RequestDetail &detail, qint64 psychologist, QWidget *parent = nullptr);

private:
    core::DateTimeField *m_at = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    PsychologistCombo *m_psychologist = nullptr;
};

// The interview outcome, which closes the request: needs assessed, short
// notes, support given / referral to a service / escalated to 118.
class OutcomeDialog : public FormDialog {
    Q_OBJECT
public:
    OutcomeDialog(const QSqlDatabase &db, const core::Clock &clock, core::CommandStack *commands,
        const RequestDetail &detail, qint64 psychologist, QWidget *parent = nullptr);

private:
    core::DateTimeField *m_at = nullptr;
    PsychologistCombo *m_psychologist = nullptr;
    QButtonGroup *m_disposition = nullptr;
    QComboBox *m_service = nullptr;
    QList<QCheckBox *> m_needs;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace listening
