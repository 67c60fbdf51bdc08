#include "deliveries/ui/deliveriestab.h"

#include "core/ui/appcontext.h"
#include "core/ui/errortext.h"
#include "core/ui/reportactions.h"
#include "core/ui/reportdialog.h"
#include "deliveries/domain/deliverynotes.h"
#include "deliveries/domain/deliveryreports.h"
#include "deliveries/ui/allocationpage.h"
#include "deliveries/ui/dayplanpage.h"
#include "deliveries/ui/deliveriespage.h"
#include "deliveries/ui/deliverydialog.h"
#include "deliveries/ui/distributionmappage.h"
#include "deliveries/ui/importdialog.h"
#include "deliveries/ui/recipientspage.h"
#include "deliveries/ui/requestdialog.h"
#include "deliveries/ui/requestspage.h"

#include "core/ui/lazypages.h"

#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace deliveries {

namespace {
// The pages' stable names, in the order of the tab (dashboard, search, F1).
const QStringList pageNames { QStringLiteral("requests"), QStringLiteral("allocation"), QStringLiteral("deliveries"),
    QStringLiteral("plan"), QStringLiteral("map"), QStringLiteral("recipients") };
} // namespace

DeliveriesTab::DeliveriesTab(core::AppContext &context, QWidget *parent)
    : core::ModuleTab(context, parent)
{
}

void DeliveriesTab::buildContent()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("New &request..."), this, &DeliveriesTab::newRequest);
    toolbar->addAction(tr("&Import requests..."), this, [this] { importFile(int(ImportDialog::Kind::Requests)); });
    toolbar->addAction(tr("New &delivery..."), this, [this] { editDelivery(0); });
    toolbar->addAction(
        tr("Import &past deliveries..."), this, [this] { importFile(int(ImportDialog::Kind::Deliveries)); });
    toolbar->addSeparator();
    toolbar->addAction(tr("Today's &DDTs..."), this, &DeliveriesTab::printDayNotes);
    auto *reports = new QToolButton(this);
    reports->setText(tr("Re&ports"));
    reports->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(reports);
    for (const core::ReportDefinition &d : DeliveryReports::definitions()) {
        const QString name = d.name;
        menu->addAction(d.title() + QStringLiteral("..."), this, [this, name] { printReport(name); });
    }
    reports->setMenu(menu);
    toolbar->addWidget(reports);

    m_pages = new QTabWidget(this);
    // Each page is built the first time it is shown (or asked for): the
    // tab opens with the requests' list alone.
    m_lazy = new core::LazyPages(m_pages);
    m_lazy->addPage(tr("Requests"), [this](QWidget *parent) {
        m_requests = new RequestsPage(context(), *commands(), parent);
        connect(m_requests, &RequestsPage::newRequested, this, &DeliveriesTab::newRequest);
        connect(m_requests, &RequestsPage::importRequested, this,
            [this] { importFile(int(ImportDialog::Kind::Requests)); });
        return m_requests;
    });
    m_lazy->addPage(tr("Allocation"), [this](QWidget *parent) {
        m_allocation = new AllocationPage(context(), *commands(), parent);
        connect(m_allocation, &AllocationPage::deliveriesPlanned, this, [this] { showPage(Deliveries); });
        return m_allocation;
    });
    m_lazy->addPage(tr("Deliveries"), [this](QWidget *parent) {
        m_deliveries = new DeliveriesPage(context(), *commands(), parent);
        connect(m_deliveries, &DeliveriesPage::newRequested, this, [this] { editDelivery(0); });
        connect(m_deliveries, &DeliveriesPage::editRequested, this, &DeliveriesTab::editDelivery);
        return m_deliveries;
    });
    m_lazy->addPage(tr("Daily plan"), [this](QWidget *parent) {
        m_dayPlan = new DayPlanPage(context(), parent);
        connect(m_dayPlan, &DayPlanPage::deliveryActivated, this, &DeliveriesTab::showDelivery);
        return m_dayPlan;
    });
    m_lazy->addPage(tr("Distribution map"), [this](QWidget *parent) {
        m_map = new DistributionMapPage(context(), parent);
        connect(m_map, &DistributionMapPage::openDelivery, this, &DeliveriesTab::showDelivery);
        connect(m_map, &DistributionMapPage::openComuneDeliveries, this, &DeliveriesTab::showComuneDeliveries);
        return m_map;
    });
    m_lazy->addPage(tr("Recipients"), [this](QWidget *parent) {
        return m_recipients = new RecipientsPage(context(), *commands(), parent);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_pages, 1);
}

QWidget *DeliveriesTab::builtPage(Page page) const
{
    return m_lazy ? m_lazy->page(int(page)) : nullptr;
}

RequestsPage *DeliveriesTab::requests() const
{
    builtPage(Requests);
    return m_requests;
}

AllocationPage *DeliveriesTab::allocation() const
{
    builtPage(Allocation);
    return m_allocation;
}

DeliveriesPage *DeliveriesTab::deliveries() const
{
    builtPage(Deliveries);
    return m_deliveries;
}

DayPlanPage *DeliveriesTab::dayPlan() const
{
    builtPage(Plan);
    return m_dayPlan;
}

DistributionMapPage *DeliveriesTab::distributionMap() const
{
    builtPage(Map);
    return m_map;
}

RecipientsPage *DeliveriesTab::recipients() const
{
    builtPage(Recipients);
    return m_recipients;
}

void DeliveriesTab::showPage(Page page)
{
    ensureBuilt();
    m_lazy->show(int(page));
}

void DeliveriesTab::tablesChanged(const QStringList &tables)
{
    auto touched = [&](const QStringList &names) {
        for (const QString &n : names)
            if (tables.contains(n))
                return true;
        return false;
    };
    // Pages not built yet read everything when they are.
    if (touched(
            { QStringLiteral("delivery"), QStringLiteral("delivery_line"), QStringLiteral("delivery_recipient") })) {
        if (m_dayPlan)
            m_dayPlan->refresh();
        if (m_map)
            m_map->recolour();
    }
    if (m_allocation && touched({ QStringLiteral("delivery_request"), QStringLiteral("delivery_allocation") }))
        m_allocation->refreshWaiting();
}

void DeliveriesTab::showDelivery(qint64 deliveryId)
{
    showPage(Deliveries);
    m_deliveries->select(deliveryId);
}

bool DeliveriesTab::openPage(const QString &page)
{
    const int index = pageNames.indexOf(page);
    if (index < 0)
        return false;
    showPage(Page(index));
    return true;
}

bool DeliveriesTab::showRecord(const QString &kind, qint64 id)
{
    if (kind == QLatin1String("ddt")) {
        showPage(Deliveries);
        return m_deliveries->select(id);
    }
    if (kind == QLatin1String("request")) {
        showPage(Requests);
        return m_requests->select(id);
    }
    return false;
}

QString DeliveriesTab::helpSection() const
{
    return m_pages ? QStringLiteral("deliveries-") + pageNames.value(m_pages->currentIndex()) : QString();
}

void DeliveriesTab::showComuneDeliveries(int comuneId, const QDate &from, const QDate &to)
{
    showPage(Deliveries);
    m_deliveries->showComune(comuneId, from, to);
}

void DeliveriesTab::newRequest()
{
    RequestDialog dialog(context(), *commands(), this);
    if (dialog.exec() == QDialog::Accepted)
        showPage(Requests);
}

void DeliveriesTab::importFile(int kind)
{
    ImportDialog dialog(context(), *commands(), ImportDialog::Kind(kind), this);
    dialog.exec();
}

void DeliveriesTab::editDelivery(qint64 deliveryId)
{
    DeliveryDialog dialog(context(), *commands(), deliveryId, this);
    if (dialog.exec() == QDialog::Accepted)
        showDelivery(dialog.savedId());
}

void DeliveriesTab::printDayNotes()
{
    core::ReportRequest request;
    request.operatorName = context().operatorName;
    request.now = context().clock->now();
    request.at = context().clock->today();
    auto doc = DeliveryNotes::day(context().db, request);
    if (!doc) {
        QMessageBox::warning(this, tr("Delivery notes"), core::ErrorText::describe(doc.error()));
        return;
    }
    core::ReportActions::preview(this, *doc);
}

void DeliveriesTab::printReport(const QString &name)
{
    core::ReportDialog dialog(context(), name, this);
    dialog.exec();
}

} // namespace deliveries
