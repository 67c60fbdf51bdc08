#include "comuni/domain/comunilist.h"

namespace comuni {

ComuniListQuery comuniListQuery()
{
    return { QStringLiteral("comune_cmm m JOIN comune c ON c.id = m.comune_id"), QStringLiteral("c.id"),
        { QStringLiteral("c.istat_code"), QStringLiteral("c.name"), QStringLiteral("m.population"),
            QStringLiteral("m.zona_omogenea"), QStringLiteral("m.coc_contact"), QStringLiteral("m.coc_phone") },
        { QStringLiteral("comune_cmm") } };
}

ComuniListFilter comuniListFilter(const QString &search, const QVariant &zone)
{
    QStringList where;
    ComuniListFilter out;
    const QString text = search.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        where.append(QStringLiteral("(c.name LIKE ? ESCAPE '\\' OR c.istat_code LIKE ? ESCAPE '\\')"));
        out.binds << QStringLiteral("%") + escaped + QStringLiteral("%") << escaped + QStringLiteral("%");
    }
    if (zone.isValid()) {
        where.append(QStringLiteral("m.zona_omogenea = ?"));
        out.binds << zone.toString();
    }
    out.where = where.join(QStringLiteral(" AND "));
    return out;
}

} // namespace comuni
