#pragma once

#include "core/ui/moduletab.h"

class QTabWidget;

namespace deliveries {

class AllocationPage;
class DayPlanPage;
class DeliveriesPage;
class DistributionMapPage;
class RecipientsPage;
class RequestsPage;

// The "Consegne" tab: a toolbar with the module's actions (new request,
// import requests, new delivery, import past deliveries, the day's DDTs,
// reports) over six pages: requests, allocation, deliveries, the daily
// plan, the distribution map, the recipients. Pages refresh themselves
// from the change notifier (paged models) or when the tab hears of a
// change to the tables they show.
class DeliveriesTab : public core::ModuleTab {
    Q_OBJECT
public:
    explicit DeliveriesTab(core::AppContext &context, QWidget *parent = nullptr);

    RequestsPage *requests() const { return m_requests; }
    AllocationPage *allocation() const { return m_allocation; }
    DeliveriesPage *deliveries() const { return m_deliveries; }
    DayPlanPage *dayPlan() const { return m_dayPlan; }
    DistributionMapPage *distributionMap() const { return m_map; }
    RecipientsPage *recipients() const { return m_recipients; }
    QTabWidget *pages() const { return m_pages; }

    // Opens a delivery in the Deliveries page.
    void showDelivery(qint64 deliveryId);
    void showComuneDeliveries(int comuneId, const QDate &from, const QDate &to);

    // "requests", "allocation", "deliveries", "plan", "map", "recipients";
    // records: "ddt" (a delivery), "request".
    bool openPage(const QString &page) override;
    bool showRecord(const QString &kind, qint64 id) override;
    QString helpSection() const override;

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    void newRequest();
    void importFile(int kind);
    void editDelivery(qint64 deliveryId);
    void printDayNotes();
    void printReport(const QString &name);

    QTabWidget *m_pages = nullptr;
    RequestsPage *m_requests = nullptr;
    AllocationPage *m_allocation = nullptr;
    DeliveriesPage *m_deliveries = nullptr;
    DayPlanPage *m_dayPlan = nullptr;
    DistributionMapPage *m_map = nullptr;
    RecipientsPage *m_recipients = nullptr;
};

} // namespace deliveries
