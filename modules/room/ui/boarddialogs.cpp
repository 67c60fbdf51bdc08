#include "room/ui/boarddialogs.h"

#include "core/domain/dates.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "room/domain/boardrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace room {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString memberLabel(const BoardMember &m)
{
    if (m.delegateOf)
        return BoardText::tr("%1, delegate of %2 (%3)").arg(m.name, m.delegateOfName, m.role);
    return BoardText::tr("%1 (%2)").arg(m.name, m.role);
}

} // namespace

QString BoardText::state(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return tr("open");
    case ActionState::InProgress:
        return tr("in progress");
    case ActionState::Done:
        return tr("completed");
    case ActionState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString BoardText::mode(MeetingMode mode)
{
    switch (mode) {
    case MeetingMode::Remote:
        return tr("remote");
    case MeetingMode::InPerson:
        return tr("in person");
    case MeetingMode::Mixed:
        return tr("in person and remote");
    }
    return {};
}

MeetingDialog::MeetingDialog(const QSqlDatabase &db, const QDate &day, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Meeting of the Cabina di regia"));
    m_day = core::makeDateEdit(day, this, tr("Day of the meeting"));
    m_day->setMaximumDate(today);
    m_mode = new QComboBox(this);
    for (MeetingMode m : { MeetingMode::Remote, MeetingMode::InPerson, MeetingMode::Mixed })
        m_mode->addItem(BoardText::mode(m), meetingModeCode(m));
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes of the meeting"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    m_attendees = new QListWidget(this);
    m_attendees->setAccessibleName(tr("Who attended"));
    m_requests = new QListWidget(this);
    m_requests->setAccessibleName(tr("Requests from the territory examined"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Notes:"), m_notes);
    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *attendeesLabel = new QLabel(tr("&Attended:"), this);
    attendeesLabel->setBuddy(m_attendees);
    left->addWidget(attendeesLabel);
    left->addWidget(m_attendees);
    auto *right = new QVBoxLayout;
    auto *requestsLabel = new QLabel(tr("&Requests examined (still to be served on the day):"), this);
    requestsLabel->setBuddy(m_requests);
    right->addWidget(requestsLabel);
    right->addWidget(m_requests);
    lists->addLayout(left, 1);
    lists->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(okCancel(this));
    resize(900, 520);
    load(day);
    connect(m_day, &core::DateField::dateChanged, this, [this](const QDate &d) {
        if (d.isValid())
            load(d);
    });
}

void MeetingDialog::load(const QDate &day)
{
    BoardRepository repository(m_db);
    const auto meeting = repository.meetingOn(day);
    QSet<qint64> present;
    QSet<qint64> examinedIds;
    QList<ExaminedRequest> requests;
    if (meeting && meeting->id) {
        m_mode->setCurrentIndex(m_mode->findData(meetingModeCode(meeting->mode)));
        m_notes->setPlainText(meeting->notes);
        present = orEmpty(repository.attendance(meeting->id));
        requests = orEmpty(repository.examined(meeting->id));
        for (const ExaminedRequest &r : std::as_const(requests))
            examinedIds.insert(r.requestId);
    }
    for (const ExaminedRequest &r : orEmpty(repository.pendingRequests(day, 200)))
        if (!examinedIds.contains(r.requestId))
            requests.append(r);
    m_attendees->clear();
    for (const BoardMember &m : orEmpty(repository.members(true))) {
        auto *item = new QListWidgetItem(memberLabel(m), m_attendees);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(present.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_requests->clear();
    for (const ExaminedRequest &r : std::as_const(requests)) {
        auto *item = new QListWidgetItem(
            tr("%1 of %2: %3, %4").arg(r.number, core::toItalianDate(r.requestedOn), r.recipient, r.comune), m_requests);
        item->setData(Qt::UserRole, r.requestId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(examinedIds.contains(r.requestId) ? Qt::Checked : Qt::Unchecked);
    }
}

MeetingInput MeetingDialog::input() const
{
    MeetingInput in;
    in.day = m_day->date();
    meetingModeFromCode(m_mode->currentData().toString(), &in.mode);
    in.notes = m_notes->toPlainText();
    for (int i = 0; i < m_attendees->count(); ++i)
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            in.attendees.insert(m_attendees->item(i)->data(Qt::UserRole).toLongLong());
    for (int i = 0; i < m_requests->count(); ++i)
        if (m_requests->item(i)->checkState() == Qt::Checked)
            in.examinedRequests.insert(m_requests->item(i)->data(Qt::UserRole).toLongLong());
    return in;
}

ActionDialog::ActionDialog(const QSqlDatabase &db, qint64 meetingId, const QDate &defaultDue, QWidget *parent)
    : QDialog(parent)
    , m_meetingId(meetingId)
{
    setWindowTitle(tr("New action"));
    m_title = new QLineEdit(this);
    m_title->setMaxLength(300);
    m_owner = new QComboBox(this);
    BoardRepository repository(db);
    for (const BoardMember &m : orEmpty(repository.members(true)))
        m_owner->addItem(memberLabel(m), m.id);
    m_decision = new QComboBox(this);
    m_decision->addItem(tr("(none)"), qint64(0));
    if (meetingId)
        for (const BoardDecision &d : orEmpty(repository.decisions(meetingId)))
            m_decision->addItem(d.text.left(90), d.id);
    m_due = core::makeDateEdit(defaultDue, this, tr("Due date"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("D&ue by:"), m_due);
    form->addRow(tr("From the &decision:"), m_decision);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
    resize(560, sizeHint().height());
}

BoardAction ActionDialog::action() const
{
    BoardAction a;
    a.meetingId = m_meetingId;
    a.title = m_title->text();
    a.ownerId = m_owner->currentData().toLongLong();
    a.dueOn = m_due->date();
    a.decisionId = m_decision->currentData().toLongLong();
    return a;
}

ActionStateDialog::ActionStateDialog(const BoardAction &action, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("State of the action"));
    m_state = new QComboBox(this);
    for (ActionState s : { ActionState::Open, ActionState::InProgress, ActionState::Done, ActionState::Cancelled })
        if (actionTransitionAllowed(action.state, s))
            m_state->addItem(BoardText::state(s), actionStateCode(s));
    m_note = new QLineEdit(this);
    m_note->setMaxLength(500);
    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), new QLabel(action.title.toHtmlEscaped(), this));
    form->addRow(tr("Now:"), new QLabel(BoardText::state(action.state), this));
    form->addRow(tr("&New state:"), m_state);
    form->addRow(tr("N&ote:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
}

ActionState ActionStateDialog::state() const
{
    ActionState s = ActionState::Open;
    actionStateFromCode(m_state->currentData().toString(), &s);
    return s;
}

QString ActionStateDialog::note() const
{
    return m_note->text();
}

MemberDialog::MemberDialog(const QSqlDatabase &db, const BoardMember &member, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_member(member)
{
    setWindowTitle(member.id ? tr("Member of the Cabina di regia") : tr("New member of the Cabina di regia"));
    BoardRepository repository(db);
    m_all = orEmpty(repository.members(false));
    m_role = new QComboBox(this);
    for (const BoardRole &r : orEmpty(repository.roles(true)))
        m_role->addItem(r.name, r.id);
    m_delegateOf = new QComboBox(this);
    m_account = new QComboBox(this);
    m_account->addItem(tr("(external person, no account)"), qint64(0));
    for (const auto &a : orEmpty(repository.accounts()))
        m_account->addItem(a.second, a.first);
    m_name = new QLineEdit(member.name, this);
    m_name->setMaxLength(120);
    m_organisation = new QLineEdit(member.organisation, this);
    m_phone = new QLineEdit(member.phone, this);
    m_email = new QLineEdit(member.email, this);
    m_active = new QCheckBox(tr("&Active"), this);
    m_active->setChecked(member.id == 0 || member.active);
    if (member.roleId)
        m_role->setCurrentIndex(std::max(0, m_role->findData(member.roleId)));
    m_account->setCurrentIndex(std::max(0, m_account->findData(member.accountId)));
    fillPrincipals();
    connect(m_role, &QComboBox::currentIndexChanged, this, &MemberDialog::fillPrincipals);
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Delegate of:"), m_delegateOf);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&ccount:"), m_account);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_active);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
    resize(560, sizeHint().height());
}

void MemberDialog::fillPrincipals()
{
    const qint64 role = m_role->currentData().toLongLong();
    m_delegateOf->clear();
    m_delegateOf->addItem(tr("(nobody: a member of the role)"), qint64(0));
    for (const BoardMember &m : std::as_const(m_all))
        if (m.roleId == role && m.delegateOf == 0 && m.id != m_member.id)
            m_delegateOf->addItem(m.name, m.id);
    m_delegateOf->setCurrentIndex(std::max(0, m_delegateOf->findData(m_member.delegateOf)));
}

BoardMember MemberDialog::member() const
{
    BoardMember m = m_member;
    m.roleId = m_role->currentData().toLongLong();
    m.delegateOf = m_delegateOf->currentData().toLongLong();
    m.accountId = m_account->currentData().toLongLong();
    m.name = m_name->text();
    m.organisation = m_organisation->text();
    m.phone = m_phone->text();
    m.email = m_email->text();
    m.active = m_active->isChecked();
    return m;
}

} // namespace room
