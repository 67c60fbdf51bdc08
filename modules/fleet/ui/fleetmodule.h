#pragma once

#include "core/ui/module.h"

#include <QCoreApplication>

namespace fleet {

// Colonna Mobile: the sites (the Idroscalo headquarters, the poles), the
// vehicles with their deadlines and maintenance log, the equipment and its
// loans to organisations.
class FleetModule : public core::Module {
    Q_DECLARE_TR_FUNCTIONS(fleet::FleetModule)
public:
    FleetModule();
    QString id() const override { return QStringLiteral("fleet"); }
    QString title() const override { return tr("Colonna Mobile"); }
    QIcon icon() const override;
    core::ModuleTab *createTab(core::AppContext &context, QWidget *parent) override;
    QList<core::ReportDefinition> reports() const override;
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const override;
    QStringList headlineTables() const override;
    // Vehicles, equipment, sites and modules.
    QList<core::SearchHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
};

} // namespace fleet
