#include "listening/ui/casedialogs.h"

#include "core/ui/commandstack.h"
#include "core/ui/datetimefield.h"
#include "listening/domain/requestcommands.h"
#include "listening/ui/psychologistcombo.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace listening {

namespace {
core::DateTimeField *timeField(const QDateTime &at, QWidget *parent)
{
    return new core::DateTimeField(at, parent);
}

QString callLine(const RequestDetail &d)
{
    if (!d.personalVisible)
        return AttemptDialog::tr("Request %1").arg(d.request.code);
    return AttemptDialog::tr("<b style=\"font-size:large;\">%1</b> · %2 · request %3")
        .arg(d.callerPhone.toHtmlEscaped(),
            (d.callerName.isEmpty() ? AttemptDialog::tr("(no name)") : d.callerName).toHtmlEscaped(), d.request.code);
}
} // namespace

AttemptDialog::AttemptDialog(
    const QSqlDatabase &db, const core::Clock &clock, core::CommandStack *commands, const RequestDetail &detail,
    qint64 psychologist, QWidget *parent)
    : FormDialog(tr("Log a call"), callLine(detail), parent)
{
    m_at = timeField(clock.now(), this);
    m_outcome = new QButtonGroup(this);
    auto *choices = new QWidget(this);
    auto *choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    for (AttemptOutcome o : { AttemptOutcome::Reached, AttemptOutcome::NoAnswer, AttemptOutcome::WrongNumber }) {
        auto *radio = new QRadioButton(ListeningText::attemptOutcome(o), choices);
        m_outcome->addButton(radio, int(o));
        choicesLayout->addWidget(radio);
    }
    m_outcome->button(int(AttemptOutcome::NoAnswer))->setChecked(true);
    m_psychologist = new PsychologistCombo(this);
    m_psychologist->load(db, true, psychologist);
    form()->addRow(tr("Called &at:"), m_at);
    form()->addRow(tr("Outcome:"), choices);
    form()->addRow(tr("Called &by:"), m_psychologist);
    auto *note = new QLabel(tr("After %n failed attempt(s), or a wrong number, the request goes to the coordinator: "
                               "it stays in the queue until someone reaches the caller.",
                                nullptr, failedAttemptsBeforeRaise),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555f6a;"));
    form()->addRow(QString(), note);
    setOkText(tr("&Log"));
    const qint64 id = detail.request.id;
    setSubmit([this, commands, id] {
        auto command = std::make_shared<LogAttempt>(
            id, m_at->dateTime(), AttemptOutcome(m_outcome->checkedId()), m_psychologist->selectedId());
        if (auto s = commands->run(command); !s)
            return s;
        m_result = command->logged();
        return core::Status();
    });
}

EscalationDialog::EscalationDialog(
    const QSqlDatabase &db, const core::Clock &clock, core::CommandStack *commands, const RequestDetail &detail,
    qint64 psychologist, QWidget *parent)
    : FormDialog(tr("Call to 118"),
        tr("Record the call made to emergency services (118) for request %1: when, and why.").arg(detail.request.code),
        parent)
{
    m_at = timeField(clock.now(), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(80);
    m_psychologist = new PsychologistCombo(this);
    m_psychologist->load(db, true, psychologist);
    form()->addRow(tr("118 called &at:"), m_at);
    form()->addRow(tr("&Why:"), m_reason);
    form()->addRow(tr("Called &by:"), m_psychologist);
    setOkText(tr("&Record"));
    const qint64 id = detail.request.id;
    setSubmit([this, commands, id] {
        return commands->run(std::make_shared<RecordEscalation>(
            id, m_at->dateTime(), m_reason->toPlainText(), m_psychologist->selectedId()));
    });
}

OutcomeDialog::OutcomeDialog(
    const QSqlDatabase &db, const core::Clock &clock, core::CommandStack *commands, const RequestDetail &detail,
    qint64 psychologist, QWidget *parent)
    : FormDialog(tr("Interview outcome"),
        tr("How the interview of request %1 went. Recording it closes the request.").arg(detail.request.code), parent)
{
    m_at = timeField(clock.now(), this);
    m_psychologist = new PsychologistCombo(this);
    m_psychologist->load(db, true, psychologist);

    auto *needs = new QWidget(this);
    auto *needsLayout = new QGridLayout(needs);
    needsLayout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString &code : needCodes()) {
        auto *box = new QCheckBox(ListeningText::need(code), needs);
        box->setProperty("code", code);
        needsLayout->addWidget(box, i / 2, i % 2);
        m_needs.append(box);
        ++i;
    }

    m_disposition = new QButtonGroup(this);
    auto *dispositions = new QWidget(this);
    auto *dispositionLayout = new QVBoxLayout(dispositions);
    dispositionLayout->setContentsMargins(0, 0, 0, 0);
    for (Disposition d : { Disposition::Support, Disposition::Referral, Disposition::Escalation118 }) {
        auto *radio = new QRadioButton(ListeningText::disposition(d), dispositions);
        m_disposition->addButton(radio, int(d));
        dispositionLayout->addWidget(radio);
    }
    m_disposition->button(int(detail.escalations.isEmpty() ? Disposition::Support : Disposition::Escalation118))
        ->setChecked(true);
    m_disposition->button(int(Disposition::Escalation118))->setEnabled(!detail.escalations.isEmpty());
    m_service = new QComboBox(this);
    m_service->setEditable(true);
    m_service->addItems(ListeningText::referralServices());
    m_service->setCurrentIndex(-1);
    m_service->lineEdit()->setPlaceholderText(tr("the service the caller was referred to"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(90);
    m_notes->setPlaceholderText(tr("Short notes: what is needed to follow the case, nothing more"));

    form()->addRow(tr("Interview &at:"), m_at);
    form()->addRow(tr("&Psychologist:"), m_psychologist);
    form()->addRow(tr("Needs assessed:"), needs);
    form()->addRow(tr("Outcome:"), dispositions);
    form()->addRow(tr("Referred &to:"), m_service);
    form()->addRow(tr("&Notes:"), m_notes);
    auto updateService = [this] { m_service->setEnabled(m_disposition->checkedId() == int(Disposition::Referral)); };
    connect(m_disposition, &QButtonGroup::idClicked, this, updateService);
    updateService();
    setOkText(tr("&Close the request"));
    const qint64 id = detail.request.id;
    setSubmit([this, commands, id] {
        OutcomeInput in;
        in.requestId = id;
        in.closedAt = m_at->dateTime();
        in.psychologistId = m_psychologist->selectedId();
        in.disposition = Disposition(m_disposition->checkedId());
        for (QCheckBox *box : std::as_const(m_needs))
            if (box->isChecked())
                in.needs.append(box->property("code").toString());
        in.referralService = m_service->currentText();
        in.notes = m_notes->toPlainText();
        return commands->run(std::make_shared<RecordOutcome>(in));
    });
}

} // namespace listening
