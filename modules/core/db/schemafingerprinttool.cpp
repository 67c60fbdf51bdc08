// Build tool: applies sqlite/migrations one by one to a database in memory
// and writes the schema fingerprint of each version, one line "N hex", to
// the file embedded in core_db (:/sqlite/schema_fingerprints.txt), against
// which openDatabase() checks every file it opens (core/db/schemacheck.h).
// Usage: cisiamo_schema_fingerprints OUTPUT MIGRATION.sql...

#include "core/db/schemafingerprint.h"
#include "core/db/sqlsplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "cisiamo_schema_fingerprints: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return fail(QStringLiteral("usage: OUTPUT MIGRATION.sql..."));
    const QString output = args.takeFirst();
    std::sort(args.begin(), args.end(),
        [](const QString &a, const QString &b) { return QFileInfo(a).fileName() < QFileInfo(b).fileName(); });
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QByteArray lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fingerprints"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return fail(db.lastError().text());
        for (const QString &path : std::as_const(args)) {
            const auto m = pattern.match(QFileInfo(path).fileName());
            if (!m.hasMatch())
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1").arg(path));
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("BEGIN")))
                return fail(q.lastError().text());
            for (const QString &statement : core::splitSqlStatements(QString::fromUtf8(file.readAll()))) {
                if (!q.exec(statement))
                    return fail(QStringLiteral("%1: %2: %3").arg(path, q.lastError().text(), statement.left(200)));
            }
            if (!q.exec(QStringLiteral("COMMIT")))
                return fail(q.lastError().text());
            QString error;
            const auto objects = core::readSchemaObjects(db, &error);
            if (!objects)
                return fail(error);
            lines += QByteArray::number(m.captured(1).toInt()) + ' ' + core::schemaFingerprint(*objects) + '\n';
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fingerprints"));
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(lines) != lines.size() || !out.commit())
        return fail(QStringLiteral("cannot write %1").arg(output));
    return 0;
}
