#include "core/reference/comunerepository.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QRegularExpression>

namespace core {

QStringList zoneOmogenee()
{
    return { QStringLiteral("Milano"),        QStringLiteral("Adda Martesana"), QStringLiteral("Alto Milanese"),
             QStringLiteral("Magentino e Abbiatense"), QStringLiteral("Nord Milano"), QStringLiteral("Nord Ovest"),
             QStringLiteral("Sud Est"),       QStringLiteral("Sud Ovest") };
}

namespace {

const QString comuneColumns = QStringLiteral(
    "c.id, c.istat_code, c.name, c.province, c.region, coalesce(m.lat, c.lat), coalesce(m.lon, c.lon), "
    "coalesce(m.population, c.population, 0), m.comune_id IS NOT NULL");

Comune readComune(const QSqlQuery &q)
{
    Comune c;
    c.id = q.value(0).toInt();
    c.istatCode = q.value(1).toString();
    c.name = q.value(2).toString();
    c.province = q.value(3).toString();
    c.region = q.value(4).toString();
    if (!q.value(5).isNull() && !q.value(6).isNull())
        c.coordinate = QGeoCoordinate(q.value(5).toDouble(), q.value(6).toDouble());
    c.population = q.value(7).toLongLong();
    c.metropolitan = q.value(8).toBool();
    return c;
}

bool plausibleEmail(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return s.isEmpty() || re.match(s).hasMatch();
}

} // namespace

Result<QList<Comune>> ComuneRepository::metropolitanComuni() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM comune_cmm m JOIN comune c ON c.id = m.comune_id "
                                           "ORDER BY c.name COLLATE NOCASE").arg(comuneColumns));
    if (!q)
        return q.error();
    QList<Comune> list;
    while (q->next())
        list.append(readComune(*q));
    return list;
}

Result<Comune> ComuneRepository::comune(int id) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM comune c LEFT JOIN comune_cmm m ON m.comune_id = c.id "
                                           "WHERE c.id = ?").arg(comuneColumns), { id });
    if (!q)
        return q.error();
    return q->next() ? readComune(*q) : Comune();
}

Result<Comune> ComuneRepository::comuneByIstatCode(const QString &istatCode) const
{
    bool ok = false;
    const int id = istatCode.trimmed().toInt(&ok);
    if (!ok || istatCode.trimmed().size() != 6)
        return Comune();
    return comune(id);
}

Result<ComuneDetails> ComuneRepository::details(int comuneId) const
{
    auto q = runQuery(m_db, QStringLiteral(
        "SELECT zona_omogenea, phone, email, pec, cap, coc_address, coc_contact, coc_phone, coc_email, notes "
        "FROM comune_cmm WHERE comune_id = ?"), { comuneId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("reference.not_metropolitan"), { QString::number(comuneId) });
    ComuneDetails d;
    d.comuneId = comuneId;
    d.zonaOmogenea = q->value(0).toString();
    d.phone = q->value(1).toString();
    d.email = q->value(2).toString();
    d.pec = q->value(3).toString();
    d.cap = q->value(4).toString();
    d.cocAddress = q->value(5).toString();
    d.cocContact = q->value(6).toString();
    d.cocPhone = q->value(7).toString();
    d.cocEmail = q->value(8).toString();
    d.notes = q->value(9).toString();
    return d;
}

Status ComuneRepository::saveDetails(const ComuneDetails &d)
{
    if (!d.zonaOmogenea.isEmpty() && !zoneOmogenee().contains(d.zonaOmogenea))
        return Error(QStringLiteral("reference.bad_zone"), { d.zonaOmogenea });
    const QList<QPair<QString, QString>> emails = { { QStringLiteral("email"), d.email },
                                                     { QStringLiteral("pec"), d.pec },
                                                     { QStringLiteral("coc_email"), d.cocEmail } };
    for (const auto &e : emails)
        if (!plausibleEmail(e.second.trimmed()))
            return Error(QStringLiteral("reference.bad_email"), { e.second }, { {}, 0, e.first });
    static const QRegularExpression capPattern(QStringLiteral("^(\\d{5})?$"));
    if (!capPattern.match(d.cap.trimmed()).hasMatch())
        return Error(QStringLiteral("reference.bad_cap"), { d.cap }, { {}, 0, QStringLiteral("cap") });

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = runQuery(m_db, QStringLiteral(
        "UPDATE comune_cmm SET zona_omogenea = ?, phone = ?, email = ?, pec = ?, cap = ?, coc_address = ?, "
        "coc_contact = ?, coc_phone = ?, coc_email = ?, notes = ? WHERE comune_id = ?"),
        { d.zonaOmogenea, d.phone.trimmed(), d.email.trimmed(), d.pec.trimmed(), d.cap.trimmed(),
          d.cocAddress.trimmed(), d.cocContact.trimmed(), d.cocPhone.trimmed(), d.cocEmail.trimmed(),
          d.notes.trimmed(), d.comuneId });
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error(QStringLiteral("reference.not_metropolitan"), { QString::number(d.comuneId) });
    return tx.commit();
}

Result<QHash<int, QByteArray>> ComuneRepository::geometries() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT comune_id, geometry FROM comune_cmm"));
    if (!q)
        return q.error();
    QHash<int, QByteArray> out;
    while (q->next())
        out.insert(q->value(0).toInt(), q->value(1).toString().toUtf8());
    return out;
}

Result<ReferencePoint> ComuneRepository::referencePoint(const QString &code) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT code, name, lat, lon FROM reference_point WHERE code = ?"), { code });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("reference.unknown_point"), { code });
    return ReferencePoint{ q->value(0).toString(), q->value(1).toString(),
                           QGeoCoordinate(q->value(2).toDouble(), q->value(3).toDouble()) };
}

} // namespace core
