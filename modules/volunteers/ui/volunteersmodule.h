#pragma once

#include "core/ui/module.h"

#include <QCoreApplication>

namespace volunteers {

// Volontari: organisations, volunteers, activations in person-days, the
// art. 39 limits and the attestati for employers.
class VolunteersModule : public core::Module {
    Q_DECLARE_TR_FUNCTIONS(volunteers::VolunteersModule)
public:
    VolunteersModule();
    QString id() const override { return QStringLiteral("volunteers"); }
    QString title() const override { return tr("Volunteers"); }
    QIcon icon() const override;
    core::ModuleTab *createTab(core::AppContext &context, QWidget *parent) override;
    QList<core::ReportDefinition> reports() const override;
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const override;
    QStringList headlineTables() const override;
    QList<core::SearchHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
};

} // namespace volunteers
