#include "deliveriesprobes.h"

#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/listqueries.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/domain/requestcommands.h"

#include <memory>

namespace testsupport {

namespace {

// What the probes share: the COC of Rozzano and a planned delivery to it.
struct Rows {
    qint64 recipient = 0;
    int category = 0;
    qint64 delivery = 0;
};

bool prepareRows(const QSqlDatabase &db, Rows &rows, bool withDelivery)
{
    auto comune = core::queryValue(db, QStringLiteral("SELECT id FROM comune WHERE name = 'Rozzano'"));
    auto category = core::queryValue(db, QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'"));
    if (!comune || !category || !comune->isValid() || !category->isValid())
        return false;
    auto recipient = deliveries::RecipientRepository(db).cocOf(comune->toInt());
    if (!recipient)
        return false;
    rows.recipient = *recipient;
    rows.category = category->toInt();
    if (!withDelivery)
        return true;
    deliveries::DeliveryDraft draft;
    draft.recipientId = rows.recipient;
    draft.date = QDate(2021, 3, 15);
    deliveries::DeliveryLine line;
    line.categoryId = rows.category;
    line.quantity = 10000;
    draft.lines.append(line);
    auto id = deliveries::DeliveryService(db).save(draft);
    if (!id)
        return false;
    rows.delivery = *id;
    return true;
}

} // namespace

QList<PermissionProbe> deliveriesPermissionProbes()
{
    QList<PermissionProbe> probes;
    {
        auto rows = std::make_shared<Rows>();
        probes.append({ core::Permission::DeliveriesView, QStringLiteral("read a delivery"),
            [rows](const QSqlDatabase &db) { return prepareRows(db, *rows, true); },
            [rows](const QSqlDatabase &db) -> core::Status {
                auto d = deliveries::readDelivery(db, rows->delivery);
                if (!d)
                    return d.error();
                return {};
            } });
    }
    {
        auto rows = std::make_shared<Rows>();
        probes.append({ core::Permission::DeliveriesEdit, QStringLiteral("record a request of goods"),
            [rows](const QSqlDatabase &db) { return prepareRows(db, *rows, false); },
            [rows](const QSqlDatabase &db) -> core::Status {
                deliveries::RequestDraft draft;
                draft.recipientId = rows->recipient;
                draft.requestedOn = QDate(2021, 3, 10);
                draft.lines.append({ 0, rows->category, 0, 20000, {}, false });
                deliveries::CreateRequest command(draft);
                return core::CommandRunner(db).run(command);
            } });
    }
    return probes;
}

} // namespace testsupport
