#include "room/ui/planspage.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/db/backgroundreader.h"
#include "core/ui/backgroundreport.h"
#include "core/ui/columnwidths.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/appcontext.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/errortext.h"
#include "core/ui/reportactions.h"
#include "room/domain/plancommands.h"
#include "room/domain/planreports.h"
#include "room/domain/planrepository.h"
#include "room/domain/planrules.h"
#include "room/domain/plantext.h"
#include "room/domain/roomeventrepository.h"
#include "room/ui/plandialogs.h"
#include "room/ui/planimportdialog.h"
#include "room/ui/planmapimage.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>

namespace room {

namespace {

constexpr int sortRole = Qt::UserRole + 1;

QString shown(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString sortableDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("9999");
}

const QStringList &zones()
{
    static const QStringList z { QStringLiteral("Milano"), QStringLiteral("Adda Martesana"),
        QStringLiteral("Alto Milanese"), QStringLiteral("Magentino e Abbiatense"), QStringLiteral("Nord Milano"),
        QStringLiteral("Nord Ovest"), QStringLiteral("Sud Est"), QStringLiteral("Sud Ovest") };
    return z;
}

} // namespace

void PlanListModel::setRows(const QList<PlanRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PlanListModel::rowOfComune(int comuneId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).comuneId == comuneId)
            return i;
    return -1;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PlanRow &r = m_rows.at(index.row());
    const PlanState &p = r.plan;
    if (role == Qt::DisplayRole || role == sortRole) {
        const bool sort = role == sortRole;
        switch (index.column()) {
        case Comune:
            return r.comune;
        case Zone:
            return r.zone;
        case Status:
            return sort ? QVariant(int(allPlanStatuses().indexOf(r.status))) : QVariant(PlanText::status(r.status));
        case Approved:
            return sort ? sortableDate(p.approvedOn) : shown(p.approvedOn);
        case Revised:
            return sort ? sortableDate(p.revisedOn) : shown(p.revisedOn);
        case Due:
            return sort ? sortableDate(p.hasPlan ? p.revisionDue : QDate()) : shown(p.hasPlan ? p.revisionDue : QDate());
        case Portal:
            return p.hasPlan ? PlanText::yesNo(p.inPortal) : QString();
        case Risks:
            return PlanText::risks(p.risks);
        case Coc:
            if (sort)
                return r.cocActive ? r.cocSince.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
            return r.cocActive ? PlanText::coc(true, r.cocSince) : QString();
        default:
            break;
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Status) {
        // The status's colour blended with white: readable under black text.
        const QColor c(QRgb(PlanText::statusColour(r.status)));
        const auto blend = [](int v) { return (v * 2 + 255 * 3) / 5; };
        return QColor(blend(c.red()), blend(c.green()), blend(c.blue()));
    }
    if (role == Qt::ForegroundRole && index.column() == Coc && r.cocActive)
        return QColor(0xb7, 0x1c, 0x1c);
    if (role == Qt::ToolTipRole && index.column() == Due && p.hasPlan && !p.revisionDue.isValid())
        return PlanListModel::tr("Three years after the last revision");
    return {};
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Comune:
        return tr("Comune");
    case Zone:
        return tr("Zone");
    case Status:
        return tr("Plan");
    case Approved:
        return tr("Approved");
    case Revised:
        return tr("Last revision");
    case Due:
        return tr("Revision due");
    case Portal:
        return tr("Regional portal");
    case Risks:
        return tr("Risk scenarios");
    case Coc:
        return tr("COC");
    default:
        break;
    }
    return {};
}

PlansPage::PlansPage(core::AppContext &context, QWidget *parent)
    : RoomPage(context, parent)
{
    m_model = new PlanListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(PlanListModel::Comune, Qt::AscendingOrder);
    // What a room operator looks for first (the comune, its plan's status,
    // the revision due, its COC); the risks last, taking what room is left.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Emergency plans of the comuni"));
    const QFontMetrics fm = m_view->fontMetrics();
    const int dateWidth = fm.horizontalAdvance(QStringLiteral("00/00/00000")) + 16;
    core::setColumnWidth(m_view, PlanListModel::Comune, fm.horizontalAdvance(QStringLiteral("Robecchetto con Induno")) + 16);
    core::setColumnWidth(m_view, PlanListModel::Zone, fm.horizontalAdvance(QStringLiteral("Adda Martesana")) + 16);
    core::setColumnWidth(m_view, PlanListModel::Status, fm.horizontalAdvance(PlanText::status(PlanStatus::DueSoon)) + 16);
    for (int c : { PlanListModel::Approved, PlanListModel::Revised, PlanListModel::Due })
        core::setColumnWidth(m_view, c, std::max(dateWidth, fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + 24));
    core::setColumnWidth(m_view, PlanListModel::Portal,
        fm.horizontalAdvance(m_model->headerData(PlanListModel::Portal, Qt::Horizontal, Qt::DisplayRole).toString()) + 24);
    core::setColumnWidth(m_view, PlanListModel::Coc, fm.horizontalAdvance(PlanText::coc(true, QDateTime(QDate(2020, 12, 31), QTime(23, 59)))) + 16);
    core::setColumnWidth(m_view, PlanListModel::Risks, fm.horizontalAdvance(QStringLiteral("idrogeologico, idraulico, neve e ghiaccio")));

    m_zone = new QComboBox(this);
    m_zone->addItem(tr("All zones"), QString());
    for (const QString &z : zones())
        m_zone->addItem(z, z);
    m_zone->setAccessibleName(tr("Zona omogenea"));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Every plan"), -1);
    for (PlanStatus s : allPlanStatuses())
        m_status->addItem(PlanText::status(s), int(s));
    m_status->addItem(tr("COC open"), 100);
    m_status->setAccessibleName(tr("Status of the plan"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search a comune"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search a comune"));
    m_count = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_edit = new QPushButton(tr("&Change the plan…"), this);
    m_coc = new QPushButton(tr("Open the &COC…"), this);
    m_import = new QPushButton(tr("&Import…"), this);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setToolTip(tr("The plans of the comuni shown (zone), with the map: preview, PDF, CSV, Excel."));
    const bool canPlans = core::Access::allows(context.db, core::Permission::RoomPlans);
    const bool canCoc = core::Access::allows(context.db, core::Permission::RoomEdit);
    m_edit->setVisible(canPlans);
    m_import->setVisible(canPlans);
    m_coc->setVisible(canCoc);
    m_edit->setEnabled(false);
    m_coc->setEnabled(false);

    m_map = new core::ComuniMapWidget(this);
    m_map->setMinimumSize(280, 240);
    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(tr("The comune's plan and COC"));
    m_details->setOpenLinks(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Zone:"), this));
    filters->addWidget(m_zone);
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_coc);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_print);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_summary);
    leftLayout->addLayout(buttons);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_map);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({ 600, 300 });
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 820, 540 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_reader = new core::BackgroundReader(this);
    // The map's outlines are read (and parsed) on the worker, before the
    // list: "loading" on the map meanwhile; a comune selected before they
    // arrive is marked when they do.
    m_map->loadInBackground(m_reader, context.db.databaseName(), [this](const core::Status &) {
        m_map->setSelectedComune(m_selected);
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, &PlansPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlansPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &PlansPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const int id = m_model->rowAt(m_proxy->mapToSource(current).row()).comuneId;
        if (id != m_selected) {
            m_selected = id;
            m_map->setSelectedComune(id);
            showSelected();
        }
    });
    connect(m_map, &core::ComuniMapWidget::comuneClicked, this, &PlansPage::selectComune);
    connect(m_map, &core::ComuniMapWidget::comuneActivated, this, [this](int id) {
        selectComune(id);
        if (m_edit->isVisible())
            editPlan();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isVisible())
            editPlan();
    });
    connect(m_edit, &QPushButton::clicked, this, &PlansPage::editPlan);
    connect(m_coc, &QPushButton::clicked, this, &PlansPage::changeCoc);
    connect(m_import, &QPushButton::clicked, this, &PlansPage::importFile);
    connect(m_print, &QPushButton::clicked, this, &PlansPage::printReport);
    reload();
}

bool PlansPage::isReading() const
{
    return m_reading > 0 || m_map->isLoading();
}

void PlansPage::tablesChanged(const QStringList &tables)
{
    for (const char *t : { "room_plan", "room_plan_risk", "room_coc_state", "comune_cmm" })
        if (tables.contains(QLatin1String(t))) {
            reload();
            return;
        }
}

void PlansPage::reload()
{
    const int read = ++m_read;
    ++m_reading;
    m_summary->setText(tr("Reading the plans…"));
    const QDate today = context().clock->today();
    auto answer = std::make_shared<std::optional<core::Result<QList<PlanRow>>>>();
    m_reader->read(
        context().db.databaseName(), [answer, today](const QSqlDatabase &db) { *answer = PlanRepository(db).rows(today); },
        [this, read, answer](const core::Error &openError) {
            --m_reading;
            if (read != m_read)
                return; // a later read is on its way
            if (!openError.code.isEmpty() || !*answer || !**answer) {
                m_summary->setText(core::ErrorText::describe(
                    !openError.code.isEmpty() || !*answer ? openError : (*answer)->error()));
                return;
            }
            m_all = ***answer;
            applyFilter();
            showSelected();
        });
}

void PlansPage::applyFilter()
{
    const QString zone = m_zone->currentData().toString();
    const int status = m_status->currentData().toInt();
    const QString text = m_search->text().trimmed();
    QList<PlanRow> shownRows;
    QHash<int, int> categoryOf;
    const QList<PlanStatus> statuses = allPlanStatuses();
    QMap<int, int> counts;
    for (const PlanRow &r : std::as_const(m_all)) {
        if (!zone.isEmpty() && r.zone != zone)
            continue;
        if (status == 100 ? !r.cocActive : (status >= 0 && int(r.status) != status))
            continue;
        if (!text.isEmpty() && !r.comune.contains(text, Qt::CaseInsensitive))
            continue;
        shownRows.append(r);
        categoryOf.insert(r.comuneId, int(statuses.indexOf(r.status)));
        counts[int(r.status)] += 1;
    }
    m_model->setRows(shownRows);
    QList<core::ComuniMapWidget::Category> categories;
    for (PlanStatus s : statuses)
        categories.append({ QColor(QRgb(PlanText::statusColour(s))), PlanText::status(s) });
    m_map->setCategories(categoryOf, categories, tr("Emergency plan"));
    m_count->setText(tr("%n comune(s)", nullptr, int(shownRows.size())));
    const QLocale locale;
    QStringList parts;
    for (PlanStatus s : statuses)
        if (counts.value(int(s)))
            parts.append(QStringLiteral("%1 %2").arg(locale.toString(counts.value(int(s))), PlanText::status(s)));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    if (const int row = m_model->rowOfComune(m_selected); row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PlansPage::selectComune(int comuneId)
{
    if (comuneId == 0)
        return;
    m_selected = comuneId;
    m_map->setSelectedComune(comuneId);
    int row = m_model->rowOfComune(comuneId);
    if (row < 0 && !m_all.isEmpty()) {
        // Hidden by the filters: show every comune again.
        const QSignalBlocker b1(m_zone), b2(m_status), b3(m_search);
        m_zone->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
        row = m_model->rowOfComune(comuneId);
    }
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    showSelected();
}

void PlansPage::showSelected()
{
    const PlanRow *row = nullptr;
    for (const PlanRow &r : std::as_const(m_all))
        if (r.comuneId == m_selected)
            row = &r;
    m_edit->setEnabled(row != nullptr);
    m_coc->setEnabled(row != nullptr);
    if (!row) {
        m_details->setHtml(tr("<p>Choose a comune in the list or on the map.</p>"));
        return;
    }
    m_coc->setText(row->cocActive ? tr("Close the &COC…") : tr("Open the &COC…"));
    const PlanRow r = *row;
    const QDate today = context().clock->today();
    const int read = ++m_historyRead;
    ++m_reading;
    auto history = std::make_shared<std::optional<core::Result<QList<CocChange>>>>();
    const int comuneId = r.comuneId;
    m_reader->read(
        context().db.databaseName(),
        [history, comuneId](const QSqlDatabase &db) { *history = PlanRepository(db).cocHistory(comuneId); },
        [this, read, history, r, today](const core::Error &) {
            --m_reading;
            if (read != m_historyRead)
                return;
            const PlanState &p = r.plan;
            QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                               .arg(r.comune.toHtmlEscaped(), r.zone.isEmpty() ? QString() : r.zone.toHtmlEscaped());
            const QString colour = QColor(QRgb(PlanText::statusColour(r.status))).name();
            html += QStringLiteral("<p><span style='background:%1'>&nbsp;&nbsp;&nbsp;</span> <b>%2</b></p>")
                        .arg(colour, PlanText::status(r.status).toHtmlEscaped());
            html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
            auto line = [&html](const QString &label, const QString &value) {
                if (!value.isEmpty())
                    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
            };
            if (p.hasPlan) {
                line(tr("Approved:"), shown(p.approvedOn));
                line(tr("Last revision:"), shown(p.revisedOn));
                if (p.revisionDue.isValid())
                    line(tr("Revision due:"),
                        QStringLiteral("%1 (%2)").arg(shown(p.revisionDue),
                            today.daysTo(p.revisionDue) >= 0 ? tr("in %n day(s)", nullptr, int(today.daysTo(p.revisionDue)))
                                                             : tr("%n day(s) late", nullptr, int(p.revisionDue.daysTo(today)))));
                line(tr("Regional portal:"), PlanText::yesNo(p.inPortal));
                line(tr("Act:"), p.act);
            }
            line(tr("Risk scenarios:"), PlanText::risks(p.risks));
            line(tr("Notes:"), p.notes);
            html += QStringLiteral("</table>");
            html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                        .arg(tr("COC").toHtmlEscaped(), PlanText::coc(r.cocActive, r.cocSince).toHtmlEscaped());
            if (*history && **history && !(**history)->isEmpty()) {
                html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
                int shownCount = 0;
                for (const CocChange &c : ***history) {
                    if (++shownCount > 12)
                        break;
                    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                                .arg(c.since.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                    (c.active ? tr("opened") : tr("closed")).toHtmlEscaped(),
                                    (c.eventName.isEmpty() ? c.note : c.eventName + (c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note))
                                        .toHtmlEscaped());
                }
                html += QStringLiteral("</table>");
            }
            m_details->setHtml(html);
        });
}

void PlansPage::editPlan()
{
    const int row = m_model->rowOfComune(m_selected);
    if (row < 0)
        return;
    const PlanRow r = m_model->rowAt(row);
    PlanDialog dialog(r.comune, r.plan, context().clock->today(),
        [this](const PlanState &plan) { return commands().run(std::make_shared<SavePlanState>(plan)); }, this);
    dialog.exec();
}

void PlansPage::changeCoc()
{
    const int row = m_model->rowOfComune(m_selected);
    if (row < 0)
        return;
    const PlanRow r = m_model->rowAt(row);
    QList<CocDialog::EventChoice> events;
    if (auto choices = RoomEventRepository(context().db).choices())
        for (const auto &c : *choices)
            if (c.phase != Phase::Closed)
                events.append({ c.id, c.name });
    CocDialog dialog(r.comune, r.comuneId, !r.cocActive, context().clock->now(), events,
        [this](const CocChange &change) { return commands().run(std::make_shared<SetCocState>(change)); }, this);
    dialog.exec();
}

void PlansPage::importFile()
{
    PlanImportDialog dialog(context(), commands(), this);
    dialog.exec();
}

bool PlansPage::prepareReport(std::function<void(const core::Result<core::ReportDocument> &)> done)
{
    if (m_preparingReport)
        return false; // the one asked is on its way
    if (!m_reportReader)
        m_reportReader = new core::BackgroundReader(this);
    core::ReportRequest request;
    request.operatorName = context().operatorName;
    request.now = context().clock->now();
    request.at = context().clock->today();
    request.locale = QLocale();
    if (const QString zone = m_zone->currentData().toString(); !zone.isEmpty())
        request.options.insert(QStringLiteral("zone"), zone);
    m_preparingReport = true;
    const QString text = m_print->text();
    m_print->setEnabled(false);
    m_print->setText(tr("Preparing the report…"));
    core::buildReportInBackground(
        m_reportReader, context().db,
        [request](const QSqlDatabase &db) { return PlanReports::emergencyPlans(db, request, &renderPlanMap); },
        [this, text, done = std::move(done)](const core::Result<core::ReportDocument> &doc) {
            m_preparingReport = false;
            m_print->setText(text);
            m_print->setEnabled(true);
            done(doc);
        });
    return true;
}

void PlansPage::printReport()
{
    prepareReport([this](const core::Result<core::ReportDocument> &doc) {
        if (!doc) {
            QMessageBox::warning(this, tr("Report"), core::ErrorText::describe(doc.error()));
            return;
        }
        core::ReportActions::preview(this, *doc);
    });
}

} // namespace room
