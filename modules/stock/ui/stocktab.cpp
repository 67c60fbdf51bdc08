#include "stock/ui/stocktab.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
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

    m_overview = new OverviewPage(context(), *commands(), this);
    m_lots = new LotsPage(context(), this);
    m_ledger = new LedgerPage(context(), *commands(), this);
    m_receipts = new ReceiptsPage(context(), this);
    m_counts = new CountsPage(context(), *commands(), this);
    m_catalog = new CatalogPage(context(), *commands(), this);
    m_pages = new QTabWidget(this);
    m_pages->addTab(m_overview, tr("Overview"));
    m_pages->addTab(m_lots, tr("Stock by lot"));
    m_pages->addTab(m_ledger, tr("Movements"));
    m_pages->addTab(m_receipts, tr("Receipts"));
    m_pages->addTab(m_counts, tr("Stock counts"));
    m_pages->addTab(m_catalog, tr("Master data"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_pages, 1);

    connect(m_overview, &OverviewPage::writeOffRequested, this, &StockTab::writeOff);
    connect(m_lots, &LotsPage::writeOffRequested, this, &StockTab::writeOff);
    connect(m_lots, &LotsPage::transferRequested, this, &StockTab::transfer);
    connect(m_receipts, &ReceiptsPage::newReceiptRequested, this, &StockTab::newReceipt);
    connect(m_receipts, &ReceiptsPage::printRequested, this, &StockTab::printDonationReceipt);
    connect(m_receipts, &ReceiptsPage::cancelRequested, this, &StockTab::cancelReceipt);
    connect(m_counts, &CountsPage::printRequested, this, &StockTab::printCount);
    connect(m_catalog, &CatalogPage::catalogChanged, this, &StockTab::reloadChoices);
    m_overview->refresh();
    m_lots->refresh();
    m_counts->refresh();
    m_catalog->refresh();
}

bool StockTab::openPage(const QString &page)
{
    const bool expiring = page == QLatin1String("lots-expiring");
    const int index = pageNames.indexOf(expiring ? QStringLiteral("lots") : page);
    if (index < 0)
        return false;
    ensureBuilt();
    m_pages->setCurrentIndex(index);
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
    if (touched({ QStringLiteral("stock_movement"), QStringLiteral("stock_setting"), QStringLiteral("stock_item") }))
        m_overview->refresh();
    if (touched({ QStringLiteral("stock_count"), QStringLiteral("stock_count_line") }))
        m_counts->refresh();
    if (touched({ QStringLiteral("stock_item"), QStringLiteral("stock_donor"), QStringLiteral("stock_location"),
            QStringLiteral("goods_category") })) {
        m_catalog->refresh();
        reloadChoices();
    }
}

void StockTab::reloadChoices()
{
    m_lots->reloadChoices();
    m_ledger->reloadChoices();
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
        m_pages->setCurrentWidget(m_receipts);
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
