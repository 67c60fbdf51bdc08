// Every table of the real schema is declared for what it is
// (core/sync/tableregistry.h), and its triggers agree with the declaration,
// tried on the rows of the demo database: a ledger refuses UPDATE and
// DELETE (its own trigger's refusal), a mutable table records its updates
// in the change log, a set's members carry the ids made from their key,
// a table kept out of the exchange says why, and every column a merge may
// list in the conflict dialog has a name in words.

#include "core/db/database.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/sync/syncschema.h"
#include "core/sync/tableregistry.h"
#include "moduleregistry.h"
#include "support/demodatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using core::sync::TableKind;
using core::sync::TableRegistry;

namespace {

QStringList schemaTables(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "ORDER BY name"));
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

bool hasTrigger(const QSqlDatabase &db, const QString &name)
{
    auto v = core::queryValue(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?"), { name });
    return v && v->toInt() == 1;
}

// The key column as the sync engine reads it from the log trigger.
QString keyOf(const QSqlDatabase &db, const QString &table)
{
    auto schema = core::sync::SyncSchema::read(db);
    const core::sync::SyncTable *t = schema ? schema->table(table) : nullptr;
    return t ? t->key : QString();
}

QList<qint64> someRows(const QSqlDatabase &db, const QString &table, const QString &key, int limit)
{
    QList<qint64> rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1 DESC LIMIT %3")
               .arg(core::sync::quoteIdentifier(key), core::sync::quoteIdentifier(table))
               .arg(limit));
    while (q.next())
        rows.append(q.value(0).toLongLong());
    return rows;
}

// The messages of the table's BEFORE triggers that refuse `operation`
// without a condition (RAISE(ABORT, '...')).
QStringList triggerRefusals(const QSqlDatabase &db, const QString &table, const QString &operation)
{
    QStringList messages;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"));
    q.addBindValue(table);
    q.exec();
    static const QRegularExpression raise(QStringLiteral("RAISE\\s*\\(\\s*ABORT\\s*,\\s*'([^']*)'"));
    while (q.next()) {
        const QString sql = q.value(0).toString().simplified();
        const QString head = sql.left(sql.indexOf(QLatin1String(" BEGIN"), 0, Qt::CaseInsensitive));
        if (!head.contains(QStringLiteral("BEFORE %1 ON").arg(operation), Qt::CaseInsensitive)
            || head.contains(QLatin1String(" WHEN "), Qt::CaseInsensitive))
            continue;
        const auto match = raise.match(sql);
        if (match.hasMatch())
            messages.append(match.captured(1));
    }
    return messages;
}

QStringList tablesOfKind(TableKind kind)
{
    QStringList tables;
    for (const QString &t : TableRegistry::declaredTables())
        if (TableRegistry::kind(t) == kind)
            tables.append(t);
    return tables;
}

// The columns of `table` each CHECK of its schema names (string literals
// left out), one list per CHECK; the key column is left out, since it never
// changes.
QList<QStringList> checkedColumns(const QSqlDatabase &db, const QString &table, const QString &key)
{
    QStringList columns;
    QSqlQuery info(db);
    info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(core::sync::quoteIdentifier(table)));
    while (info.next())
        if (info.value(1).toString() != key)
            columns.append(info.value(1).toString());
    auto sql = core::queryValue(
        db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), { table });
    QString text = sql ? sql->toString() : QString();
    text.remove(QRegularExpression(QStringLiteral("'[^']*'")));
    QList<QStringList> checks;
    const QRegularExpression checkStart(QStringLiteral("\\bCHECK\\s*\\("), QRegularExpression::CaseInsensitiveOption);
    for (auto it = checkStart.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        int depth = 1;
        qsizetype end = match.capturedEnd();
        for (; end < text.size() && depth > 0; ++end)
            depth += text.at(end) == QLatin1Char('(') ? 1 : text.at(end) == QLatin1Char(')') ? -1 : 0;
        const QString expression = text.mid(match.capturedEnd(), end - match.capturedEnd());
        QStringList named;
        for (const QString &c : columns)
            if (expression.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(c))))
                named.append(c);
        checks.append(named);
    }
    return checks;
}

} // namespace

class TestTableDeclarations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTableIsDeclaredOrLocalWithAReason();
    void theTablesTheIssueFoundAreDeclaredForWhatTheyAre();
    void ledgerRefusesUpdateAndDelete_data();
    void ledgerRefusesUpdateAndDelete();
    void mutableTableLogsItsUpdates_data();
    void mutableTableLogsItsUpdates();
    void setMembersHaveTheIdsOfTheirKey_data();
    void setMembersHaveTheIdsOfTheirKey();
    void columnsTiedByACheckMergeTogether_data();
    void columnsTiedByACheckMergeTogether();
    void everyMergedColumnHasATitle_data();
    void everyMergedColumnHasATitle();
    void columnTitlesPreferTheTablesAndFallBackToTheName();

private:
    QTemporaryDir m_dir;
    std::optional<core::DbConnection> m_connection;
    QSqlDatabase db() const { return m_connection->db(); }
};

void TestTableDeclarations::initTestCase()
{
    ::declareSyncTables(); // as at start
    const QString path = copyOfDemoDatabase(m_dir);
    QVERIFY(!path.isEmpty());
    auto connection = core::openDatabase(path);
    QVERIFY(connection);
    m_connection.emplace(std::move(*connection));
}

void TestTableDeclarations::everyTableIsDeclaredOrLocalWithAReason()
{
    int synced = 0;
    for (const QString &table : schemaTables(db())) {
        if (TableRegistry::isBookkeeping(table))
            continue; // the sync engine's own: local_config, change_log, sync_*...
        QVERIFY2(TableRegistry::isDeclared(table),
            qPrintable(QStringLiteral("%1 is not declared: a ledger, mutable, a set, or local with its reason "
                                      "(declareSyncTables() of its module)")
                           .arg(table)));
        const bool logged = hasTrigger(db(), table + QStringLiteral("_log_insert"));
        if (TableRegistry::kind(table) == TableKind::LocalOnly) {
            QVERIFY2(!TableRegistry::localReason(table).isEmpty(),
                qPrintable(QStringLiteral("%1 is kept local without a reason").arg(table)));
            continue;
        }
        QVERIFY2(logged, qPrintable(QStringLiteral("%1 is declared synced but has no change-log triggers").arg(table)));
        ++synced;
    }
    QVERIFY(synced > 50);
    // Declarations of tables that do not exist are stale.
    const QStringList tables = schemaTables(db());
    for (const QString &declared : TableRegistry::declaredTables())
        QVERIFY2(tables.contains(declared), qPrintable(declared + QStringLiteral(" is declared but not in the schema")));
}

void TestTableDeclarations::theTablesTheIssueFoundAreDeclaredForWhatTheyAre()
{
    // issue 15: a batch is updated as it runs; an assistant's offer is a set.
    QCOMPARE(TableRegistry::kind(QStringLiteral("attestato_batch")), TableKind::Mutable);
    QCOMPARE(TableRegistry::kind(QStringLiteral("tutoring_availability")), TableKind::SetMember);
    QCOMPARE(TableRegistry::kind(QStringLiteral("tutoring_assistant_subject")), TableKind::SetMember);
    // The conflict log travels.
    QCOMPARE(TableRegistry::kind(QStringLiteral("merge_conflict")), TableKind::Ledger);
    QCOMPARE(TableRegistry::kind(QStringLiteral("merge_conflict_review")), TableKind::Ledger);
    auto schema = core::sync::SyncSchema::read(db());
    QVERIFY(schema);
    QVERIFY(schema->contains(QStringLiteral("merge_conflict")));
    QVERIFY(schema->contains(QStringLiteral("merge_conflict_review")));
}

void TestTableDeclarations::ledgerRefusesUpdateAndDelete_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &t : tablesOfKind(TableKind::Ledger))
        QTest::newRow(qPrintable(t)) << t;
}

void TestTableDeclarations::ledgerRefusesUpdateAndDelete()
{
    QFETCH(QString, table);
    const QStringList onUpdate = triggerRefusals(db(), table, QStringLiteral("UPDATE"));
    const QStringList onDelete = triggerRefusals(db(), table, QStringLiteral("DELETE"));
    QVERIFY2(!onUpdate.isEmpty(), qPrintable(table + QStringLiteral(" is a ledger with no trigger refusing UPDATE")));
    QVERIFY2(!onDelete.isEmpty(), qPrintable(table + QStringLiteral(" is a ledger with no trigger refusing DELETE")));
    const QString key = keyOf(db(), table);
    const QList<qint64> rows = someRows(db(), table, key, 1);
    if (rows.isEmpty())
        return; // no row in the demo to try it on: the triggers above are the proof
    const QString name = core::sync::quoteIdentifier(table);
    const QString column = core::sync::quoteIdentifier(key);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SAVEPOINT ledger_try")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE %1 SET %2 = %2 WHERE %2 = %3").arg(name, column).arg(rows.first())));
    QVERIFY2(onUpdate.contains(q.lastError().databaseText()), qPrintable(q.lastError().databaseText()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = %3").arg(name, column).arg(rows.first())));
    QVERIFY2(onDelete.contains(q.lastError().databaseText()), qPrintable(q.lastError().databaseText()));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK TO ledger_try")));
    QVERIFY(q.exec(QStringLiteral("RELEASE ledger_try")));
}

void TestTableDeclarations::mutableTableLogsItsUpdates_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &t : tablesOfKind(TableKind::Mutable) + tablesOfKind(TableKind::SetMember))
        QTest::newRow(qPrintable(t)) << t;
}

void TestTableDeclarations::mutableTableLogsItsUpdates()
{
    QFETCH(QString, table);
    QVERIFY2(hasTrigger(db(), table + QStringLiteral("_log_update")), qPrintable(table));
    QVERIFY2(triggerRefusals(db(), table, QStringLiteral("UPDATE")).isEmpty(),
        qPrintable(table + QStringLiteral(" refuses every UPDATE: it is a ledger")));
    // An update trigger that names the columns a statement changed
    // (field-level merge, migration 0018) names every column: one it left
    // out would never travel. (One that names none merges the row whole.)
    auto trigger = core::queryValue(db(),
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
        { table + QStringLiteral("_log_update") });
    QVERIFY(trigger);
    // A table edited in place merges field by field (issue 15): its trigger
    // must say which columns changed. (Set members are only inserted and
    // removed: theirs may merge the row whole.)
    if (core::sync::TableRegistry::kind(table) == TableKind::Mutable)
        QVERIFY2(trigger->toString().contains(QLatin1String("changed_columns")),
            qPrintable(QStringLiteral("%1_log_update does not name the columns it changed: its rows would merge "
                                      "whole. Make it with scripts/gen_triggers.py --db")
                           .arg(table)));
    if (trigger->toString().contains(QLatin1String("changed_columns"))) {
        QSqlQuery columns(db());
        QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(core::sync::quoteIdentifier(table))));
        while (columns.next()) {
            const QString c = columns.value(1).toString();
            QVERIFY2(trigger->toString().contains(QStringLiteral("OLD.\"%1\" IS NOT NEW.\"%1\"").arg(c)),
                qPrintable(QStringLiteral("%1_log_update does not name the column %2: make it again with "
                                          "scripts/gen_triggers.py")
                               .arg(table, c)));
        }
    }
    const QString key = keyOf(db(), table);
    // The newest rows first: the oldest are often locked (delivered, closed).
    const QList<qint64> rows = someRows(db(), table, key, 300);
    if (rows.isEmpty())
        return; // no row in the demo: the trigger above is the proof
    const QString name = core::sync::quoteIdentifier(table);
    const QString column = core::sync::quoteIdentifier(key);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SAVEPOINT mutable_try")));
    bool updated = false;
    for (qint64 row : rows) {
        // A row may be locked by a rule (a delivered delivery): try another.
        if (!q.exec(QStringLiteral("UPDATE %1 SET %2 = %2 WHERE %2 = %3").arg(name, column).arg(row)))
            continue;
        auto logged = core::queryValue(db(),
            QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = ? AND row_id = ? AND operation = 'U' "
                           "AND seq = (SELECT max(seq) FROM change_log)"),
            { table, row });
        QVERIFY(logged);
        QVERIFY2(logged->toInt() == 1, qPrintable(table + QStringLiteral(": an update left no change-log entry")));
        updated = true;
        break;
    }
    QVERIFY(q.exec(QStringLiteral("ROLLBACK TO mutable_try")));
    QVERIFY(q.exec(QStringLiteral("RELEASE mutable_try")));
    QVERIFY2(updated, qPrintable(table + QStringLiteral(": none of its rows can be updated")));
}

void TestTableDeclarations::setMembersHaveTheIdsOfTheirKey_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &t : tablesOfKind(TableKind::SetMember))
        QTest::newRow(qPrintable(t)) << t;
}

void TestTableDeclarations::setMembersHaveTheIdsOfTheirKey()
{
    QFETCH(QString, table);
    const QStringList key = TableRegistry::setKey(table);
    QVERIFY(!key.isEmpty());
    // A UNIQUE index holds exactly the key.
    auto unique = core::queryValue(db(),
        QStringLiteral("SELECT count(*) FROM pragma_index_list(?) l WHERE l.\"unique\" = 1 AND "
                       "(SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(l.name) "
                       "ORDER BY seqno)) = ?"),
        { table, key.join(QLatin1Char(',')) });
    QVERIFY(unique);
    QVERIFY2(unique->toInt() == 1, qPrintable(table + QStringLiteral(" has no UNIQUE index on its set key")));
    // The demo's members were written by the program: their ids are made
    // from their key, the same on every workstation.
    QStringList columns;
    for (const QString &c : key)
        columns.append(core::sync::quoteIdentifier(c));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id, %1 FROM %2")
                       .arg(columns.join(QStringLiteral(", ")), core::sync::quoteIdentifier(table))));
    int rows = 0;
    while (q.next()) {
        QVariantList values;
        for (int i = 0; i < key.size(); ++i)
            values.append(q.value(i + 1));
        QCOMPARE(q.value(0).toLongLong(), core::keyedRowId(table, values));
        ++rows;
    }
    QVERIFY2(rows > 0, qPrintable(table + QStringLiteral(": the demo has no members to check")));
}

void TestTableDeclarations::columnsTiedByACheckMergeTogether_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &t : tablesOfKind(TableKind::Mutable))
        QTest::newRow(qPrintable(t)) << t;
}

// A row edited in place merges field by field (issue 15); columns that one
// CHECK ties together (a state and its date, a pair of dates) must merge as
// one group (TableRegistry::declareMergedTogether), or two edits made apart
// could merge into a row the CHECK refuses, which would then wait on hold
// for ever on one workstation only.
void TestTableDeclarations::columnsTiedByACheckMergeTogether()
{
    QFETCH(QString, table);
    const QList<QStringList> groups = TableRegistry::mergedTogether(table);
    for (const QStringList &named : checkedColumns(db(), table, keyOf(db(), table))) {
        if (named.size() < 2)
            continue;
        const bool together = std::any_of(groups.cbegin(), groups.cend(), [&](const QStringList &group) {
            return std::all_of(named.cbegin(), named.cend(), [&](const QString &c) { return group.contains(c); });
        });
        QVERIFY2(together,
            qPrintable(QStringLiteral("%1: a CHECK ties %2, which are not declared to merge together")
                           .arg(table, named.join(QStringLiteral(", ")))));
    }
}

void TestTableDeclarations::everyMergedColumnHasATitle_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &t : tablesOfKind(TableKind::Mutable))
        QTest::newRow(qPrintable(t)) << t;
}

void TestTableDeclarations::everyMergedColumnHasATitle()
{
    // The conflict dialog's "Field" column (and `cisiamo sync conflicts`)
    // names each column a merge lost; a stored name (birth_date) is English
    // in the Italian window.
    QFETCH(QString, table);
    const QString key = keyOf(db(), table);
    QVERIFY(!key.isEmpty());
    QStringList missing;
    QSqlQuery info(db());
    QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(core::sync::quoteIdentifier(table))));
    while (info.next()) {
        const QString column = info.value(1).toString();
        if (column != key && !TableRegistry::hasColumnTitle(table, column))
            missing.append(column);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1: no title for %2. Declare it beside the table's title "
                                  "(TableRegistry::declareColumnTitles in its module's declareSyncTables(), or "
                                  "app/columntitles.cpp for a column common to every table)")
                       .arg(table, missing.join(QStringLiteral(", ")))));
}

void TestTableDeclarations::columnTitlesPreferTheTablesAndFallBackToTheName()
{
    // The table's own title before the common one; an unknown column reads
    // as stored (the tests run without translations: English).
    QCOMPARE(TableRegistry::columnTitle(QStringLiteral("volunteer"), QStringLiteral("birth_date")),
        QStringLiteral("Date of birth"));
    QCOMPARE(TableRegistry::columnTitle(QStringLiteral("volunteer"), QStringLiteral("phone")), QStringLiteral("Phone"));
    QCOMPARE(TableRegistry::columnTitle(QStringLiteral("volunteer_qualification"), QStringLiteral("name")),
        QStringLiteral("Qualification"));
    QCOMPARE(TableRegistry::columnTitle(QStringLiteral("organisation"), QStringLiteral("name")), QStringLiteral("Name"));
    QCOMPARE(TableRegistry::columnTitle(QStringLiteral("volunteer"), QStringLiteral("no_such_column")),
        QStringLiteral("no_such_column"));
    QVERIFY(!TableRegistry::hasColumnTitle(QStringLiteral("no_such_table"), QStringLiteral("no_such_column")));
}

QTEST_MAIN(TestTableDeclarations)
#include "tst_tabledeclarations.moc"
