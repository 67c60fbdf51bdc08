#include "stockprobes.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "stock/domain/receiptcommands.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stockreports.h"

namespace {

// An item and a donor for a receipt; made before anyone signs in.
bool addItemAndDonor(const QSqlDatabase &db)
{
    stock::StockCatalog catalog(db);
    auto category = core::queryValue(db, QStringLiteral("SELECT id FROM goods_category WHERE kind = 'food' ORDER BY id LIMIT 1"));
    if (!category)
        return false;
    stock::Item item;
    item.code = QStringLiteral("PROBE-PASTA");
    item.name = QStringLiteral("Pasta della prova");
    item.categoryId = category->toLongLong();
    stock::Donor donor;
    donor.name = QStringLiteral("Donatore della prova");
    return catalog.saveItem(item).ok() && catalog.saveDonor(donor).ok();
}

qint64 idOf(const QSqlDatabase &db, const QString &sql)
{
    auto v = core::queryValue(db, sql);
    return v ? v->toLongLong() : 0;
}

} // namespace

QList<testsupport::PermissionProbe> stockPermissionProbes()
{
    using core::Permission::StockEdit;
    using core::Permission::StockView;
    return {
        { StockView, QStringLiteral("stock report: expiring lots"), {},
            [](const QSqlDatabase &db) -> core::Status {
                // What the Print menu and `cisiamo report` do: the report's
                // declared permission, then the report.
                const auto definitions = stock::StockReports::definitions();
                for (const core::ReportDefinition &d : definitions) {
                    if (d.name != QLatin1String("stock-expiring"))
                        continue;
                    if (auto s = core::Access::require(db, d.permission); !s)
                        return s;
                    core::ReportRequest request;
                    request.at = QDate(2021, 3, 15);
                    auto document = d.build(db, request);
                    return document ? core::Status() : core::Status(document.error());
                }
                return core::Error(QStringLiteral("test.no_report"));
            } },
        { StockEdit, QStringLiteral("stock receipt: record"), addItemAndDonor,
            [](const QSqlDatabase &db) -> core::Status {
                stock::ReceiptDraft draft;
                draft.donorId = idOf(db, QStringLiteral("SELECT id FROM stock_donor WHERE name = 'Donatore della prova'"));
                draft.date = QDate(2021, 3, 10);
                draft.lines.append({ idOf(db, QStringLiteral("SELECT id FROM stock_item WHERE code = 'PROBE-PASTA'")),
                    QStringLiteral("L1"), QDate(2021, 6, 30), 5000, 0 });
                stock::RecordReceipt command(draft);
                return core::CommandRunner(db).run(command);
            } },
    };
}
