#pragma once

#include "core/ui/module.h"

#include <QCoreApplication>

namespace stock {

// The Magazzino: donated food and DPI at the Idroscalo and the other
// locations, lots and expiry, receipts, counts, kits and the ledger.
class StockModule : public core::Module {
    Q_DECLARE_TR_FUNCTIONS(stock::StockModule)
public:
    StockModule();

    QString id() const override { return QStringLiteral("stock"); }
    QString title() const override { return tr("Warehouse"); }
    QIcon icon() const override;
    core::ModuleTab *createTab(core::AppContext &context, QWidget *parent) override;
    QList<core::ReportDefinition> reports() const override;
    // Food and DPI in stock, lots expiring within the warning days (and
    // expired ones waiting for a write-off), items under their minimum.
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const override;
    QStringList headlineTables() const override;
};

} // namespace stock
