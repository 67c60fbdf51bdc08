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

    m_requests = new RequestsPage(context(), *commands(), this);
    m_allocation = new AllocationPage(context(), *commands(), this);
    m_deliveries = new DeliveriesPage(context(), *commands(), this);
    m_dayPlan = new DayPlanPage(context(), this);
    m_map = new DistributionMapPage(context(), this);
    m_recipients = new RecipientsPage(context(), *commands(), this);
    m_pages = new QTabWidget(this);
    m_pages->addTab(m_requests, tr("Requests"));
    m_pages->addTab(m_allocation, tr("Allocation"));
    m_pages->addTab(m_deliveries, tr("Deliveries"));
    m_pages->addTab(m_dayPlan, tr("Daily plan"));
    m_pages->addTab(m_map, tr("Distribution map"));
    m_pages->addTab(m_recipients, tr("Recipients"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_pages, 1);

    connect(m_requests, &RequestsPage::newRequested, this, &DeliveriesTab::newRequest);
    connect(
        m_requests, &RequestsPage::importRequested, this, [this] { importFile(int(ImportDialog::Kind::Requests)); });
    connect(m_deliveries, &DeliveriesPage::newRequested, this, [this] { editDelivery(0); });
    connect(m_deliveries, &DeliveriesPage::editRequested, this, &DeliveriesTab::editDelivery);
    connect(
        m_allocation, &AllocationPage::deliveriesPlanned, this, [this] { m_pages->setCurrentWidget(m_deliveries); });
    connect(m_dayPlan, &DayPlanPage::deliveryActivated, this, &DeliveriesTab::showDelivery);
    connect(m_map, &DistributionMapPage::openDelivery, this, &DeliveriesTab::showDelivery);
    connect(m_map, &DistributionMapPage::openComuneDeliveries, this, &DeliveriesTab::showComuneDeliveries);
}

void DeliveriesTab::tablesChanged(const QStringList &tables)
{
    auto touched = [&](const QStringList &names) {
        for (const QString &n : names)
            if (tables.contains(n))
                return true;
        return false;
    };
    if (touched(
            { QStringLiteral("delivery"), QStringLiteral("delivery_line"), QStringLiteral("delivery_recipient") })) {
        m_dayPlan->refresh();
        m_map->recolour();
    }
    if (touched({ QStringLiteral("delivery_request"), QStringLiteral("delivery_allocation") }))
        m_allocation->refreshWaiting();
}

void DeliveriesTab::showDelivery(qint64 deliveryId)
{
    ensureBuilt();
    m_pages->setCurrentWidget(m_deliveries);
    m_deliveries->select(deliveryId);
}

bool DeliveriesTab::openPage(const QString &page)
{
    const int index = pageNames.indexOf(page);
    if (index < 0)
        return false;
    ensureBuilt();
    m_pages->setCurrentIndex(index);
    return true;
}

bool DeliveriesTab::showRecord(const QString &kind, qint64 id)
{
    ensureBuilt();
    if (kind == QLatin1String("ddt")) {
        m_pages->setCurrentWidget(m_deliveries);
        return m_deliveries->select(id);
    }
    if (kind == QLatin1String("request")) {
        m_pages->setCurrentWidget(m_requests);
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
    ensureBuilt();
    m_pages->setCurrentWidget(m_deliveries);
    m_deliveries->showComune(comuneId, from, to);
}

void DeliveriesTab::newRequest()
{
    RequestDialog dialog(context(), *commands(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_pages->setCurrentWidget(m_requests);
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
