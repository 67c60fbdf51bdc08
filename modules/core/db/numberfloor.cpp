#include "core/db/numberfloor.h"

#include "core/db/localconfig.h"

namespace core {

namespace {

const QString floorKeyHead = QStringLiteral("number_floor|");

QString floorKey(const QString &table, const QString &prefix)
{
    return floorKeyHead + table + QLatin1Char('|') + prefix;
}

} // namespace

bool splitDocumentNumber(const QString &number, QString *prefix, qint64 *value)
{
    qsizetype start = number.size();
    while (start > 0 && number.at(start - 1).isDigit() && number.at(start - 1).unicode() < 128)
        --start;
    if (start == number.size() || number.size() - start > 18)
        return false;
    bool ok = false;
    const qint64 v = QStringView(number).mid(start).toLongLong(&ok);
    if (!ok)
        return false;
    *prefix = number.left(start);
    *value = v;
    return true;
}

qint64 numberFloor(const QSqlDatabase &db, const QString &table, const QString &prefix)
{
    return LocalConfig::value(db, floorKey(table, prefix), QStringLiteral("0")).toLongLong();
}

Status raiseNumberFloor(const QSqlDatabase &db, const QString &table, const QString &prefix, qint64 value)
{
    if (value <= numberFloor(db, table, prefix))
        return {};
    return LocalConfig::setValue(db, floorKey(table, prefix), QString::number(value));
}

} // namespace core
