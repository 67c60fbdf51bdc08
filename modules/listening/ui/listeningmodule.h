#pragma once

#include "core/domain/clock.h"
#include "core/ui/module.h"

#include <QCoreApplication>

namespace listening {

// AscoltiAMO, the listening line: the callback queue and its deadlines,
// support groups and COC placements. Its Cruscotto card and status-bar
// figure count overdue callbacks (aggregate: no names).
class ListeningModule : public core::Module {
    Q_DECLARE_TR_FUNCTIONS(listening::ListeningModule)
public:
    ListeningModule();

    QString id() const override { return QStringLiteral("listening"); }
    QString title() const override { return tr("AscoltiAMO"); }
    QIcon icon() const override;
    core::ModuleTab *createTab(core::AppContext &context, QWidget *parent) override;
    QList<core::ReportDefinition> reports() const override;
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const override;
    QStringList headlineTables() const override;
    QList<core::HeadlineFigure> statusFigures(const QSqlDatabase &db, const QDateTime &now) const override;
    QList<core::SearchHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;

private:
    // The program's clock, learnt when the tab is made (the Cruscotto
    // passes only a date, and deadlines need the time).
    const core::Clock *m_clock = &core::SystemClock::instance();
};

} // namespace listening
