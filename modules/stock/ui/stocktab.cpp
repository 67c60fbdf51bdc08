#include "stock/ui/stocktab.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/lazypages.h"
#include "core/ui/reportactions.h"
#include "core/ui/reportdialog.h"
#include "stock/domain/receiptcommands.h"
#include "stock/domain/stockreports.h"
#include "stock/ui/catalogpage.h"
#include "stock/ui/countspage.h"
#include "stock/ui/importdialog.h"
#include "stock/ui/ledgerpage.h"
#include "stock/ui/lotspage.h"
#include "stock/ui/movementdialogs.h"
#include "stock/ui/overviewpage.h"
#include "stock/ui/receiptdialog.h"
#include "stock/ui/receiptspage.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace stock {

namespace {
// The pages' stable names, in the order of the tab (dashboard, F1).
const QStringList pageNames { QStringLiteral("overview"), QStringLiteral("lots"), QStringLiteral("movements"),
    QStringLiteral("receipts"), QStringLiteral("counts"), QStringLiteral("catalog") };
} // namespace

namespace {

core::ReportRequest requestFor(const core::AppContext &context)
{
    core::ReportRequest request;
    request.operatorName = context.operatorName;
    request.now = context.clock->now();
    request.at = context.clock->today();
    return request;
}

} // namespace

StockTab::StockTab(core::AppContext &context, QWidget *parent) : core::ModuleTab(context, parent)
{
}

void StockTab::buildContent()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("New &receipt..."), this, &StockTab::newReceipt);
    toolbar->addAction(tr("&Import receipts..."), this, &StockTab::importReceipts);
    toolbar->addAction(tr("Assemble &kits..."), this, &StockTab::assembleKits);
    toolbar->addSeparator();
    auto *reports = new QToolButton(this);
    reports->setText(tr("&Reports"));
    reports->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(reports);
    for (const core::ReportDefinition &d : StockReports::definitions()) {
        const QString name = d.name;
        menu->addAction(d.title() + QStringLiteral("..."), this, [this, name] { printReport(name); });
    }
    reports->setMenu(menu);
    toolbar->addWidget(reports);

    m_pages = new QTabWidget(this);
    // Each page is built the first time it comes on top (or is asked
    // for): the tab opens with the overview alone.
    m_lazy = new core::LazyPages(m_pages);
    m_lazy->addPage(tr("Overview"), [this](QWidget *parent) {
        m_overview = new OverviewPage(context(), *commands(), parent);
        connect(m_overview, &OverviewPage::writeOffRequested, this, &StockTab::writeOff);
        m_overview->refresh();
        return m_overview;
    });
    m_lazy->addPage(tr("Stock by lot"), [this](QWidget *parent) {
        m_lots = new LotsPage(context(), parent);
        connect(m_lots, &LotsPage::writeOffRequested, this, &StockTab::writeOff);
        connect(m_lots, &LotsPage::transferRequested, this, &StockTab::transfer);
        m_lots->refresh();
        return m_lots;
    });
    m_lazy->addPage(tr("Movements"), [this](QWidget *parent) {
        return m_ledger = new LedgerPage(context(), *commands(), parent);
    });
    m_lazy->addPage(tr("Receipts"), [this](QWidget *parent) {
        m_receipts = new ReceiptsPage(context(), parent);
        connect(m_receipts, &ReceiptsPage::newReceiptRequested, this, &StockTab::newReceipt);
        connect(m_receipts, &ReceiptsPage::printRequested, this, &StockTab::printDonationReceipt);
        connect(m_receipts, &ReceiptsPage::cancelRequested, this, &StockTab::cancelReceipt);
        return m_receipts;
    });
    m_lazy->addPage(tr("Stock counts"), [this](QWidget *parent) {
        m_counts = new CountsPage(context(), *commands(), parent);
        connect(m_counts, &CountsPage::printRequested, this, &StockTab::printCount);
        m_counts->refresh();
        return m_counts;
    });
    m_lazy->addPage(tr("Master data"), [this](QWidget *parent) {
        m_catalog = new CatalogPage(context(), *commands(), parent);
        connect(m_catalog, &CatalogPage::catalogChanged, this, &StockTab::reloadChoices);
        m_catalog->refresh();
        return m_catalog;
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_pages, 1);
}

QWidget *StockTab::builtPage(Page page) const
{
    return m_lazy ? m_lazy->page(int(page)) : nullptr;
}

OverviewPage *StockTab::overview() const
{
    builtPage(Overview);
    return m_overview;
}

LotsPage *StockTab::lots() const
{
    builtPage(Lots);
    return m_lots;
}

LedgerPage *StockTab::ledger() const
{
    builtPage(Movements);
    return m_ledger;
}

ReceiptsPage *StockTab::receipts() const
{
    builtPage(Receipts);
    return m_receipts;
}

CountsPage *StockTab::counts() const
{
    builtPage(Counts);
    return m_counts;
}

CatalogPage *StockTab::catalog() const
{
    builtPage(Catalog);
    return m_catalog;
}

void StockTab::showPage(Page page)
{
    ensureBuilt();
    m_lazy->show(int(page));
}

bool StockTab::openPage(const QString &page)
{
    const bool expiring = page == QLatin1String("lots-expiring");
    const int index = pageNames.indexOf(expiring ? QStringLiteral("lots") : page);
    if (index < 0)
        return false;
    showPage(Page(index));
    if (expiring)
        m_lots->showExpiringOnly();
    return true;
}

QString StockTab::helpSection() const
{
    return m_pages ? QStringLiteral("stock-") + pageNames.value(m_pages->currentIndex()) : QString();
}

void StockTab::tablesChanged(const QStringList &tables)
{
    auto touched = [&](const QStringList &names) {
        for (const QString &n : names)
            if (tables.contains(n))
                return true;
        return false;
    };
    // A page not built yet reads everything when it is built.
    if (m_overview
        && touched({ QStringLiteral("stock_movement"), QStringLiteral("stock_setting"), QStringLiteral("stock_item") }))
        m_overview->refresh();
    if (m_counts && touched({ QStringLiteral("stock_count"), QStringLiteral("stock_count_line") }))
        m_counts->refresh();
    if (touched({ QStringLiteral("stock_item"), QStringLiteral("stock_donor"), QStringLiteral("stock_location"),
            QStringLiteral("goods_category") })) {
        if (m_catalog)
            m_catalog->refresh();
        reloadChoices();
    }
}

void StockTab::reloadChoices()
{
    if (m_lots)
        m_lots->reloadChoices();
    if (m_ledger)
        m_ledger->reloadChoices();
    if (m_receipts)
        m_receipts->reloadChoices();
}

bool StockTab::recordReceipt(const ReceiptDraft &draft, int expiredPolicy)
{
    if (auto s = commands()->run(std::make_shared<RecordReceipt>(draft, ExpiredOnArrival(expiredPolicy))); !s) {
        QMessageBox::warning(this, tr("Receipt"), core::ErrorText::describe(s.error()));
        return false;
    }
    return true;
}

void StockTab::newReceipt()
{
    ReceiptDialog dialog(context(), *commands(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (recordReceipt(dialog.draft(), int(dialog.expiredPolicy())))
        showPage(Receipts);
}

void StockTab::importReceipts()
{
    ImportDialog dialog(context(), *commands(), this);
    dialog.exec();
}

void StockTab::assembleKits()
{
    AssemblyDialog dialog(context(), *commands(), this);
    dialog.exec();
}

void StockTab::writeOff(qint64 lotId, qint64 locationId)
{
    WriteOffDialog dialog(context(), *commands(), lotId, locationId, this);
    dialog.exec();
}

void StockTab::transfer(qint64 lotId, qint64 locationId)
{
    TransferDialog dialog(context(), *commands(), lotId, locationId, this);
    dialog.exec();
}

void StockTab::printDonationReceipt(qint64 receiptId)
{
    auto document = StockReports::donationReceipt(context().db, receiptId, requestFor(context()));
    if (!document) {
        QMessageBox::warning(this, tr("Donation receipt"), core::ErrorText::describe(document.error()));
        return;
    }
    core::ReportActions::preview(this, *document);
}

void StockTab::cancelReceipt(qint64 receiptId)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel the receipt"),
                                                 tr("Every line will be reversed (the receipt stays in the ledger).\nReason:"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto s = commands()->run(std::make_shared<CancelReceipt>(receiptId, reason)); !s)
        QMessageBox::warning(this, tr("Cancel the receipt"), core::ErrorText::describe(s.error()));
}

void StockTab::printCount(qint64 countId)
{
    auto document = StockReports::countSheet(context().db, countId, requestFor(context()));
    if (!document) {
        QMessageBox::warning(this, tr("Stock count"), core::ErrorText::describe(document.error()));
        return;
    }
    core::ReportActions::preview(this, *document);
}

void StockTab::printReport(const QString &name)
{
    core::ReportDialog dialog(context(), name, this);
    dialog.exec();
}

} // namespace stock
