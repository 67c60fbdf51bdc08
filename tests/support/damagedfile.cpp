#include "damagedfile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace testsupport {

namespace {

int bigEndian(const QByteArray &b, qsizetype at, int bytes)
{
    int v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// Root pages of the tables or indexes, read with a plain SQLite connection
// of its own (the file is closed everywhere else).
QList<QPair<QString, int>> rootPages(const QString &path, const QString &type)
{
    QList<QPair<QString, int>> pages;
    const QString name = QStringLiteral("damage-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT name, rootpage FROM sqlite_master WHERE type = ? AND rootpage > 1 "
                                     "AND sql IS NOT NULL ORDER BY name"));
            q.addBindValue(type);
            q.exec();
            while (q.next())
                pages.append({ q.value(0).toString(), q.value(1).toInt() });
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return pages;
}

} // namespace

QStringList damageKinds()
{
    return { QStringLiteral("empty"), QStringLiteral("zeroed header"), QStringLiteral("all zero"),
        QStringLiteral("truncated header"), QStringLiteral("truncated"), QStringLiteral("table page"),
        QStringLiteral("index page") };
}

QString damageStage(const QString &kind)
{
    if (kind == QLatin1String("table page") || kind == QLatin1String("truncated"))
        return QStringLiteral("quick");
    if (kind == QLatin1String("index page"))
        return QStringLiteral("full");
    return QStringLiteral("open");
}

QString damageDatabaseFile(const QString &path, const QString &kind)
{
    // Which pages to hit is read before the bytes change.
    const auto tables = rootPages(path, QStringLiteral("table"));
    const auto indexes = rootPages(path, QStringLiteral("index"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + path;
    QByteArray bytes = f.readAll();
    f.close();
    const int pageSize = bigEndian(bytes, 16, 2) == 1 ? 65536 : bigEndian(bytes, 16, 2);
    const auto page = [&](int number) { return qsizetype(number - 1) * pageSize; };

    if (kind == QLatin1String("empty")) {
        bytes.clear();
    } else if (kind == QLatin1String("zeroed header")) {
        bytes.replace(0, 100, QByteArray(100, '\0'));
    } else if (kind == QLatin1String("all zero")) {
        bytes.fill('\0');
    } else if (kind == QLatin1String("truncated header")) {
        bytes.truncate(50);
    } else if (kind == QLatin1String("truncated")) {
        bytes.truncate((bytes.size() / pageSize / 2) * pageSize);
    } else if (kind == QLatin1String("table page")) {
        // The root page of the biggest table gets an impossible page type.
        int best = 0, root = 0;
        for (const auto &t : tables) {
            const int type = quint8(bytes.at(page(t.second)));
            const int cells = bigEndian(bytes, page(t.second) + 3, 2);
            if ((type == 0x05 || type == 0x0D) && cells > best)
                best = cells, root = t.second;
        }
        if (!root)
            return QStringLiteral("no table page");
        bytes[page(root)] = char(0x07);
    } else if (kind == QLatin1String("index page")) {
        // One flipped bit in a key of an index that fits one leaf page:
        // the b-tree stays well formed, only the full check sees it.
        int root = 0;
        for (const auto &i : indexes) {
            const int type = quint8(bytes.at(page(i.second)));
            if (type == 0x0A && bigEndian(bytes, page(i.second) + 3, 2) >= 20) {
                root = i.second;
                break;
            }
        }
        if (!root)
            return QStringLiteral("no index leaf page");
        bytes[page(root) + pageSize - 2] = char(bytes.at(page(root) + pageSize - 2) ^ 0x01);
    } else {
        return QStringLiteral("unknown kind ") + kind;
    }
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return QStringLiteral("cannot write ") + path;
    f.close();
    return {};
}

} // namespace testsupport
