#include "core/db/sqlsplitter.h"

#include <QTest>

class TestSqlSplitter : public QObject {
    Q_OBJECT
private slots:
    void splits_data();
    void splits();
};

void TestSqlSplitter::splits_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);")
                                    << QStringList{ "CREATE TABLE a(x)", "CREATE TABLE b(y)" };
    QTest::newRow("no final semicolon") << QStringLiteral("SELECT 1; SELECT 2")
                                        << QStringList{ "SELECT 1", "SELECT 2" };
    QTest::newRow("semicolon in single quotes") << QStringLiteral("INSERT INTO t VALUES ('a;b'); SELECT 1;")
                                                << QStringList{ "INSERT INTO t VALUES ('a;b')", "SELECT 1" };
    QTest::newRow("escaped quote") << QStringLiteral("INSERT INTO t VALUES ('it''s; fine'); SELECT 2;")
                                   << QStringList{ "INSERT INTO t VALUES ('it''s; fine')", "SELECT 2" };
    QTest::newRow("double-quoted identifier") << QStringLiteral("CREATE TABLE \"a;b\"(x); SELECT 3;")
                                              << QStringList{ "CREATE TABLE \"a;b\"(x)", "SELECT 3" };
    QTest::newRow("brackets and backticks") << QStringLiteral("SELECT [a;b], `c;d` FROM t; SELECT 4;")
                                            << QStringList{ "SELECT [a;b], `c;d` FROM t", "SELECT 4" };
    QTest::newRow("line comment with semicolon") << QStringLiteral("-- a; b\nSELECT 1; -- trailing; note\nSELECT 2;")
                                                 << QStringList{ "-- a; b\nSELECT 1", "-- trailing; note\nSELECT 2" };
    QTest::newRow("block comment with semicolon") << QStringLiteral("/* x; y */ SELECT 1; SELECT /* ; */ 2;")
                                                  << QStringList{ "/* x; y */ SELECT 1", "SELECT /* ; */ 2" };
    QTest::newRow("only comments") << QStringLiteral("-- nothing here;\n/* nor; here */")
                                   << QStringList{};
    QTest::newRow("empty statements") << QStringLiteral(";;  ; SELECT 1;;") << QStringList{ "SELECT 1" };
    QTest::newRow("trigger body")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET x = 2; END; SELECT 5;")
        << QStringList{ "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET x = 2; END",
                        "SELECT 5" };
    QTest::newRow("trigger with CASE ... END inside")
        << QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON a BEGIN\n"
                          "  UPDATE b SET v = CASE WHEN NEW.x > 0 THEN 'p;' ELSE 'n' END;\n"
                          "  INSERT INTO c SELECT CASE NEW.y WHEN 1 THEN 1 END;\n"
                          "END;\nSELECT 6;")
        << QStringList{ "CREATE TRIGGER t AFTER UPDATE ON a BEGIN\n"
                        "  UPDATE b SET v = CASE WHEN NEW.x > 0 THEN 'p;' ELSE 'n' END;\n"
                        "  INSERT INTO c SELECT CASE NEW.y WHEN 1 THEN 1 END;\n"
                        "END",
                        "SELECT 6" };
    QTest::newRow("temp trigger, lower case")
        << QStringLiteral("create temp trigger t before delete on a begin select 1; end; select 7;")
        << QStringList{ "create temp trigger t before delete on a begin select 1; end", "select 7" };
    QTest::newRow("BEGIN TRANSACTION is not a trigger")
        << QStringLiteral("BEGIN; INSERT INTO a VALUES (1); COMMIT;")
        << QStringList{ "BEGIN", "INSERT INTO a VALUES (1)", "COMMIT" };
    QTest::newRow("word containing END") << QStringLiteral("SELECT ending, append FROM t; SELECT 8;")
                                         << QStringList{ "SELECT ending, append FROM t", "SELECT 8" };
    QTest::newRow("unterminated quote keeps the rest") << QStringLiteral("SELECT 'abc; def")
                                                       << QStringList{ "SELECT 'abc; def" };
}

void TestSqlSplitter::splits()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(core::splitSqlStatements(script), statements);
}

QTEST_APPLESS_MAIN(TestSqlSplitter)
#include "tst_sqlsplitter.moc"
