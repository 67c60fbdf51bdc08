#include "core/sync/naturalkeys.h"

#include <QReadWriteLock>

namespace core::sync {

namespace {

QReadWriteLock &naturalKeysLock()
{
    static QReadWriteLock l;
    return l;
}

QList<NaturalKey> &naturalKeyList()
{
    static QList<NaturalKey> keys;
    return keys;
}

} // namespace

Result<QVariantMap> NaturalKey::checkValue(const QVariant &typed, const QDate &today) const
{
    if (check)
        return check(typed, today);
    const QString text = typed.toString().simplified();
    if (text.isEmpty() || columns.size() != 1)
        return Error(QStringLiteral("sync.identity_key_empty"), { columns.join(QLatin1Char(',')) });
    return QVariantMap { { columns.first(), text } };
}

void NaturalKeys::declare(const NaturalKey &key)
{
    QWriteLocker locker(&naturalKeysLock());
    QList<NaturalKey> &keys = naturalKeyList();
    for (NaturalKey &k : keys)
        if (k.table == key.table && k.columns == key.columns) {
            k = key; // declared again (tests call declareSyncTables more than once)
            return;
        }
    keys.append(key);
}

QList<NaturalKey> NaturalKeys::forTable(const QString &table)
{
    QReadLocker locker(&naturalKeysLock());
    QList<NaturalKey> found;
    for (const NaturalKey &k : std::as_const(naturalKeyList()))
        if (k.table == table)
            found.append(k);
    return found;
}

QList<NaturalKey> NaturalKeys::all()
{
    QReadLocker locker(&naturalKeysLock());
    return naturalKeyList();
}

QString NaturalKeys::normalise(const QVariant &value)
{
    if (value.isNull())
        return QString();
    const QString decomposed = value.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace core::sync
