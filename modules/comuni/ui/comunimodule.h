#pragma once

#include "core/ui/module.h"

#include <QCoreApplication>

namespace comuni {

// The territory: the 133 comuni, their COC contacts and the map.
class ComuniModule : public core::Module {
    Q_DECLARE_TR_FUNCTIONS(comuni::ComuniModule)
public:
    QString id() const override { return QStringLiteral("comuni"); }
    QString title() const override { return tr("Comuni"); }
    QIcon icon() const override;
    core::ModuleTab *createTab(core::AppContext &context, QWidget *parent) override;
    QList<core::ReportDefinition> reports() const override;
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const override;
    QStringList headlineTables() const override;
    QList<core::SearchHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
};

} // namespace comuni
