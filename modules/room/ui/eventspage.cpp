#include "room/ui/eventspage.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/pagedsqlmodel.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomtext.h"
#include "room/ui/eventdialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace room {

namespace {

// Scenario and phase codes in words; closed events in grey, alarms in red.
class EventListModel : public core::PagedSqlModel {
public:
    using PagedSqlModel::PagedSqlModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == EventListQuery::Scenario)
            if (auto s = scenarioFromCode(PagedSqlModel::data(index, RawRole).toString()))
                return RoomText::scenario(*s);
        if (role == Qt::DisplayRole && index.column() == EventListQuery::Phase)
            if (auto p = phaseFromCode(PagedSqlModel::data(index, RawRole).toString()))
                return RoomText::phase(*p);
        if (role == Qt::ForegroundRole || role == Qt::FontRole) {
            const QVariant phase = PagedSqlModel::data(this->index(index.row(), EventListQuery::Phase), RawRole);
            if (role == Qt::ForegroundRole && phase.toString() == QLatin1String("closed"))
                return QColor(0x75, 0x75, 0x75);
            if (role == Qt::ForegroundRole && phase.toString() == QLatin1String("alarm")
                && index.column() == EventListQuery::Phase)
                return QColor(0xb7, 0x1c, 0x1c);
        }
        return PagedSqlModel::data(index, role);
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

EventsPage::EventsPage(core::AppContext &context, QWidget *parent)
    : RoomPage(context, parent)
{
    m_model = new EventListModel(context.db, this);
    m_model->setSource(EventListQuery::from(), EventListQuery::key());
    using Q = EventListQuery;
    const auto column = [](Q::Column c, const QString &title, core::ColumnKind kind = core::ColumnKind::Text) {
        return core::PagedColumn { Q::expression(c), title, kind, 0, Q::sortable(c) };
    };
    m_model->setColumns({ column(Q::Name, tr("Event")), column(Q::Scenario, tr("Scenario")),
        column(Q::Phase, tr("Phase")), column(Q::Start, tr("From"), core::ColumnKind::Date),
        column(Q::End, tr("To"), core::ColumnKind::Date), column(Q::Act, tr("Authorising act")),
        column(Q::Comuni, tr("Comuni"), core::ColumnKind::Integer),
        column(Q::Entries, tr("Diary entries"), core::ColumnKind::Integer) });
    m_model->setDefaultSort(Q::Start, Qt::DescendingOrder);
    m_model->setWatchedTables({ QStringLiteral("activation_event"), QStringLiteral("room_event_comune"),
        QStringLiteral("room_diary") });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(Q::Start, Qt::DescendingOrder);
    // No section stretches: a stretched column is squeezed below its header
    // on a narrow screen ("Atto di…"); the list scrolls sideways instead, and
    // the last column takes what is left on a wide one.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Events of the room"));
    core::setColumnWidth(m_view, Q::Name, 260);
    core::setColumnWidth(m_view, Q::Scenario, 150);
    core::setColumnWidth(m_view, Q::Phase, 90);
    core::setColumnWidth(m_view, Q::Start, 90);
    core::setColumnWidth(m_view, Q::End, 90);
    core::setColumnWidth(m_view, Q::Act, 240);
    core::setColumnWidth(m_view, Q::Comuni, 70);
    core::setColumnWidth(m_view, Q::Entries, 90);

    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(tr("The event's comuni and phases"));
    m_openOnly = new QCheckBox(tr("Only open &events"), this);
    m_count = new QLabel(this);
    m_new = new QPushButton(tr("&New event…"), this);
    m_edit = new QPushButton(tr("&Change…"), this);
    m_phase = new QPushButton(tr("Change p&hase…"), this);
    m_diary = new QPushButton(tr("Open its &diary"), this);
    const bool canEdit = core::Access::allows(context.db, core::Permission::RoomEdit);
    m_new->setEnabled(canEdit);
    m_edit->setVisible(canEdit);
    m_phase->setVisible(canEdit);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_phase);
    bar->addWidget(m_diary);
    bar->addSpacing(16);
    bar->addWidget(m_openOnly);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_openOnly, &QCheckBox::toggled, this, &EventsPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &EventsPage::newEvent);
    connect(m_edit, &QPushButton::clicked, this, &EventsPage::editEvent);
    connect(m_phase, &QPushButton::clicked, this, &EventsPage::changePhase);
    connect(m_diary, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEvent())
            emit diaryRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this, canEdit] {
        if (canEdit)
            editEvent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n event(s)", nullptr, m_model->rowCount()));
        showSelected();
    });
    applyFilter();
    showSelected();
}

void EventsPage::applyFilter()
{
    m_model->setFilter(EventListQuery::where(m_openOnly->isChecked()));
}

qint64 EventsPage::selectedEvent() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
}

bool EventsPage::selectEvent(qint64 id)
{
    int row = m_model->rowOfKey(id);
    if (row < 0 && m_openOnly->isChecked()) { // a closed event: show them all
        const QSignalBlocker blocker(m_openOnly);
        m_openOnly->setChecked(false);
        applyFilter();
        row = m_model->rowOfKey(id);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void EventsPage::showSelected()
{
    const qint64 id = selectedEvent();
    m_edit->setEnabled(id != 0);
    m_phase->setEnabled(id != 0);
    m_diary->setEnabled(id != 0);
    if (id == 0) {
        m_details->setHtml(tr("<p>Choose an event to see its comuni and the history of its phases.</p>"));
        return;
    }
    // One event: a few comuni and phase changes, read on selection.
    RoomEventRepository events(context().db);
    auto event = events.event(id);
    auto history = events.phaseHistory(id);
    if (!event || !history || event->base.id == 0) {
        m_details->clear();
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(event->base.name));
    html += QStringLiteral("<p>%1 · <b>%2</b><br>%3</p>")
                .arg(escaped(RoomText::scenario(event->scenario)), escaped(RoomText::phase(event->phase)),
                    escaped(event->base.authorisingAct));
    QStringList names;
    core::ComuneRepository comuni(context().db);
    for (int c : std::as_const(event->comuneIds))
        if (auto comune = comuni.comune(c); comune && comune->id)
            names.append(comune->name);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(escaped(tr("Comuni involved (%1):").arg(names.size())),
                    names.isEmpty() ? escaped(tr("none recorded")) : escaped(names.join(QStringLiteral(", "))));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(tr("Phases")));
    for (const PhaseChange &c : std::as_const(*history)) {
        html += QStringLiteral("<li>%1 — <b>%2</b> (%3)%4</li>")
                    .arg(escaped(locale.toString(c.changedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))),
                        escaped(RoomText::phase(c.phase)), escaped(c.author),
                        c.note.isEmpty() ? QString() : QStringLiteral(": ") + escaped(c.note));
    }
    if (history->isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(escaped(tr("no change recorded")));
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

void EventsPage::newEvent()
{
    EventDialog dialog(context(), commands(), 0, this);
    if (dialog.exec() == QDialog::Accepted)
        selectEvent(dialog.eventId());
}

void EventsPage::editEvent()
{
    const qint64 id = selectedEvent();
    if (id == 0)
        return;
    EventDialog dialog(context(), commands(), id, this);
    dialog.exec();
}

void EventsPage::changePhase()
{
    const qint64 id = selectedEvent();
    if (id == 0)
        return;
    PhaseDialog dialog(context(), commands(), id, this);
    dialog.exec();
}

void EventsPage::tablesChanged(const QStringList &tables)
{
    // The list refreshes itself (watched tables); the panel is read here.
    if (tables.contains(QStringLiteral("activation_event")) || tables.contains(QStringLiteral("room_event_phase"))
        || tables.contains(QStringLiteral("room_event_comune")))
        showSelected();
}

} // namespace room
