#include "tutoring/ui/lessonspage.h"
#include "core/ui/columnwidths.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/ui/lessonsmodel.h"
#include "tutoring/ui/outcomedialog.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tutoring {

namespace {
// The day column fits "ven 06/03/2021" whole, measured with the table's font
// over the seven weekday names of the language (a guessed width showed
// "ven …"), and its header with the sort arrow.
int dayColumnWidth(const QTableView *table)
{
    const QFontMetrics fm = table->fontMetrics();
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    int widest = 0;
    for (int d = 0; d < 7; ++d)
        widest = std::max(widest,
            fm.horizontalAdvance(QLocale().toString(QDate(2021, 3, 1).addDays(d), LessonsModel::dayFormat())));
    const int header = table->horizontalHeader()->sectionSizeHint(LessonsModel::Day);
    return std::max(widest + margin + 8, header);
}
} // namespace

LessonsPage::LessonsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_usePeriod = new QCheckBox(tr("&From"), this);
    auto period = ServiceRepository(context.db).periodAround(context.clock->today());
    m_from = core::makeDateEdit(
        period && period->isValid() ? period->firstDay : context.clock->today().addMonths(-1), this, tr("From"));
    m_to = core::makeDateEdit(period && period->isValid() ? period->lastDay : context.clock->today(), this, tr("To"));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    auto *toLabel = new QLabel(tr("to"), this);

    m_subject = new QComboBox(this);
    m_subject->addItem(tr("All subjects"), 0);
    if (auto subjects = ServiceRepository(context.db).subjects())
        for (const Subject &s : *subjects)
            m_subject->addItem(s.name, s.id);
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Outcome"));
    m_state->addItem(tr("Every outcome"), QString());
    m_state->addItem(tr("Waiting for the outcome (past)"), QStringLiteral("awaiting"));
    m_state->addItem(tr("Booked, no outcome"), QStringLiteral("booked"));
    m_state->addItem(tr("Given"), QStringLiteral("given"));
    m_state->addItem(tr("Pupil absent"), QStringLiteral("no_show"));
    m_state->addItem(tr("Cancelled"), QStringLiteral("cancelled"));
    m_channel = new QComboBox(this);
    m_channel->setAccessibleName(tr("Booked on"));
    m_channel->addItem(tr("Calendar and BES"), QString());
    m_channel->addItem(tr("Calendar only"), QStringLiteral("platform"));
    m_channel->addItem(tr("BES only"), QStringLiteral("bes"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Family name or code of pupil or assistant"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search lessons"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_usePeriod);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_subject);
    filters->addWidget(m_state);
    filters->addWidget(m_channel);
    filters->addWidget(m_search, 1);

    m_model = new LessonsModel(context.db, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(LessonsModel::Day, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Lessons"));
    const QList<int> widths { dayColumnWidth(m_table), 110, 170, 130, 190, 130, 120 };
    for (int i = 0; i < widths.size(); ++i)
        core::setColumnWidth(m_table, i, widths.at(i));
    m_count = new QLabel(this);

    m_outcome = new QPushButton(tr("Record &outcome..."), this);
    m_cancel = new QPushButton(tr("&Cancel the booking..."), this);
    m_history = new QTreeWidget(this);
    m_history->setHeaderLabels({ tr("Recorded"), tr("Outcome"), tr("By"), tr("Note") });
    m_history->setRootIsDecorated(false);
    m_history->setAccessibleName(tr("Outcome history"));
    auto *historyLabel = new QLabel(tr("History of the selected lesson (every entry is kept):"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_outcome);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(historyLabel);
    bottomLayout->addWidget(m_history);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_usePeriod, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    for (core::DateField *e : { m_from, m_to })
        connect(e, &core::DateField::dateChanged, this, &LessonsPage::applyFilter);
    for (QComboBox *c : { m_subject, m_state, m_channel })
        connect(c, &QComboBox::currentIndexChanged, this, &LessonsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &LessonsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LessonsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%Ln lesson(s)", nullptr, m_model->rowCount()));
        selectionChanged();
    });
    connect(m_table, &QTableView::activated, this, &LessonsPage::recordOutcome);
    connect(m_outcome, &QPushButton::clicked, this, &LessonsPage::recordOutcome);
    connect(m_cancel, &QPushButton::clicked, this, &LessonsPage::cancelBooking);
    applyFilter();
}

void LessonsPage::applyFilter()
{
    LessonsModel::Filter f;
    if (m_usePeriod->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.subjectId = m_subject->currentData().toInt();
    f.state = m_state->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.search = m_search->text();
    f.today = m_context.clock->today();
    m_model->applyFilter(f);
}

void LessonsPage::showAwaitingOutcome()
{
    m_state->setCurrentIndex(m_state->findData(QStringLiteral("awaiting")));
}

qint64 LessonsPage::selectedBooking() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
}

void LessonsPage::selectionChanged()
{
    m_history->clear();
    const qint64 id = selectedBooking();
    m_outcome->setEnabled(id != 0);
    m_cancel->setEnabled(false);
    if (!id)
        return;
    BookingService service(m_context.db, *m_context.clock);
    auto lesson = service.lesson(id);
    if (!lesson)
        return;
    m_outcome->setText(lesson->outcomeId ? tr("Correct the &outcome...") : tr("Record &outcome..."));
    m_cancel->setEnabled(lesson->state == LessonState::Booked);
    // The booking itself, then each outcome entry.
    auto booked
        = new QTreeWidgetItem(m_history, { tr("booking"), Labels::channel(lesson->channel), QString(), QString() });
    booked->setForeground(1, QColor(0x55, 0x5f, 0x6a));
    auto history = service.outcomeHistory(id);
    if (!history)
        return;
    PeopleRepository people(m_context.db, *m_context.clock);
    for (const OutcomeEntry &e : *history) {
        QString outcome = Labels::lessonState(e.state);
        if (e.state == LessonState::Given && e.taughtBy == TaughtBy::Tutor)
            if (auto t = people.tutor(e.tutorId))
                outcome = tr("%1 (stand-in: %2)").arg(outcome, t->fullName());
        if (e.correctsId)
            outcome = tr("correction: %1").arg(outcome);
        new QTreeWidgetItem(m_history,
            { QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.recordedAt), QStringLiteral("dd/MM/yyyy HH:mm")),
                outcome, e.recordedBy, e.note });
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

void LessonsPage::recordOutcome()
{
    const qint64 id = selectedBooking();
    if (!id)
        return;
    OutcomeDialog dialog(m_context, m_commands, id, this);
    if (dialog.exec() == QDialog::Accepted)
        selectionChanged();
}

void LessonsPage::cancelBooking()
{
    const qint64 id = selectedBooking();
    if (!id)
        return;
    OutcomeDialog dialog(m_context, m_commands, id, this);
    dialog.choose(LessonState::Cancelled);
    if (dialog.exec() == QDialog::Accepted)
        selectionChanged();
}

} // namespace tutoring
