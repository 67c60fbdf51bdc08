#include "room/ui/diarypage.h"
#include "core/ui/comunepicker.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/pagedsqlmodel.h"
#include "core/ui/reportactions.h"
#include "room/domain/diaryreport.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomcommands.h"
#include "room/domain/roomtext.h"
#include "room/ui/diaryentrydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QAction>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace room {

namespace {

using Q = DiaryListQuery;

// Kind codes in words; a corrected entry struck through and greyed, a
// correction in italics; decisions in bold.
class DiaryModel : public core::PagedSqlModel {
public:
    using PagedSqlModel::PagedSqlModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const auto raw = [&](int column) { return PagedSqlModel::data(this->index(index.row(), column), RawRole); };
        if (role == Qt::DisplayRole && index.column() == Q::Kind)
            if (auto k = diaryKindFromCode(raw(Q::Kind).toString()))
                return RoomText::diaryKind(*k);
        if (role == Qt::DisplayRole && index.column() == Q::Corrected) {
            const QVariant v = raw(Q::Corrected);
            if (!v.isValid())
                return PagedSqlModel::data(index, role);
            const qint64 link = v.toLongLong();
            return link > 0 ? DiaryPage::tr("corrected") : link < 0 ? DiaryPage::tr("correction") : QString();
        }
        if (role == Qt::FontRole) {
            const QVariant v = raw(Q::Corrected);
            if (!v.isValid())
                return {};
            QFont font;
            if (v.toLongLong() > 0)
                font.setStrikeOut(index.column() == Q::Body || index.column() == Q::Counterpart);
            else if (v.toLongLong() < 0)
                font.setItalic(true);
            if (raw(Q::Kind).toString() == QLatin1String("decision"))
                font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole && raw(Q::Corrected).toLongLong() > 0)
            return QColor(0x75, 0x75, 0x75);
        if (role == Qt::ToolTipRole && index.column() == Q::Body)
            return PagedSqlModel::data(index, Qt::DisplayRole);
        return PagedSqlModel::data(index, role);
    }
};

// Keys for the kinds of entry, in the order of allDiaryKinds().
const char *const kindKeys[] = { "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6" };

} // namespace

DiaryPage::DiaryPage(core::AppContext &context, QWidget *parent)
    : RoomPage(context, parent)
{
    m_canWrite = core::Access::allows(context.db, core::Permission::RoomEdit);

    // Filters.
    m_filterEvent = new QComboBox(this);
    m_filterEvent->setAccessibleName(tr("Event shown"));
    m_filterDay = core::makeDateEdit(QDate(), this, tr("Day shown"));
    m_filterDay->setEmptyAllowed(true);
    m_filterDay->setDate(QDate());
    m_filterDay->setPlaceholderText(tr("any day"));
    auto *today = new QPushButton(tr("T&oday"), this);
    m_filterKind = new QComboBox(this);
    m_filterKind->setAccessibleName(tr("Kind shown"));
    m_filterKind->addItem(tr("Every kind"), QString());
    for (DiaryKind k : allDiaryKinds())
        m_filterKind->addItem(RoomText::diaryKind(k), diaryKindCode(k));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the text, who, the author…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the diary"));
    m_hideCorrected = new QCheckBox(tr("Hide corrected"), this);
    m_count = new QLabel(this);
    m_print = new QPushButton(tr("&Print…"), this);
    auto *printMenu = new QMenu(m_print);
    printMenu->addAction(tr("Preview and print…"), this, [this] { print(&core::ReportActions::preview); });
    printMenu->addAction(tr("Save as PDF…"), this, [this] { print(&core::ReportActions::savePdf); });
    printMenu->addAction(tr("Save as CSV…"), this, [this] { print(&core::ReportActions::saveCsv); });
    printMenu->addAction(tr("Save as Excel…"), this, [this] { print(&core::ReportActions::saveXlsx); });
    m_print->setMenu(printMenu);
    m_print->setToolTip(tr("The diary of the day or of the event shown"));

    // The list: paged, read off the GUI thread.
    m_model = new DiaryModel(context.db, this);
    m_model->setSource(Q::from(), Q::key());
    const auto column = [](Q::Column c, const QString &title, core::ColumnKind kind = core::ColumnKind::Text) {
        return core::PagedColumn { Q::expression(c), title, kind, 0, Q::sortable(c) };
    };
    m_model->setColumns({ column(Q::At, tr("When"), core::ColumnKind::DateTime), column(Q::Event, tr("Event")),
        column(Q::Kind, tr("Kind")), column(Q::Counterpart, tr("With")), column(Q::Body, tr("Text")),
        column(Q::Comune, tr("Comune")), column(Q::Author, tr("Written by")), column(Q::Corrected, tr("Correction")) });
    m_model->setDefaultSort(Q::At, Qt::DescendingOrder);
    m_model->setWatchedTables({ QStringLiteral("room_diary") });
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(Q::At, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(Q::Body, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Room diary"));
    core::setColumnWidth(m_view, Q::At, 125);
    core::setColumnWidth(m_view, Q::Event, 170);
    core::setColumnWidth(m_view, Q::Kind, 120);
    core::setColumnWidth(m_view, Q::Counterpart, 170);
    core::setColumnWidth(m_view, Q::Comune, 130);
    core::setColumnWidth(m_view, Q::Author, 130);
    core::setColumnWidth(m_view, Q::Corrected, 85);

    // The entry bar.
    m_entryEvent = new QComboBox(this);
    m_entryEvent->setAccessibleName(tr("Event of the new entry"));
    m_entryEvent->setMinimumContentsLength(26);
    m_entryEvent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_entryKind = new QComboBox(this);
    m_entryKind->setAccessibleName(tr("Kind of the new entry"));
    QStringList keyHelp;
    for (int i = 0; i < allDiaryKinds().size(); ++i) {
        const DiaryKind k = allDiaryKinds().at(i);
        m_entryKind->addItem(RoomText::diaryKind(k), int(k));
        // Actions, not bare shortcuts: Aiuto › Scorciatoie lists them.
        auto *shortcut = new QAction(tr("New entry: %1").arg(RoomText::diaryKind(k)), this);
        shortcut->setShortcut(QKeySequence(QString::fromLatin1(kindKeys[i])));
        shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(shortcut);
        connect(shortcut, &QAction::triggered, this, [this, i] {
            m_entryKind->setCurrentIndex(i);
            m_entryText->setFocus();
        });
        keyHelp.append(QStringLiteral("%1 %2").arg(QKeySequence(QString::fromLatin1(kindKeys[i])).toString(QKeySequence::NativeText),
            RoomText::diaryKind(k)));
    }
    m_entryKind->setToolTip(keyHelp.join(QLatin1Char('\n')));
    m_entryWho = new QLineEdit(this);
    m_entryWho->setPlaceholderText(tr("With whom"));
    m_entryWho->setAccessibleName(tr("With whom"));
    m_entryText = new QLineEdit(this);
    m_entryText->setPlaceholderText(tr("What was said, decided or done — Enter writes it"));
    m_entryText->setAccessibleName(tr("Text of the new entry"));
    m_entryText->setMaxLength(DiaryRepository::maxBodyLength);
    m_entryComune = new QComboBox(this);
    core::fillComuneCombo(m_entryComune, context.db, QString());
    m_entryComune->setAccessibleName(tr("Comune of the new entry"));
    m_entryComune->lineEdit()->setPlaceholderText(tr("Comune"));
    m_entryComune->setMinimumContentsLength(12);
    m_entryComune->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_write = new QPushButton(tr("&Write"), this);
    m_details = new QPushButton(tr("Det&ails…"), this);
    m_details->setToolTip(tr("An entry with its time and links to an organisation, a delivery or a request"));
    m_correct = new QPushButton(tr("&Correct…"), this);
    m_correct->setToolTip(tr("Writes a correction of the selected entry: the old one stays, marked as corrected"));
    m_problem = core::makeErrorLabel(this);
    m_problem->hide();

    fillEvents();
    for (QWidget *w : std::initializer_list<QWidget *> { m_entryEvent, m_entryKind, m_entryWho, m_entryText,
             m_entryComune, m_write, m_details, m_correct })
        w->setEnabled(m_canWrite);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEvent, 2);
    filters->addWidget(m_filterDay);
    filters->addWidget(today);
    filters->addWidget(m_filterKind);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_hideCorrected);
    filters->addWidget(m_count);
    filters->addWidget(m_print);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_entryEvent, 2);
    entry->addWidget(m_entryKind);
    entry->addWidget(m_entryWho, 2);
    entry->addWidget(m_entryText, 5);
    entry->addWidget(m_entryComune, 1);
    entry->addWidget(m_write);
    entry->addWidget(m_details);
    entry->addWidget(m_correct);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(entry);
    layout->addWidget(m_problem);

    connect(m_filterEvent, &QComboBox::currentIndexChanged, this, [this] {
        // Writing follows the event looked at.
        if (const qint64 id = m_filterEvent->currentData().toLongLong())
            core::selectByData(m_entryEvent, id);
        applyFilter();
    });
    connect(m_filterDay, &core::DateField::dateChanged, this, &DiaryPage::applyFilter);
    connect(today, &QPushButton::clicked, this, [this] { m_filterDay->setDate(this->context().clock->today()); });
    connect(m_filterKind, &QComboBox::currentIndexChanged, this, &DiaryPage::applyFilter);
    connect(m_hideCorrected, &QCheckBox::toggled, this, &DiaryPage::applyFilter);
    // The search waits for a pause in the typing.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &DiaryPage::applyFilter);
    connect(m_entryText, &QLineEdit::returnPressed, this, &DiaryPage::writeEntry);
    connect(m_entryWho, &QLineEdit::returnPressed, this, &DiaryPage::writeEntry);
    connect(m_write, &QPushButton::clicked, this, &DiaryPage::writeEntry);
    connect(m_details, &QPushButton::clicked, this, [this] { openDetails(0); });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEntry())
            openDetails(id);
    });
    connect(m_entryText, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiaryPage::updateCount);
    applyFilter();
}

void DiaryPage::fillEvents()
{
    room::fillEvents(m_filterEvent, context().db, tr("Every event"));
    const bool first = m_entryEvent->count() == 0;
    room::fillEvents(m_entryEvent, context().db);
    if (first && m_entryEvent->count() > 0)
        m_entryEvent->setCurrentIndex(0); // the newest open event
}

void DiaryPage::applyFilter()
{
    DiaryFilter filter;
    filter.eventId = m_filterEvent->currentData().toLongLong();
    filter.day = m_filterDay->date();
    if (const QString kind = m_filterKind->currentData().toString(); !kind.isEmpty())
        filter.kind = diaryKindFromCode(kind);
    filter.text = m_search->text();
    filter.hideCorrected = m_hideCorrected->isChecked();
    QVariantList binds;
    const QString where = DiaryListQuery::where(filter, &binds);
    m_model->setFilter(where, binds);
    m_print->setEnabled(filter.eventId != 0 || filter.day.isValid());
    updateCount();
}

void DiaryPage::updateCount()
{
    m_count->setText(m_model->isCounted() ? tr("%n entry(ies)", nullptr, m_model->rowCount()) : tr("counting…"));
}

void DiaryPage::openEvent(qint64 eventId)
{
    core::selectByData(m_filterEvent, eventId);
    core::selectByData(m_entryEvent, eventId);
    m_entryText->setFocus();
}

qint64 DiaryPage::selectedEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
}

bool DiaryPage::selectEntry(qint64 id)
{
    // Found on the list's worker; an answer for a filter changed meanwhile
    // is dropped (the person moved on).
    const auto show = [this](int row) {
        if (row < 0)
            return;
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    };
    m_model->locate(id, [this, id, show](int row) {
        if (row >= 0) {
            show(row);
            return;
        }
        // Outside the filters: the whole diary.
        const QSignalBlocker b1(m_filterEvent), b2(m_filterDay), b3(m_filterKind), b4(m_search), b5(m_hideCorrected);
        m_filterEvent->setCurrentIndex(0);
        m_filterDay->setDate(QDate());
        m_filterKind->setCurrentIndex(0);
        m_search->clear();
        m_hideCorrected->setChecked(false);
        applyFilter();
        m_model->locate(id, show);
    });
    return true;
}

bool DiaryPage::writeEntry()
{
    if (!m_canWrite)
        return false;
    NewDiaryEntry e;
    e.eventId = m_entryEvent->currentData().toLongLong();
    e.kind = DiaryKind(m_entryKind->currentData().toInt());
    e.counterpart = m_entryWho->text();
    e.body = m_entryText->text();
    e.comuneId = core::chosenComune(m_entryComune);
    if (e.comuneId == 0 && !m_entryComune->currentText().trimmed().isEmpty()) {
        m_problem->setText(tr("«%1» is not one of the comuni of the metropolitan city.").arg(m_entryComune->currentText()));
        m_problem->show();
        m_entryComune->setFocus();
        return false;
    }
    auto command = std::make_shared<AppendDiaryEntry>(e);
    if (auto s = commands().run(command); !s) {
        // Said under the bar, not in a box: the phone may be ringing.
        m_problem->setText(core::ErrorText::describe(s.error()));
        m_problem->show();
        m_entryText->setFocus();
        return false;
    }
    m_problem->hide();
    m_entryText->clear();
    m_entryWho->clear();
    m_entryComune->setCurrentIndex(0);
    m_entryComune->setEditText(QString());
    m_entryText->setFocus();
    return true;
}

void DiaryPage::openDetails(qint64 correctsId)
{
    DiaryEntryDialog dialog(context(), commands(), m_entryEvent->currentData().toLongLong(), correctsId, this);
    if (dialog.exec() == QDialog::Accepted)
        QTimer::singleShot(0, this, [this, id = dialog.entryId()] { selectEntry(id); });
    m_entryText->setFocus();
}

core::Result<core::ReportDocument> DiaryPage::buildReport() const
{
    core::ReportRequest request;
    request.at = m_filterDay->date();
    if (const qint64 id = m_filterEvent->currentData().toLongLong())
        request.options.insert(QStringLiteral("event"), QString::number(id));
    request.now = context().clock->now();
    request.locale = QLocale();
    request.operatorName = core::sessionPersonName(context().db);
    return DiaryReport::buildChecked(context().db, request);
}

void DiaryPage::print(void (*action)(QWidget *, const core::ReportDocument &))
{
    auto document = buildReport();
    if (!document) {
        QMessageBox::warning(this, tr("Room diary"), core::ErrorText::describe(document.error()));
        return;
    }
    action(this, *document);
}

void DiaryPage::showEvent(QShowEvent *event)
{
    RoomPage::showEvent(event);
    m_entryText->setFocus();
}

void DiaryPage::tablesChanged(const QStringList &tables)
{
    // The list refreshes itself; the events' pickers are read here.
    if (tables.contains(QStringLiteral("activation_event")))
        fillEvents();
}

} // namespace room
