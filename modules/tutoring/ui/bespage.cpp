#include "tutoring/ui/bespage.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "tutoring/domain/besservice.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/lessoncommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicecommands.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/domain/tutoringlists.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tutoring {

using core::ColumnKind;

// --- Assign ---------------------------------------------------------------------

BesAssignDialog::BesAssignDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Assign a stable assistant"));
    PeopleRepository people(context.db, *context.clock);
    m_pupil = new QComboBox(this);
    if (auto pupils = people.pupils(true))
        for (const Pupil &p : *pupils)
            if (p.bes)
                m_pupil->addItem(TutoringWidgets::pupilLabel(p), p.id);
    m_assistant = new QComboBox(this);
    if (auto assistants = people.assistants(true))
        for (const Assistant &a : *assistants)
            if (a.safetyCourse == SafetyCourse::Done)
                m_assistant->addItem(a.fullName(), a.id);
    m_first = core::makeDateEdit(context.clock->today(), this);
    m_note = new QLineEdit(this);
    m_error = core::makeErrorLabel(this);
    m_error->hide();
    auto *explain = new QLabel(tr("BES pupils need a stable reference person: the assistant is chosen by hand, "
                                  "outside the calendar, among those who did the safety course."),
        this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("BES &pupil:"), m_pupil);
    form->addRow(tr("Stable &assistant:"), m_assistant);
    form->addRow(tr("&From:"), m_first);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool BesAssignDialog::save()
{
    auto command = std::make_shared<AssignBes>(m_pupil->currentData().toLongLong(),
        m_assistant->currentData().toLongLong(), m_first->date(), m_note->text());
    if (auto s = m_commands.run(command); !s) {
        m_error->setText(TutoringWidgets::describe(s.error()));
        m_error->show();
        return false;
    }
    m_id = command->assignmentId();
    return true;
}

// --- Book hours -------------------------------------------------------------------

BesHoursDialog::BesHoursDialog(
    core::AppContext &context, core::CommandStack &commands, const BesAssignment &assignment, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_assignment(assignment)
{
    PeopleRepository people(context.db, *context.clock);
    auto pupil = people.pupil(assignment.pupilId);
    auto assistant = people.assistant(assignment.assistantId);
    setWindowTitle(tr("Book BES hours"));
    auto *heading = new QLabel(tr("<b>%1</b> with the stable assistant <b>%2</b>")
                                   .arg((pupil ? pupil->shortName() : QString()).toHtmlEscaped(),
                                       (assistant ? assistant->fullName() : QString()).toHtmlEscaped()),
        this);
    m_subject = new QComboBox(this);
    if (auto subjects = ServiceRepository(context.db).subjects())
        for (const Subject &s : *subjects)
            if (pupil && s.order == pupil->order && assistant && assistant->subjectIds.contains(s.id))
                m_subject->addItem(s.name, s.id);

    auto period = ServiceRepository(context.db).periodAround(context.clock->today());
    const QDate start = std::max({ context.clock->today(), assignment.firstDay, period ? period->firstDay : QDate() });
    m_first = core::makeDateEdit(start, this);
    m_last = core::makeDateEdit(start, this);
    m_hour = new QComboBox(this);
    for (int h : period && period->isValid() ? period->slotHours : QList<int> { 15, 16, 17 })
        m_hour->addItem(Labels::slot(h), h);
    auto *days = new QHBoxLayout;
    for (int d : period && period->isValid() ? period->weekdays : QList<int> { 1, 2, 3, 4, 5, 6 }) {
        auto *box = new QCheckBox(Labels::weekdayShort(d), this);
        box->setAccessibleName(Labels::weekdayLong(d));
        days->addWidget(box);
        m_weekdays.insert(d, box);
        connect(box, &QCheckBox::toggled, this, &BesHoursDialog::updatePreview);
    }
    days->addStretch();
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_refusals = new QListWidget(this);
    m_refusals->setAccessibleName(tr("Hours refused"));
    m_refusals->hide();
    connect(m_first, &core::DateField::dateChanged, this, &BesHoursDialog::updatePreview);
    connect(m_last, &core::DateField::dateChanged, this, &BesHoursDialog::updatePreview);

    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&From:"), m_first);
    form->addRow(tr("&Until:"), m_last);
    form->addRow(tr("On (when more than one day):"), days);
    form->addRow(tr("&Hour:"), m_hour);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_refusals);
    layout->addWidget(buttons);
    updatePreview();
}

QList<QPair<QDate, int>> BesHoursDialog::plannedSlots() const
{
    QList<QPair<QDate, int>> out;
    const int hour = m_hour->currentData().toInt();
    const QDate first = m_first->date(), last = std::max(m_first->date(), m_last->date());
    if (first == last)
        return { { first, hour } };
    for (QDate d = first; d <= last; d = d.addDays(1))
        if (QCheckBox *box = m_weekdays.value(d.dayOfWeek()); box && box->isChecked())
            out.append({ d, hour });
    return out;
}

void BesHoursDialog::updatePreview()
{
    const auto planned = plannedSlots();
    m_preview->setText(planned.isEmpty()
            ? tr("Choose the weekdays between the two dates.")
            : tr("%Ln hour(s) to book, from %1 to %2.", nullptr, int(planned.size()))
                  .arg(QLocale().toString(planned.first().first, QStringLiteral("dd/MM/yyyy")),
                      QLocale().toString(planned.last().first, QStringLiteral("dd/MM/yyyy"))));
}

bool BesHoursDialog::save()
{
    auto command = std::make_shared<BookBesHours>(m_assignment.id, m_subject->currentData().toInt(), plannedSlots());
    const core::Status booked = m_commands.run(command);
    const QList<SlotRefusal> refused = command->refusals();
    if (booked) {
        m_booked = int(command->bookingIds().size());
        return true;
    }
    m_refusals->clear();
    m_preview->setText(TutoringWidgets::describe(booked.error()));
    for (const SlotRefusal &r : refused)
        m_refusals->addItem(tr("%1 at %2:00 — %3")
                                .arg(QLocale().toString(r.day, QStringLiteral("ddd dd/MM/yyyy")))
                                .arg(r.hour)
                                .arg(TutoringWidgets::describe(r.error)));
    m_refusals->setVisible(!refused.isEmpty());
    return false;
}

// --- Page ---------------------------------------------------------------------------

BesPage::BesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : ListPage(context, commands, parent)
{
    searchField()->setPlaceholderText(tr("Search by the family name of the pupil or the assistant"));
    searchField()->setAccessibleName(tr("Search BES assignments"));
    m_open = new QComboBox(this);
    m_open->addItem(tr("Assignments in force"), true);
    m_open->addItem(tr("Every assignment"), false);
    filterRow()->addWidget(m_open);

    auto *model = new FormattedSqlModel(context.db, this);
    const ListQuery query = TutoringLists::besAssignments();
    model->setSource(query.from, query.key);
    const QStringList &c = query.columns;
    model->setColumns({
        { c.at(0), tr("Pupil"), ColumnKind::Text, 0, false },
        { c.at(1), tr("Class"), ColumnKind::Text, 0, false },
        { c.at(2), tr("Comune"), ColumnKind::Text, 0, false },
        { c.at(3), tr("Stable assistant"), ColumnKind::Text, 0, false },
        { c.at(4), tr("From"), ColumnKind::Date, 0, false },
        { c.at(5), tr("Until"), ColumnKind::Date, 0, false },
        { c.at(6), tr("Hours booked"), ColumnKind::Integer, 0, false },
        { c.at(7), tr("Hours given"), ColumnKind::Integer, 0, false },
    });
    model->setFormatter(1, [](const QVariant &raw) {
        const QString v = raw.toString();
        return QVariant(Labels::schoolClass(schoolOrderFromSql(v.left(v.size() - 1)), v.right(1).toInt()));
    });
    model->setFormatter(4, &FormattedSqlModel::isoDate);
    model->setFormatter(5, &FormattedSqlModel::isoDate);
    model->setWatchedTables(query.watchedTables);
    setModel(model, { 130, 190, 200, 190, 95, 95, 110 });
    table()->setAccessibleName(tr("BES assignments"));

    auto *assign = addButton(tr("&Assign a stable assistant..."), false);
    auto *book = addButton(tr("&Book hours..."), true);
    auto *end = addButton(tr("&End the assignment..."), true);
    connect(assign, &QPushButton::clicked, this, &BesPage::assign);
    connect(book, &QPushButton::clicked, this, &BesPage::bookHours);
    connect(end, &QPushButton::clicked, this, &BesPage::endAssignment);
    connect(m_open, &QComboBox::currentIndexChanged, this, &BesPage::applyFilter);
    applyFilter();
}

void BesPage::applyFilter()
{
    const ListFilter filter = TutoringLists::besFilter(
        { searchField()->text(), m_open->currentData().toBool(), m_context.clock->today() });
    model()->setFilter(filter.where(), filter.binds);
    setCountText(tr("%Ln assignment(s). BES hours are counted in the same totals as the calendar's, marked as BES.",
        nullptr, model()->rowCount()));
}

void BesPage::activated()
{
    bookHours();
}

void BesPage::assign()
{
    BesAssignDialog dialog(m_context, m_commands, this);
    if (dialog.exec() == QDialog::Accepted) {
        model()->refresh();
        selectId(dialog.assignmentId());
    }
}

void BesPage::bookHours()
{
    auto list = BesService(m_context.db, *m_context.clock).assignments();
    if (!list)
        return;
    for (const BesAssignment &a : *list)
        if (a.id == selectedId()) {
            BesHoursDialog dialog(m_context, m_commands, a, this);
            if (dialog.exec() == QDialog::Accepted)
                model()->refresh();
            return;
        }
}

void BesPage::endAssignment()
{
    const qint64 id = selectedId();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("End the assignment"));
    auto *date = core::makeDateEdit(m_context.clock->today(), &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Last day with this assistant:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = m_commands.run(std::make_shared<EndBes>(id, date->date())); !s)
        TutoringWidgets::showError(this, tr("End the assignment"), s.error());
}

} // namespace tutoring
