#pragma once

#include "core/ui/module.h"

#include <QCoreApplication>

namespace room {

// Sala operativa: the room's events and their phases, the room diary, the
// Cabina di regia and the communications register.
class RoomModule : public core::Module {
    Q_DECLARE_TR_FUNCTIONS(room::RoomModule)
public:
    RoomModule();
    QString id() const override { return QStringLiteral("room"); }
    QString title() const override { return tr("Operations room"); }
    QIcon icon() const override;
    core::ModuleTab *createTab(core::AppContext &context, QWidget *parent) override;
    QList<core::ReportDefinition> reports() const override;
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const override;
    QStringList headlineTables() const override;
    // Events, diary entries, protocol entries and emergency plans (by comune).
    QList<core::SearchHit> search(const QSqlDatabase &db, const QString &text, int limit) const override;
};

} // namespace room
