#pragma once

#include "core/ui/moduletab.h"

class QTabWidget;

namespace core {
class LazyPages;
}

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
// plan, the distribution map, the recipients, each built the first time it
// is shown (core::LazyPages). Pages refresh themselves
// from the change notifier (paged models) or when the tab hears of a
// change to the tables they show.
class DeliveriesTab : public core::ModuleTab {
    Q_OBJECT
public:
    explicit DeliveriesTab(core::AppContext &context, QWidget *parent = nullptr);

    enum Page { Requests, Allocation, Deliveries, Plan, Map, Recipients };
    // Each page is built the first time it is shown or asked for here.
    RequestsPage *requests() const;
    AllocationPage *allocation() const;
    DeliveriesPage *deliveries() const;
    DayPlanPage *dayPlan() const;
    DistributionMapPage *distributionMap() const;
    RecipientsPage *recipients() const;
    QTabWidget *pages() const { return m_pages; }
    // Builds the page if needed and brings it on top.
    void showPage(Page page);

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
    QWidget *builtPage(Page page) const;

    QTabWidget *m_pages = nullptr;
    core::LazyPages *m_lazy = nullptr;
    RequestsPage *m_requests = nullptr;
    AllocationPage *m_allocation = nullptr;
    DeliveriesPage *m_deliveries = nullptr;
    DayPlanPage *m_dayPlan = nullptr;
    DistributionMapPage *m_map = nullptr;
    RecipientsPage *m_recipients = nullptr;
};

} // namespace deliveries
