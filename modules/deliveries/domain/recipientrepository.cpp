#include "deliveries/domain/recipientrepository.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QRegularExpression>

namespace deliveries {

using core::Error;
using core::Result;

namespace {

bool plausibleEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.isEmpty() || re.match(text).hasMatch();
}

} // namespace

Recipient RecipientRepository::read(const QSqlQuery &query, int first)
{
    auto value = [&](int i) { return query.value(first + i); };
    Recipient r;
    r.id = value(0).toLongLong();
    recipientKindFromCode(value(1).toString(), &r.kind);
    r.name = value(2).toString();
    r.comuneId = value(3).toInt();
    r.comuneName = value(4).toString();
    r.address = value(5).toString();
    r.contact = value(6).toString();
    r.phone = value(7).toString();
    r.email = value(8).toString();
    if (!value(9).isNull())
        r.coordinate = QGeoCoordinate(value(9).toDouble(), value(10).toDouble());
    if (!value(11).isNull())
        r.resolvedCoordinate = QGeoCoordinate(value(11).toDouble(), value(12).toDouble());
    r.population = value(13).toLongLong();
    r.notes = value(14).toString();
    r.active = value(15).toBool();
    r.cap = value(16).toString();
    return r;
}

QString RecipientRepository::columnsSql()
{
    // A COC's address and contacts come from the comune's COC details.
    return QStringLiteral("r.id, r.kind, r.name, r.comune_id, c.name, "
                          "CASE WHEN r.kind = 'coc' THEN coalesce(m.coc_address, '') ELSE r.address END, "
                          "CASE WHEN r.kind = 'coc' THEN coalesce(m.coc_contact, '') ELSE r.contact END, "
                          "CASE WHEN r.kind = 'coc' THEN coalesce(m.coc_phone, '') ELSE r.phone END, "
                          "CASE WHEN r.kind = 'coc' THEN coalesce(m.coc_email, '') ELSE r.email END, "
                          "r.lat, r.lon, coalesce(r.lat, m.lat, c.lat), coalesce(r.lon, m.lon, c.lon), "
                          "coalesce(m.population, c.population, 0), r.notes, r.active, "
                          "CASE WHEN r.kind = 'coc' THEN coalesce(m.coc_cap, '') ELSE r.cap END");
}

QString RecipientRepository::joinsSql()
{
    return QStringLiteral(" JOIN comune c ON c.id = r.comune_id LEFT JOIN comune_cmm m ON m.comune_id = r.comune_id");
}

QString RecipientRepository::selectSql()
{
    return QStringLiteral("SELECT ") + columnsSql() + QStringLiteral(" FROM delivery_recipient r") + joinsSql();
}

Result<Recipient> RecipientRepository::recipient(qint64 id) const
{
    auto q = core::runQuery(m_db, selectSql() + QStringLiteral(" WHERE r.id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("deliveries.unknown_recipient"), { QString::number(id) });
    return read(*q);
}

Result<QList<Recipient>> RecipientRepository::recipients(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        selectSql() + (activeOnly ? QStringLiteral(" WHERE r.active = 1") : QString())
            + QStringLiteral(" ORDER BY r.kind <> 'coc', r.kind, r.name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<Recipient> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<int> RecipientRepository::countWithoutAddress() const
{
    auto v = core::queryValue(m_db,
        QStringLiteral("SELECT count(*) FROM delivery_recipient r") + joinsSql()
            + QStringLiteral(" WHERE r.active = 1 AND trim(CASE WHEN r.kind = 'coc' THEN coalesce(m.coc_address, '') "
                             "ELSE r.address END) = ''"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<qint64> RecipientRepository::cocOf(int comuneId) const
{
    auto v = core::queryValue(
        m_db, QStringLiteral("SELECT id FROM delivery_recipient WHERE kind = 'coc' AND comune_id = ?"), { comuneId });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

core::Status RecipientRepository::validate(const Recipient &r) const
{
    if (r.name.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.empty_name"));
    auto comune = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM comune WHERE id = ?"), { r.comuneId });
    if (!comune)
        return comune.error();
    if (comune->toInt() == 0)
        return Error(QStringLiteral("deliveries.unknown_comune"), { QString::number(r.comuneId) });
    if (!plausibleEmail(r.email.trimmed()))
        return Error(QStringLiteral("deliveries.bad_email"), { r.email.trimmed() });
    if (r.coordinate.isValid() && (qAbs(r.coordinate.latitude()) > 90 || qAbs(r.coordinate.longitude()) > 180))
        return Error(QStringLiteral("deliveries.bad_coordinate"));
    return {};
}

Result<qint64> RecipientRepository::save(const Recipient &r)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const QVariant lat = r.coordinate.isValid() ? QVariant(r.coordinate.latitude()) : QVariant();
    const QVariant lon = r.coordinate.isValid() ? QVariant(r.coordinate.longitude()) : QVariant();
    qint64 id = r.id;
    if (id == 0) {
        if (r.kind == RecipientKind::Coc)
            return Error(QStringLiteral("deliveries.coc_fixed"));
        if (auto s = validate(r); !s)
            return s.error();
        auto newId = core::allocateRowId(m_db);
        if (!newId)
            return newId.error();
        id = *newId;
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO delivery_recipient(id, kind, name, comune_id, address, cap, contact, phone, "
                               "email, lat, lon, notes, active) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { id, recipientKindCode(r.kind), r.name.trimmed(), r.comuneId, r.address.trimmed(), r.cap.trimmed(),
                    r.contact.trimmed(), r.phone.trimmed(), r.email.trimmed(), lat, lon, r.notes.trimmed(),
                    r.active ? 1 : 0 });
            !q)
            return q.error();
    } else {
        auto existing = recipient(id);
        if (!existing)
            return existing.error();
        if (existing->isCoc() != (r.kind == RecipientKind::Coc))
            return Error(QStringLiteral("deliveries.coc_fixed"));
        if (existing->isCoc()) {
            // Name and comune of a COC are fixed; its address and contacts
            // are the comune's COC details, edited here or in the Comuni tab.
            Recipient checked = *existing;
            checked.coordinate = r.coordinate;
            checked.email = r.email;
            if (auto s = validate(checked); !s)
                return s.error();
            if (auto q = core::runQuery(m_db,
                    QStringLiteral(
                        "UPDATE delivery_recipient SET lat = ?, lon = ?, notes = ?, active = ? WHERE id = ?"),
                    { lat, lon, r.notes.trimmed(), r.active ? 1 : 0, id });
                !q)
                return q.error();
            if (auto q = core::runQuery(m_db,
                    QStringLiteral("UPDATE comune_cmm SET coc_address = ?, coc_cap = ?, coc_contact = ?, coc_phone = ?, "
                                   "coc_email = ? WHERE comune_id = ?"),
                    { r.address.trimmed(), r.cap.trimmed(), r.contact.trimmed(), r.phone.trimmed(), r.email.trimmed(),
                        existing->comuneId });
                !q)
                return q.error();
        } else {
            if (auto s = validate(r); !s)
                return s.error();
            if (auto q = core::runQuery(m_db,
                    QStringLiteral("UPDATE delivery_recipient SET kind = ?, name = ?, comune_id = ?, address = ?, "
                                   "cap = ?, contact = ?, phone = ?, "
                                   "email = ?, lat = ?, lon = ?, notes = ?, active = ? WHERE id = ?"),
                    { recipientKindCode(r.kind), r.name.trimmed(), r.comuneId, r.address.trimmed(), r.cap.trimmed(),
                        r.contact.trimmed(), r.phone.trimmed(), r.email.trimmed(), lat, lon, r.notes.trimmed(),
                        r.active ? 1 : 0, id });
                !q)
                return q.error();
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace deliveries
