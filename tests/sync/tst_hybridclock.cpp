// The hybrid logical clock (core/sync/hybridclock.h) and the compact
// versions of a row's fields (core/sync/fieldversions.h): pure rules,
// data-driven, with the physical clock given by the test.

#include "core/sync/fieldversions.h"
#include "core/sync/hybridclock.h"

#include <QTest>

using core::sync::ChangedColumns;
using core::sync::FieldVersions;
using core::sync::HybridClock;
using core::sync::RowVersion;

using Stamps = QList<qint64>;

class TestHybridClock : public QObject {
    Q_OBJECT
private slots:
    void stampsNeverGoBack_data();
    void stampsNeverGoBack();
    void receiveIsBounded_data();
    void receiveIsBounded();
    void editAfterReceiptOrdersAfter();
    void versionOrder_data();
    void versionOrder();
    void fieldVersionsText_data();
    void fieldVersionsText();
    void localFieldVersions();
};

void TestHybridClock::stampsNeverGoBack_data()
{
    QTest::addColumn<Stamps>("physical");
    QTest::addColumn<Stamps>("expected");
    QTest::newRow("clock moving on") << Stamps { 100, 200, 300 } << Stamps { 100, 200, 300 };
    QTest::newRow("clock standing still") << Stamps { 100, 100, 100 } << Stamps { 100, 100, 100 };
    QTest::newRow("clock set back an hour") << Stamps { 3'600'000, 5'000, 3'600'001 }
                                            << Stamps { 3'600'000, 3'600'000, 3'600'001 };
    QTest::newRow("clock back, then past") << Stamps { 500, 100, 200, 900 } << Stamps { 500, 500, 500, 900 };
}

void TestHybridClock::stampsNeverGoBack()
{
    QFETCH(Stamps, physical);
    QFETCH(Stamps, expected);
    HybridClock clock;
    Stamps got;
    for (qint64 p : physical)
        got.append(clock.stamp(p));
    QCOMPARE(got, expected);
    for (int i = 1; i < got.size(); ++i)
        QVERIFY(got.at(i) >= got.at(i - 1));
}

void TestHybridClock::receiveIsBounded_data()
{
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("remote");
    QTest::addColumn<qint64>("physical");
    QTest::addColumn<qint64>("clock");
    QTest::addColumn<qint64>("ahead");
    const qint64 bound = HybridClock::maxAheadMs;
    const qint64 now = 1'773'136'800'000; // 10/03/2026 10:00 UTC
    QTest::newRow("remote behind: the clock stays") << now << now - 60'000 << now << now << qint64(0);
    QTest::newRow("remote a little ahead: 1 ms past it") << now << now + 90'000 << now << now + 90'001 << qint64(0);
    QTest::newRow("remote at the bound") << now << now + bound - 1 << now << now + bound << qint64(0);
    QTest::newRow("remote an hour ahead (this clock slow)") << now << now + 3'600'000 << now << now + 3'600'001
                                                            << qint64(0);
    QTest::newRow("remote 30 days ahead: not learnt, reported")
        << now << now + 30 * 86'400'000LL << now << now << 30 * 86'400'000LL;
    QTest::newRow("not learnt, never back") << now + 2 * bound << now + 30 * 86'400'000LL << now << now + 2 * bound
                                            << 30 * 86'400'000LL;
}

void TestHybridClock::receiveIsBounded()
{
    QFETCH(qint64, last);
    QFETCH(qint64, remote);
    QFETCH(qint64, physical);
    QFETCH(qint64, clock);
    QFETCH(qint64, ahead);
    HybridClock hlc(last);
    const HybridClock::Received r = hlc.receive(remote, physical);
    QCOMPARE(r.clock, clock);
    QCOMPARE(hlc.last(), clock);
    QCOMPARE(r.aheadMs, ahead);
    QCOMPARE(r.clamped(), ahead > 0);
}

// An edit made after receiving a change orders after it, even when this
// computer's clock is an hour slow.
void TestHybridClock::editAfterReceiptOrdersAfter()
{
    const qint64 remote = 1'773'136'800'000;
    HybridClock slow;
    slow.stamp(remote - 3'600'000);
    slow.receive(remote, remote - 3'600'000);
    const RowVersion received { remote, 3 };
    const RowVersion edited { slow.stamp(remote - 3'600'000 + 5), 1 };
    QVERIFY(edited > received);
}

void TestHybridClock::versionOrder_data()
{
    QTest::addColumn<qint64>("aAt");
    QTest::addColumn<int>("aWs");
    QTest::addColumn<qint64>("bAt");
    QTest::addColumn<int>("bWs");
    QTest::addColumn<bool>("aBeforeB");
    QTest::newRow("earlier time") << qint64(100) << 9 << qint64(101) << 1 << true;
    QTest::newRow("same time: lower workstation first") << qint64(100) << 1 << qint64(100) << 2 << true;
    QTest::newRow("same time: higher workstation last") << qint64(100) << 2 << qint64(100) << 1 << false;
    QTest::newRow("equal") << qint64(100) << 2 << qint64(100) << 2 << false;
}

void TestHybridClock::versionOrder()
{
    QFETCH(qint64, aAt);
    QFETCH(int, aWs);
    QFETCH(qint64, bAt);
    QFETCH(int, bWs);
    QFETCH(bool, aBeforeB);
    const RowVersion a { aAt, aWs };
    const RowVersion b { bAt, bWs };
    QCOMPARE(a < b, aBeforeB);
    QCOMPARE(b > a, aBeforeB);
}

void TestHybridClock::fieldVersionsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QString>("again"); // toText of what was read
    QTest::newRow("empty: whole") << QString() << true << QString();
    QTest::newRow("floor only") << QStringLiteral("100:1") << false << QStringLiteral("100:1");
    QTest::newRow("floor and columns") << QStringLiteral("100:1;phone=200:2;email=150:3") << false
                                       << QStringLiteral("100:1;email=150:3;phone=200:2");
    QTest::newRow("garbage: whole") << QStringLiteral("abc") << true << QString();
    QTest::newRow("bad column: whole") << QStringLiteral("100:1;phone") << true << QString();
    QTest::newRow("negative workstation: whole") << QStringLiteral("100:-1") << true << QString();
}

void TestHybridClock::fieldVersionsText()
{
    QFETCH(QString, text);
    QFETCH(bool, whole);
    QFETCH(QString, again);
    const FieldVersions f = FieldVersions::fromText(text);
    QCOMPARE(f.isWhole(), whole);
    QCOMPARE(f.toText(), again);
    QCOMPARE(FieldVersions::fromText(f.toText()), f);
}

void TestHybridClock::localFieldVersions()
{
    const QStringList columns { QStringLiteral("id"), QStringLiteral("phone"), QStringLiteral("email"),
        QStringLiteral("name") };
    const RowVersion inserted { 100, 1 };
    const RowVersion edited { 200, 2 };
    // An update of the phone after a whole row: only the phone moves.
    ChangedColumns phone;
    phone.add(QStringLiteral("phone,"), QLatin1Char('U'));
    FieldVersions f = core::sync::localFieldVersions(columns, {}, inserted, phone, edited);
    QVERIFY(!f.isWhole());
    QCOMPARE(f.of(QStringLiteral("phone"), edited), edited);
    QCOMPARE(f.of(QStringLiteral("email"), edited), inserted);
    QCOMPARE(f.of(QStringLiteral("name"), edited), inserted);
    // Then the email elsewhere: the phone keeps its version.
    ChangedColumns email;
    email.add(QStringLiteral("email,"), QLatin1Char('U'));
    const RowVersion later { 300, 1 };
    f = core::sync::localFieldVersions(columns, f, edited, email, later);
    QCOMPARE(f.of(QStringLiteral("phone"), later), edited);
    QCOMPARE(f.of(QStringLiteral("email"), later), later);
    QCOMPARE(f.of(QStringLiteral("name"), later), inserted);
    // An insert, or a trigger that does not say: every column.
    ChangedColumns all;
    all.add(QStringLiteral("phone,"), QLatin1Char('U'));
    all.add(QStringLiteral("*"), QLatin1Char('U'));
    QVERIFY(core::sync::localFieldVersions(columns, f, later, all, { 400, 1 }).isWhole());
    ChangedColumns insert;
    insert.add(QString(), QLatin1Char('I'));
    QVERIFY(insert.all);
    // Every column at the row's version: whole.
    QHash<QString, RowVersion> same;
    for (const QString &c : columns)
        same.insert(c, edited);
    QVERIFY(FieldVersions::from(same, edited).isWhole());
}

QTEST_APPLESS_MAIN(TestHybridClock)
#include "tst_hybridclock.moc"
