#include "listening/ui/groupspage.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/timefield.h"
#include "listening/domain/teamcommands.h"
#include "listening/ui/formdialog.h"
#include "listening/ui/psychologistcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace listening {

namespace {
} // namespace

GroupsPage::GroupsPage(core::AppContext &context, core::CommandStack *commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_groups = core::makeReadOnlyTable({ tr("Group"), tr("When"), tr("Psychologists"), tr("Participants"),
                                           tr("Sessions held"), tr("Last session"), tr("Next session") },
        this);
    m_groups->setAccessibleName(tr("Support groups"));
    const QList<int> widths { 200, 190, 330, 90, 100, 110 };
    // Never narrower than the title ("Incontri tenuti"), written in bold
    // when the row is selected (hence the 12 px more than the plain hint).
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_groups, i, std::max(widths.at(i), m_groups->horizontalHeader()->sectionSizeHint(i) + 12));
    m_participants = core::makeReadOnlyTable({ tr("Participant"), tr("Organisation"), tr("Since"), tr("Left") }, this);
    core::setColumnWidth(m_participants, 0, 200);
    core::setColumnWidth(m_participants, 1, 280);
    core::setColumnWidth(m_participants, 2, 100);
    m_sessions = core::makeReadOnlyTable({ tr("Session of"), tr("Attended") }, this);
    core::setColumnWidth(m_sessions, 0, 160);
    m_groupTitle = new QLabel(this);
    QFont bold = m_groupTitle->font();
    bold.setBold(true);
    m_groupTitle->setFont(bold);

    auto button = [this](const QString &text, void (GroupsPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        m_manageButtons.append(b);
        return b;
    };
    auto *top = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New group..."), this);
    connect(create, &QPushButton::clicked, this, [this] { editGroup(true); });
    m_manageButtons.append(create);
    top->addWidget(create);
    auto *change = new QPushButton(tr("&Change..."), this);
    connect(change, &QPushButton::clicked, this, [this] { editGroup(false); });
    m_manageButtons.append(change);
    top->addWidget(change);
    top->addWidget(button(tr("Record a &session..."), &GroupsPage::recordSession));
    top->addStretch();
    auto *participantButtons = new QHBoxLayout;
    participantButtons->addWidget(button(tr("&Add a participant..."), &GroupsPage::addParticipant));
    participantButtons->addWidget(button(tr("Participant &left..."), &GroupsPage::participantLeft));
    participantButtons->addStretch();

    auto *participantsBox = new QWidget(this);
    auto *participantsLayout = new QVBoxLayout(participantsBox);
    participantsLayout->setContentsMargins(0, 0, 0, 0);
    participantsLayout->addWidget(m_groupTitle);
    participantsLayout->addWidget(m_participants, 1);
    participantsLayout->addLayout(participantButtons);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(participantsBox);
    bottom->addWidget(m_sessions);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_groups, 1);
    layout->addWidget(bottom, 2);

    const bool may
        = core::Access::allows(context.db, core::Permission::ListeningGroupsManage) || !core::hasSession(context.db);
    for (QPushButton *b : std::as_const(m_manageButtons)) {
        b->setEnabled(may);
        if (!may)
            b->setToolTip(
                tr("Needs the role %1.")
                    .arg(core::RoleText::alternatives(core::rolesAllowing(core::Permission::ListeningGroupsManage))));
    }
    connect(m_groups, &QTableWidget::currentCellChanged, this, &GroupsPage::showGroup);
    reload();
}

void GroupsPage::reload()
{
    const qint64 selected = selectedGroup();
    auto list = SupportGroupService(m_context.db, *m_context.clock).groups();
    if (!list)
        return;
    m_list = *list;
    const QSignalBlocker block(m_groups);
    m_groups->setRowCount(int(m_list.size()));
    const QLocale locale;
    const QDate today = m_context.clock->today();
    int select = m_list.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_list.size(); ++row) {
        const SupportGroup &g = m_list.at(row);
        m_groups->setItem(row, 0, core::makeCell(g.name, g.id));
        m_groups->setItem(row, 1,
            core::makeCell(tr("%1 at %2, %3 min")
                               .arg(locale.dayName(g.weekday), g.start.toString(QStringLiteral("HH:mm")))
                               .arg(g.durationMinutes)));
        m_groups->setItem(row, 2, core::makeCell(g.firstPsychologist + QStringLiteral(", ") + g.secondPsychologist));
        m_groups->setItem(row, 3, core::makeCell(locale.toString(g.participants)));
        m_groups->setItem(row, 4, core::makeCell(locale.toString(g.sessionsHeld)));
        m_groups->setItem(row, 5, core::makeCell(core::formatDay(g.lastSession, QStringLiteral("\u2014"))));
        m_groups->setItem(row, 6,
            core::makeCell(core::formatDay(SupportGroupService::nextSession(g, today), QStringLiteral("\u2014"))));
        if (g.id == selected)
            select = row;
    }
    if (select >= 0)
        m_groups->selectRow(select);
    showGroup();
}

qint64 GroupsPage::selectedGroup() const
{
    const int row = m_groups->currentRow();
    return row >= 0 && m_groups->item(row, 0) ? m_groups->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void GroupsPage::showGroup()
{
    const qint64 id = selectedGroup();
    m_participants->setRowCount(0);
    m_sessions->setRowCount(0);
    m_groupTitle->setText(
        id ? tr("Participants of «%1»").arg(m_groups->item(m_groups->currentRow(), 0)->text()) : QString());
    if (!id)
        return;
    SupportGroupService service(m_context.db, *m_context.clock);
    if (auto people = service.participants(id)) {
        m_participants->setRowCount(int(people->size()));
        for (int row = 0; row < people->size(); ++row) {
            const Participant &p = people->at(row);
            auto *name = core::makeCell(p.nameVisible ? p.name : tr("reserved"), p.id);
            if (!p.nameVisible) {
                name->setForeground(QColor(0x80, 0x80, 0x80));
                name->setToolTip(tr("Only coordinators and psychologists signed in can read participants' names."));
            }
            m_participants->setItem(row, 0, name);
            m_participants->setItem(row, 1, core::makeCell(p.organisation));
            m_participants->setItem(row, 2, core::makeCell(core::formatDay(p.joinedOn, QStringLiteral("\u2014"))));
            m_participants->setItem(row, 3,
                core::makeCell(p.leftOn.isValid() ? core::formatDay(p.leftOn, QStringLiteral("\u2014")) : QString()));
        }
    }
    if (auto sessions = service.sessions(id)) {
        m_sessions->setRowCount(int(sessions->size()));
        for (int row = 0; row < sessions->size(); ++row) {
            m_sessions->setItem(
                row, 0, core::makeCell(QLocale().toString(sessions->at(row).heldOn, QStringLiteral("ddd dd/MM/yyyy"))));
            m_sessions->setItem(row, 1, core::makeCell(QLocale().toString(sessions->at(row).attendees)));
        }
    }
}

void GroupsPage::editGroup(bool create)
{
    SupportGroup g;
    g.weekday = 2;
    g.start = QTime(20, 30);
    g.startsOn = m_context.clock->today();
    if (!create) {
        const qint64 id = selectedGroup();
        const auto it
            = std::find_if(m_list.cbegin(), m_list.cend(), [id](const SupportGroup &x) { return x.id == id; });
        if (it == m_list.cend())
            return;
        g = *it;
    }
    FormDialog dialog(create ? tr("New support group") : tr("Support group"),
        tr("A weekly remote session for volunteers, led by two psychologists."), this);
    auto *name = new QLineEdit(g.name, &dialog);
    auto *weekday = new QComboBox(&dialog);
    for (int d = 1; d <= 7; ++d)
        weekday->addItem(QLocale().dayName(d), d);
    weekday->setCurrentIndex(g.weekday - 1);
    auto *start = new core::TimeField(g.start, &dialog);
    auto *duration = new QSpinBox(&dialog);
    duration->setRange(15, 240);
    duration->setSingleStep(15);
    duration->setSuffix(tr(" min"));
    duration->setValue(g.durationMinutes);
    auto *first = new PsychologistCombo(&dialog);
    first->load(m_context.db, false, g.firstPsychologistId);
    auto *second = new PsychologistCombo(&dialog);
    second->load(m_context.db, false, g.secondPsychologistId);
    if (create && second->count() > 1)
        second->setCurrentIndex(1);
    auto *link = new QLineEdit(g.meetingLink, &dialog);
    link->setPlaceholderText(tr("link of the video call"));
    auto *from = core::makeDateEdit(g.startsOn, &dialog);
    auto *ongoing = new QCheckBox(tr("ongoing"), &dialog);
    ongoing->setChecked(!g.endsOn.isValid());
    auto *to = core::makeDateEdit(g.endsOn.isValid() ? g.endsOn : m_context.clock->today(), &dialog);
    to->setEnabled(!ongoing->isChecked());
    connect(ongoing, &QCheckBox::toggled, to, [to](bool on) { to->setEnabled(!on); });
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(to);
    endRow->addWidget(ongoing);
    dialog.form()->addRow(tr("&Name:"), name);
    dialog.form()->addRow(tr("&Day:"), weekday);
    dialog.form()->addRow(tr("&Time:"), start);
    dialog.form()->addRow(tr("D&uration:"), duration);
    dialog.form()->addRow(tr("&First psychologist:"), first);
    dialog.form()->addRow(tr("&Second psychologist:"), second);
    dialog.form()->addRow(tr("&Link:"), link);
    dialog.form()->addRow(tr("From:"), from);
    dialog.form()->addRow(tr("To:"), endRow);
    dialog.setSubmit([&] {
        g.name = name->text();
        g.weekday = weekday->currentData().toInt();
        g.start = start->time();
        g.durationMinutes = duration->value();
        g.firstPsychologistId = first->selectedId();
        g.secondPsychologistId = second->selectedId();
        g.meetingLink = link->text();
        g.startsOn = from->date();
        g.endsOn = ongoing->isChecked() ? QDate() : to->date();
        return m_commands->run(std::make_shared<SaveGroup>(g));
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void GroupsPage::addParticipant()
{
    const qint64 group = selectedGroup();
    if (!group)
        return;
    FormDialog dialog(tr("Add a participant"), tr("The name is stored encrypted, like callers' data."), this);
    auto *name = new QLineEdit(&dialog);
    auto *organisation = new QLineEdit(&dialog);
    organisation->setPlaceholderText(tr("e.g. Gruppo comunale di protezione civile di Rho"));
    auto *since = core::makeDateEdit(m_context.clock->today(), &dialog);
    dialog.form()->addRow(tr("&Name:"), name);
    dialog.form()->addRow(tr("&Organisation:"), organisation);
    dialog.form()->addRow(tr("&Since:"), since);
    dialog.setSubmit([&] {
        return m_commands->run(
            std::make_shared<AddParticipant>(group, name->text(), organisation->text(), since->date()));
    });
    if (dialog.exec() == QDialog::Accepted)
        showGroup();
}

void GroupsPage::participantLeft()
{
    const int row = m_participants->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_participants->item(row, 0)->data(Qt::UserRole).toLongLong();
    FormDialog dialog(tr("Participant left"), tr("The participant stays in the group's history."), this);
    auto *on = core::makeDateEdit(m_context.clock->today(), &dialog);
    dialog.form()->addRow(tr("&Left on:"), on);
    dialog.setSubmit(
        [&] { return m_commands->run(std::make_shared<ParticipantLeft>(id, on->date())); });
    if (dialog.exec() == QDialog::Accepted)
        showGroup();
}

void GroupsPage::recordSession()
{
    const qint64 group = selectedGroup();
    if (!group)
        return;
    const auto it
        = std::find_if(m_list.cbegin(), m_list.cend(), [group](const SupportGroup &x) { return x.id == group; });
    QDate last = SupportGroupService::nextSession(*it, m_context.clock->today().addDays(-6));
    FormDialog dialog(tr("Record a session"), tr("A session of «%1» that took place.").arg(it->name), this);
    auto *on = core::makeDateEdit(last.isValid() ? last : m_context.clock->today(), &dialog);
    auto *attendees = new QSpinBox(&dialog);
    attendees->setRange(0, 200);
    attendees->setValue(it->participants);
    dialog.form()->addRow(tr("&Date:"), on);
    dialog.form()->addRow(tr("&Participants present:"), attendees);
    dialog.setSubmit([&] {
        return m_commands->run(std::make_shared<RecordGroupSession>(group, on->date(), attendees->value()));
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace listening
