#include "room/ui/boardpage.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/errortext.h"
#include "room/domain/boardrepository.h"
#include "room/ui/boarddialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace room {

namespace {

constexpr int meetingDays = 90;

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setAlternatingRowColors(true);
    t->setAccessibleName(name);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &key = {})
{
    auto *item = new QTableWidgetItem(text);
    if (key.isValid())
        item->setData(Qt::UserRole, key);
    return item;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

BoardPage::BoardPage(core::AppContext &context, QWidget *parent)
    : RoomPage(context, parent)
{
    m_canEdit = core::Access::allows(context.db, core::Permission::RoomEdit);
    m_overdue = new QLabel(this);
    m_sections = new QTabWidget(this);

    // Meetings.
    auto *meetingsTab = new QWidget(this);
    m_meetings = makeTable({ tr("Day"), tr("Mode"), tr("Attended"), tr("Requests"), tr("Decisions"), tr("Actions") },
        tr("Meetings of the last 90 days"), meetingsTab);
    m_details = new QTextBrowser(meetingsTab);
    m_details->setAccessibleName(tr("The meeting's attendance, requests, decisions and actions"));
    auto *today = new QPushButton(tr("&Today's meeting…"), meetingsTab);
    auto *edit = new QPushButton(tr("&Change meeting…"), meetingsTab);
    m_decision = new QPushButton(tr("New &decision…"), meetingsTab);
    m_meetingAction = new QPushButton(tr("New &action…"), meetingsTab);
    for (QPushButton *b : { today, edit, m_decision, m_meetingAction })
        b->setEnabled(m_canEdit);
    auto *meetingBar = new QHBoxLayout;
    meetingBar->addWidget(today);
    meetingBar->addWidget(edit);
    meetingBar->addWidget(m_decision);
    meetingBar->addWidget(m_meetingAction);
    meetingBar->addStretch();
    auto *splitter = new QSplitter(Qt::Horizontal, meetingsTab);
    splitter->addWidget(m_meetings);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 6);
    auto *meetingsLayout = new QVBoxLayout(meetingsTab);
    meetingsLayout->addLayout(meetingBar);
    meetingsLayout->addWidget(splitter, 1);
    m_sections->addTab(meetingsTab, tr("&Meetings"));

    // Open actions.
    auto *actionsTab = new QWidget(this);
    m_actions = makeTable({ tr("Due by"), tr("State"), tr("Owner"), tr("Meeting"), tr("Action") },
        tr("Actions not completed nor cancelled"), actionsTab);
    auto *state = new QPushButton(tr("Change &state…"), actionsTab);
    auto *newAction = new QPushButton(tr("&New action…"), actionsTab);
    state->setEnabled(m_canEdit);
    newAction->setEnabled(m_canEdit);
    auto *actionsBar = new QHBoxLayout;
    actionsBar->addWidget(state);
    actionsBar->addWidget(newAction);
    actionsBar->addStretch();
    auto *actionsLayout = new QVBoxLayout(actionsTab);
    actionsLayout->addLayout(actionsBar);
    actionsLayout->addWidget(m_actions, 1);
    m_sections->addTab(actionsTab, tr("Open &actions"));

    // Members.
    auto *membersTab = new QWidget(this);
    m_members = makeTable({ tr("Role"), tr("Name"), tr("Delegate of"), tr("Organisation"), tr("Phone"), tr("E-mail"),
                              tr("Account") },
        tr("Members of the Cabina di regia and their delegates"), membersTab);
    auto *newMember = new QPushButton(tr("New &member…"), membersTab);
    auto *changeMember = new QPushButton(tr("C&hange member…"), membersTab);
    auto *newRole = new QPushButton(tr("New &role…"), membersTab);
    for (QPushButton *b : { newMember, changeMember, newRole })
        b->setEnabled(m_canEdit);
    auto *membersBar = new QHBoxLayout;
    membersBar->addWidget(newMember);
    membersBar->addWidget(changeMember);
    membersBar->addWidget(newRole);
    membersBar->addStretch();
    auto *membersLayout = new QVBoxLayout(membersTab);
    membersLayout->addLayout(membersBar);
    membersLayout->addWidget(m_members, 1);
    m_sections->addTab(membersTab, tr("M&embers"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overdue);
    layout->addWidget(m_sections, 1);

    connect(today, &QPushButton::clicked, this, [this] { editMeeting(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editMeeting(false); });
    connect(m_decision, &QPushButton::clicked, this, &BoardPage::addDecision);
    connect(m_meetingAction, &QPushButton::clicked, this, &BoardPage::addAction);
    connect(newAction, &QPushButton::clicked, this, [this] {
        m_meetings->clearSelection();
        addAction();
    });
    connect(state, &QPushButton::clicked, this, &BoardPage::changeState);
    connect(m_actions, &QTableWidget::doubleClicked, this, [this] {
        if (m_canEdit)
            changeState();
    });
    connect(newMember, &QPushButton::clicked, this, [this] { editMember(true); });
    connect(changeMember, &QPushButton::clicked, this, [this] { editMember(false); });
    connect(m_members, &QTableWidget::doubleClicked, this, [this] {
        if (m_canEdit)
            editMember(false);
    });
    connect(newRole, &QPushButton::clicked, this, &BoardPage::addRole);
    connect(m_meetings, &QTableWidget::itemSelectionChanged, this, &BoardPage::showMeeting);
    reload();
}

void BoardPage::tablesChanged(const QStringList &tables)
{
    for (const QString &t : tables)
        if (t.startsWith(QLatin1String("room_board_")) || t == QLatin1String("delivery_request")
            || t == QLatin1String("operator_account")) {
            reload();
            return;
        }
}

void BoardPage::reload()
{
    // The members first: the meeting's details name those present.
    loadMembers();
    loadMeetings();
    loadActions();
}

qint64 BoardPage::selectedMeeting() const
{
    const auto rows = m_meetings->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_meetings->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

qint64 BoardPage::selectedAction() const
{
    const auto rows = m_actions->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_actions->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void BoardPage::loadMeetings()
{
    const qint64 selected = selectedMeeting();
    const QDate today = context().clock->today();
    const auto meetings = orEmpty(BoardRepository(context().db).meetings(today.addDays(-meetingDays), today));
    const QLocale locale;
    m_meetings->setRowCount(int(meetings.size()));
    int selectRow = meetings.isEmpty() ? -1 : 0;
    for (int i = 0; i < meetings.size(); ++i) {
        const BoardMeeting &m = meetings.at(i);
        m_meetings->setItem(i, 0, cell(core::toItalianDate(m.heldOn), m.id));
        m_meetings->setItem(i, 1, cell(BoardText::mode(m.mode)));
        m_meetings->setItem(i, 2, cell(locale.toString(m.attendees)));
        m_meetings->setItem(i, 3, cell(locale.toString(m.examined)));
        m_meetings->setItem(i, 4, cell(locale.toString(m.decisions)));
        m_meetings->setItem(i, 5, cell(locale.toString(m.actions)));
        if (m.id == selected)
            selectRow = i;
    }
    m_meetings->resizeColumnsToContents();
    if (selectRow >= 0)
        m_meetings->selectRow(selectRow);
    showMeeting();
}

void BoardPage::showMeeting()
{
    const qint64 id = selectedMeeting();
    m_decision->setEnabled(m_canEdit && id);
    if (!id) {
        m_details->setHtml(tr("<p>No meeting in the last 90 days. <i>Today's meeting…</i> opens it.</p>"));
        return;
    }
    BoardRepository repository(context().db);
    const auto meeting = repository.meeting(id);
    if (!meeting || !meeting->id) {
        m_details->clear();
        return;
    }
    const auto present = orEmpty(repository.attendance(id));
    QString html = tr("<h3>Meeting of %1 (%2)</h3>").arg(core::toItalianDate(meeting->heldOn), BoardText::mode(meeting->mode));
    if (!meeting->notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(meeting->notes));
    html += tr("<p><b>Attended:</b> ");
    QStringList names;
    for (const BoardMember &m : std::as_const(m_memberList))
        if (present.contains(m.id))
            names.append(m.delegateOf ? tr("%1 (delegate of %2)").arg(esc(m.name), esc(m.delegateOfName)) : esc(m.name));
    html += names.isEmpty() ? tr("nobody recorded") : names.join(QStringLiteral(", "));
    html += QStringLiteral("</p>");
    const auto requests = orEmpty(repository.examined(id));
    html += tr("<p><b>Requests from the territory examined:</b></p>");
    if (requests.isEmpty())
        html += tr("<p>none</p>");
    else {
        html += QStringLiteral("<ul>");
        for (const ExaminedRequest &r : requests)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 of %2: %3, %4").arg(esc(r.number), core::toItalianDate(r.requestedOn), esc(r.recipient), esc(r.comune)));
        html += QStringLiteral("</ul>");
    }
    const auto decisions = orEmpty(repository.decisions(id));
    html += tr("<p><b>Decisions:</b></p>");
    if (decisions.isEmpty())
        html += tr("<p>none</p>");
    else {
        html += QStringLiteral("<ol>");
        for (const BoardDecision &d : decisions)
            html += QStringLiteral("<li>%1</li>").arg(esc(d.text));
        html += QStringLiteral("</ol>");
    }
    const auto actions = orEmpty(repository.actions(id, false));
    html += tr("<p><b>Actions:</b></p>");
    if (actions.isEmpty())
        html += tr("<p>none</p>");
    else {
        html += QStringLiteral("<ul>");
        const QDate today = context().clock->today();
        for (const BoardAction &a : actions) {
            QString line = tr("%1 — %2, by %3: %4")
                               .arg(esc(a.title), esc(a.owner), core::toItalianDate(a.dueOn), BoardText::state(a.state));
            if (a.isOverdue(today))
                line = QStringLiteral("<span style=\"color:#b71c1c\">%1 (%2)</span>").arg(line, tr("overdue"));
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

void BoardPage::loadActions()
{
    const qint64 selected = selectedAction();
    m_openActions = orEmpty(BoardRepository(context().db).actions(0, true));
    const QDate today = context().clock->today();
    int overdue = 0;
    m_actions->setRowCount(int(m_openActions.size()));
    for (int i = 0; i < m_openActions.size(); ++i) {
        const BoardAction &a = m_openActions.at(i);
        m_actions->setItem(i, 0, cell(core::toItalianDate(a.dueOn), a.id));
        m_actions->setItem(i, 1, cell(BoardText::state(a.state)));
        m_actions->setItem(i, 2, cell(a.owner));
        m_actions->setItem(i, 3, cell(a.meetingDay.isValid() ? core::toItalianDate(a.meetingDay) : QString()));
        m_actions->setItem(i, 4, cell(a.title));
        if (a.isOverdue(today)) {
            ++overdue;
            for (int c = 0; c < m_actions->columnCount(); ++c)
                m_actions->item(i, c)->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_actions->item(i, 0)->setToolTip(tr("Overdue"));
        }
        if (a.id == selected)
            m_actions->selectRow(i);
    }
    m_actions->resizeColumnsToContents();
    m_overdue->setText(overdue
            ? QStringLiteral("<span style=\"color:#b71c1c\"><b>%1</b></span>")
                  .arg(tr("%n action(s) overdue", nullptr, overdue))
            : tr("%n open action(s), none overdue", nullptr, int(m_openActions.size())));
}

void BoardPage::loadMembers()
{
    m_memberList = orEmpty(BoardRepository(context().db).members(false));
    m_members->setRowCount(int(m_memberList.size()));
    for (int i = 0; i < m_memberList.size(); ++i) {
        const BoardMember &m = m_memberList.at(i);
        m_members->setItem(i, 0, cell(m.role, m.id));
        m_members->setItem(i, 1, cell(m.active ? m.name : tr("%1 (no longer a member)").arg(m.name)));
        m_members->setItem(i, 2, cell(m.delegateOfName));
        m_members->setItem(i, 3, cell(m.organisation));
        m_members->setItem(i, 4, cell(m.phone));
        m_members->setItem(i, 5, cell(m.email));
        m_members->setItem(i, 6, cell(m.accountUsername));
    }
    m_members->resizeColumnsToContents();
}

bool BoardPage::runCommand(const std::shared_ptr<core::Command> &command)
{
    if (auto s = commands().run(command); !s) {
        QMessageBox::warning(this, tr("Cabina di regia"), core::ErrorText::describe(s.error()));
        return false;
    }
    return true;
}

void BoardPage::editMeeting(bool today)
{
    QDate day = context().clock->today();
    if (!today) {
        const qint64 id = selectedMeeting();
        if (!id)
            return;
        if (auto m = BoardRepository(context().db).meeting(id); m && m->id)
            day = m->heldOn;
    }
    MeetingDialog dialog(context().db, day, context().clock->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runCommand(std::make_shared<SaveMeeting>(dialog.input()));
}

void BoardPage::addDecision()
{
    const qint64 meeting = selectedMeeting();
    if (!meeting)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("New decision"), tr("The decision taken:"), QString(), &ok);
    if (ok)
        runCommand(std::make_shared<AddDecision>(meeting, text));
}

void BoardPage::addAction()
{
    const qint64 meeting = m_sections->currentIndex() == 0 ? selectedMeeting() : 0;
    ActionDialog dialog(context().db, meeting, context().clock->today().addDays(3), this);
    if (dialog.exec() == QDialog::Accepted)
        runCommand(std::make_shared<AddAction>(dialog.action()));
}

void BoardPage::changeState()
{
    const qint64 id = selectedAction();
    for (const BoardAction &a : std::as_const(m_openActions))
        if (a.id == id) {
            ActionStateDialog dialog(a, this);
            if (dialog.exec() == QDialog::Accepted)
                runCommand(std::make_shared<ChangeActionState>(id, dialog.state(), dialog.note()));
            return;
        }
}

void BoardPage::editMember(bool create)
{
    BoardMember member;
    if (!create) {
        const auto rows = m_members->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        member = m_memberList.value(rows.first().row());
    }
    MemberDialog dialog(context().db, member, this);
    if (dialog.exec() == QDialog::Accepted)
        runCommand(std::make_shared<SaveBoardMember>(dialog.member()));
}

void BoardPage::addRole()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New role"),
        tr("The Cabina di regia can be extended to those working on a line of action. Role:"), QLineEdit::Normal,
        QString(), &ok);
    if (!ok)
        return;
    BoardRole role;
    role.name = name;
    role.position = 100;
    runCommand(std::make_shared<SaveBoardRole>(role));
}

} // namespace room
