#pragma once

#include "core/ui/moduletab.h"

class QTabWidget;

namespace core {
class LazyPages;
}

namespace stock {

class CatalogPage;
class CountsPage;
class LedgerPage;
class LotsPage;
class OverviewPage;
class ReceiptsPage;

// The "Magazzino" tab: a toolbar with the warehouse's actions (new
// receipt, import, kits, reports) over six pages: overview with alerts,
// stock by lot, ledger, receipts, counts, master data. Every write runs as a
// command on the tab's commands() (undo and redo from the main window's
// Modifica menu). Pages refresh when the ledger or the master data change.
class StockTab : public core::ModuleTab {
    Q_OBJECT
public:
    explicit StockTab(core::AppContext &context, QWidget *parent = nullptr);

    // The pages, in the tab's order. Each is built the first time it
    // comes on top or is asked for (the accessors build the page they
    // return; showPage() brings it on top).
    enum Page { Overview, Lots, Movements, Receipts, Counts, Catalog };
    OverviewPage *overview() const;
    LotsPage *lots() const;
    LedgerPage *ledger() const;
    ReceiptsPage *receipts() const;
    CountsPage *counts() const;
    CatalogPage *catalog() const;
    QTabWidget *pages() const { return m_pages; }
    void showPage(Page page);
    // Records a receipt with the RecordReceipt command (Undo cancels it);
    // false, with a message, when it was refused.
    bool recordReceipt(const struct ReceiptDraft &draft, int expiredPolicy);

    // "overview", "lots", "lots-expiring", "movements", "receipts",
    // "counts", "catalog".
    bool openPage(const QString &page) override;
    QString helpSection() const override;

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    void newReceipt();
    void importReceipts();
    void assembleKits();
    void writeOff(qint64 lotId, qint64 locationId);
    void transfer(qint64 lotId, qint64 locationId);
    void printDonationReceipt(qint64 receiptId);
    void cancelReceipt(qint64 receiptId);
    void printCount(qint64 countId);
    void printReport(const QString &name);
    void reloadChoices();
    QWidget *builtPage(Page page) const;

    QTabWidget *m_pages = nullptr;
    core::LazyPages *m_lazy = nullptr;
    OverviewPage *m_overview = nullptr;
    LotsPage *m_lots = nullptr;
    LedgerPage *m_ledger = nullptr;
    ReceiptsPage *m_receipts = nullptr;
    CountsPage *m_counts = nullptr;
    CatalogPage *m_catalog = nullptr;
};

} // namespace stock
