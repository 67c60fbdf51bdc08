#include "listening/ui/intakedialog.h"

#include "core/reference/comunerepository.h"
#include "core/ui/commandstack.h"
#include "core/ui/datetimefield.h"
#include "listening/domain/listeningservice.h"
#include "listening/domain/requestcommands.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace listening {

IntakeDialog::IntakeDialog(
    const QSqlDatabase &db, const core::Clock &clock, core::CommandStack *commands, QWidget *parent)
    : FormDialog(tr("New listening request"),
        tr("Write down the message left on the answering machine (02 7740 5555). <b>If it suggests an immediate "
           "danger, call 118 now</b>, then record it here."),
        parent)
    , m_db(db)
    , m_clock(clock)
    , m_commands(commands)
{
    m_received = new core::DateTimeField(clock.now(), this);
    m_received->setAccessibleName(tr("Time of the message"));
    m_name = new QLineEdit(this);
    m_name->setMaxLength(ListeningService::maxNameLength);
    m_name->setPlaceholderText(tr("as said in the message; may be empty"));
    m_phone = new QLineEdit(this);
    m_phone->setMaxLength(30);
    m_phone->setPlaceholderText(tr("required: e.g. 333 123 4567"));
    m_comune = new QLineEdit(this);
    m_comune->setPlaceholderText(tr("if said"));
    QStringList comuni;
    if (auto list = core::ComuneRepository(db).metropolitanComuni())
        for (const core::Comune &c : *list)
            comuni.append(c.name);
    auto *completer = new QCompleter(comuni, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_comune->setCompleter(completer);
    m_callerKind = new QComboBox(this);
    for (CallerKind k : { CallerKind::Citizen, CallerKind::Relative, CallerKind::Volunteer })
        m_callerKind->addItem(ListeningText::callerKind(k), callerKindCode(k));
    m_urgency = new QComboBox(this);
    m_urgency->addItem(tr("Normal: call back within 48 hours"), urgencyCode(Urgency::Normal));
    m_urgency->addItem(tr("Urgent: call back within 24 hours"), urgencyCode(Urgency::Urgent));
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("In a few words, without details that are not needed"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(80);

    form()->addRow(tr("Message left &at:"), m_received);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Phone:"), m_phone);
    form()->addRow(tr("&Comune:"), m_comune);
    form()->addRow(tr("&Who is calling:"), m_callerKind);
    form()->addRow(tr("&Urgency:"), m_urgency);
    form()->addRow(tr("&Reason:"), m_reason);
    auto *privacy = new QLabel(
        tr("Name, phone and reason are stored encrypted: only coordinators and psychologists can read them."), this);
    privacy->setWordWrap(true);
    privacy->setStyleSheet(QStringLiteral("color: #555f6a;"));
    form()->addRow(QString(), privacy);
    setOkText(tr("&Record"));
    setSubmit([this] { return submit(); });
    m_phone->setFocus();
}

core::Result<int> IntakeDialog::resolveComune()
{
    const QString text = m_comune->text().trimmed();
    if (text.isEmpty())
        return 0;
    if (!m_matcher) {
        auto matcher = core::ComuneMatcher::load(m_db);
        if (!matcher)
            return matcher.error();
        m_matcher = std::move(*matcher);
    }
    const core::ComuneMatch match = m_matcher->match(text);
    QStringList suggestions;
    for (const core::ComuneCandidate &c : match.suggestions)
        suggestions.append(c.metropolitan ? c.name : c.label());
    switch (match.kind) {
    case core::ComuneMatch::Kind::Exact:
        return match.comune.comuneId;
    case core::ComuneMatch::Kind::Corrected:
        // Say it: the operator sees what was understood before recording.
        m_comune->setText(match.comune.metropolitan ? match.comune.name : match.comune.label());
        return match.comune.comuneId;
    case core::ComuneMatch::Kind::Ambiguous:
        return core::Error(
            QStringLiteral("reference.ambiguous_comune"), { text, suggestions.join(QStringLiteral(", ")) });
    case core::ComuneMatch::Kind::NotFound:
        break;
    }
    return core::Error(QStringLiteral("reference.comune_not_found"), { text, suggestions.join(QStringLiteral(", ")) });
}

core::Status IntakeDialog::submit()
{
    const QString typedComune = m_comune->text().trimmed();
    auto comune = resolveComune();
    if (!comune)
        return comune.error();
    NewRequest n;
    n.receivedAt = m_received->dateTime();
    n.callerName = m_name->text();
    n.callerPhone = m_phone->text();
    n.comuneId = *comune;
    n.callerKind = callerKindFromCode(m_callerKind->currentData().toString()).value_or(CallerKind::Citizen);
    n.urgency = urgencyFromCode(m_urgency->currentData().toString()).value_or(Urgency::Normal);
    n.reason = m_reason->toPlainText();
    auto command = std::make_shared<RegisterRequest>(n);
    if (auto s = m_commands->run(command); !s) {
        if (m_comune->text() != typedComune)
            showError(tr("Comune «%1» read as %2.").arg(typedComune, m_comune->text()));
        return s;
    }
    m_requestId = command->requestId();
    return {};
}

} // namespace listening
