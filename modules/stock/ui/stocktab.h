#pragma once

#include "core/ui/moduletab.h"

class QTabWidget;

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

    OverviewPage *overview() const { return m_overview; }
    LotsPage *lots() const { return m_lots; }
    LedgerPage *ledger() const { return m_ledger; }
    ReceiptsPage *receipts() const { return m_receipts; }
    CountsPage *counts() const { return m_counts; }
    CatalogPage *catalog() const { return m_catalog; }
    QTabWidget *pages() const { return m_pages; }
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

    QTabWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    LotsPage *m_lots = nullptr;
    LedgerPage *m_ledger = nullptr;
    ReceiptsPage *m_receipts = nullptr;
    CountsPage *m_counts = nullptr;
    CatalogPage *m_catalog = nullptr;
};

} // namespace stock
