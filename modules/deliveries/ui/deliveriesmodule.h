#pragma once

#include "core/ui/module.h"

#include <QCoreApplication>

namespace deliveries {

// The Consegne: recipients, requests from the comuni, the equitable
// allocation, deliveries with their delivery notes, the daily plan and the
// distribution map and reports.
class DeliveriesModule : public core::Module {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveriesModule)
public:
    DeliveriesModule();

    QString id() const override { return QStringLiteral("deliveries"); }
    QString title() const override { return tr("Deliveries"); }
    QIcon icon() const override;
    core::ModuleTab *createTab(core::AppContext &context, QWidget *parent) override;
    QList<core::ReportDefinition> reports() const override;
    // Today's deliveries, requests waiting for an allocation, food delivered this year.
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const override;
    QStringList headlineTables() const override;
    QList<core::SearchHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
};

} // namespace deliveries
