// The AscoltiAMO demo is the same at every build: two builds of the same
// seed and day give the same rows (the sealed fields aside: sealing is
// randomised on purpose), however long the build took. Its "now" is the
// instant CISIAMO_NOW starts the program at (CTest sets it), not the clock
// when the step runs, which moved with the speed of the steps before.

#include "core/db/demo.h"
#include "core/db/sql.h"
#include "core/demo/demoaccounts.h"
#include "listening/demo/listeningdemo.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include <QSqlRecord>
#include <QtTest>

using namespace listening;

class TestListeningDemo : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameRows();
    void requestsAreBeforeTheDemosNow();
};

namespace {

// Every listening table, row by row in id order, without the sealed
// (binary) fields.
QStringList listeningRows(const QSqlDatabase &db)
{
    QStringList rows;
    auto tables = core::runQuery(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'listening_%' ORDER BY name"));
    if (!tables)
        return { tables.error().code };
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    for (const QString &table : names) {
        auto q = core::runQuery(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        if (!q)
            return { q.error().code };
        while (q->next()) {
            QStringList values { table };
            const QSqlRecord record = q->record();
            for (int c = 0; c < record.count(); ++c)
                if (q->value(c).typeId() != QMetaType::QByteArray)
                    values.append(record.fieldName(c) + QLatin1Char('=') + q->value(c).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

QStringList buildListeningDemo(testsupport::TestDatabase &database)
{
    (void)core::runQuery(database.db(), QStringLiteral("PRAGMA synchronous = OFF"));
    core::DemoContext demo;
    demo.db = database.db();
    demo.today = testsupport::testToday(); // the clock's today: the demo's "now" is the start instant
    if (auto s = core::demoAccountsStep().run(demo); !s)
        return { s.error().code };
    if (auto s = listeningDemoStep().run(demo); !s)
        return { s.error().code };
    return listeningRows(database.db());
}

} // namespace

void TestListeningDemo::sameSeedSameRows()
{
    QCOMPARE(core::SystemClock::instance().today(), testsupport::testToday());
    testsupport::TestDatabase first, second;
    QVERIFY(first.isValid() && second.isValid());
    const QStringList a = buildListeningDemo(first);
    const QStringList b = buildListeningDemo(second);
    QVERIFY2(a.size() > 300, qPrintable(a.value(0)));
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(a.at(i), b.at(i));
}

void TestListeningDemo::requestsAreBeforeTheDemosNow()
{
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(buildListeningDemo(database).size() > 300);
    core::DemoContext context;
    context.today = testsupport::testToday();
    const QDateTime now = core::demoNow(context);
    QCOMPARE(now, testsupport::testNow());
    auto latest = core::queryValue(database.db(), QStringLiteral("SELECT max(received_at) FROM listening_request"));
    QVERIFY(latest.ok());
    QVERIFY(latest->toLongLong() <= now.toMSecsSinceEpoch());
    // The latest message came in less than a day before.
    QVERIFY(latest->toLongLong() > now.addDays(-1).toMSecsSinceEpoch());
    // Built for another day: that day's late afternoon.
    context.today = QDate(2021, 3, 19);
    QCOMPARE(core::demoNow(context), QDateTime(QDate(2021, 3, 19), QTime(17, 30)));
}

QTEST_MAIN(TestListeningDemo)
#include "tst_listeningdemo.moc"
