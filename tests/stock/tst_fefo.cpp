#include "stock/domain/fefo.h"

#include <QTest>

using namespace stock;

Q_DECLARE_METATYPE(QList<LotCandidate>)
Q_DECLARE_METATYPE(PieceRounding)

namespace {

LotCandidate lot(qint64 id, qint64 available, const QString &expiry, const QString &received = QStringLiteral("2021-01-10"),
                 Unit unit = Unit::Grams, qint64 gramsPerPiece = 0)
{
    LotCandidate c;
    c.lotId = id;
    c.itemId = 1;
    c.available = available;
    c.expiry = QDate::fromString(expiry, Qt::ISODate);
    c.receivedOn = QDate::fromString(received, Qt::ISODate);
    c.unit = unit;
    c.gramsPerPiece = gramsPerPiece;
    return c;
}

QString picks(const FefoPlan &plan)
{
    QStringList parts;
    for (const LotPick &p : plan.picks)
        parts << QStringLiteral("%1:%2").arg(p.lot.lotId).arg(p.quantity);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestFefo : public QObject {
    Q_OBJECT
private slots:
    void planItem_data();
    void planItem();
    void planWeight_data();
    void planWeight();
    void expiryDayIsStillUsable();
};

void TestFefo::planItem_data()
{
    QTest::addColumn<QList<LotCandidate>>("lots");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("shortfall");
    const QString d = QStringLiteral("2021-03-01");
    Q_UNUSED(d);
    QTest::newRow("earliest expiry first") << QList<LotCandidate>{ lot(1, 10, "2021-06-01"), lot(2, 10, "2021-04-01") } << qint64(5)
                                           << QStringLiteral("2:5") << qint64(0);
    QTest::newRow("partial lots across expiries")
        << QList<LotCandidate>{ lot(1, 10, "2021-06-01"), lot(2, 4, "2021-04-01"), lot(3, 3, "2021-05-01") } << qint64(12)
        << QStringLiteral("2:4 3:3 1:5") << qint64(0);
    QTest::newRow("expired lots skipped") << QList<LotCandidate>{ lot(1, 10, "2021-02-27"), lot(2, 10, "2021-03-20") } << qint64(8)
                                          << QStringLiteral("2:8") << qint64(0);
    QTest::newRow("no expiry goes last") << QList<LotCandidate>{ lot(1, 10, QString()), lot(2, 10, "2030-01-01") } << qint64(15)
                                         << QStringLiteral("2:10 1:5") << qint64(0);
    QTest::newRow("tie on expiry: earlier receipt first")
        << QList<LotCandidate>{ lot(7, 10, "2021-04-01", "2021-02-01"), lot(8, 10, "2021-04-01", "2021-01-05") } << qint64(12)
        << QStringLiteral("8:10 7:2") << qint64(0);
    QTest::newRow("tie on expiry and receipt: lower lot id first")
        << QList<LotCandidate>{ lot(9, 10, "2021-04-01"), lot(3, 10, "2021-04-01") } << qint64(4) << QStringLiteral("3:4") << qint64(0);
    QTest::newRow("exactly everything") << QList<LotCandidate>{ lot(1, 3, "2021-04-01"), lot(2, 2, "2021-05-01") } << qint64(5)
                                        << QStringLiteral("1:3 2:2") << qint64(0);
    QTest::newRow("shortfall: nothing picked") << QList<LotCandidate>{ lot(1, 3, "2021-04-01"), lot(2, 10, "2021-01-01") } << qint64(5)
                                               << QString() << qint64(2);
    QTest::newRow("no lots") << QList<LotCandidate>{} << qint64(1) << QString() << qint64(1);
}

void TestFefo::planItem()
{
    QFETCH(QList<LotCandidate>, lots);
    QFETCH(qint64, quantity);
    QFETCH(QString, expected);
    QFETCH(qint64, shortfall);
    const FefoPlan plan = Fefo::planItem(lots, quantity, QDate(2021, 3, 1));
    QCOMPARE(picks(plan), expected);
    QCOMPARE(plan.shortfall, shortfall);
    if (shortfall == 0)
        QCOMPARE(plan.picked, quantity);
}

void TestFefo::planWeight_data()
{
    QTest::addColumn<QList<LotCandidate>>("lots");
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<PieceRounding>("rounding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("picked");
    QTest::addColumn<qint64>("shortfall");
    QTest::addColumn<qint64>("unfilled");
    const QList<LotCandidate> mixed{ lot(1, 10, "2021-04-01", "2021-01-10", Unit::Pieces, 1000),
                                     lot(2, 50000, "2021-05-01") };
    QTest::newRow("weight lots give grams") << QList<LotCandidate>{ lot(2, 50000, "2021-05-01") } << qint64(12500) << PieceRounding::Up
                                            << QStringLiteral("2:12500") << qint64(12500) << qint64(0) << qint64(0);
    QTest::newRow("pieces first by expiry, rounded up") << mixed << qint64(2500) << PieceRounding::Up << QStringLiteral("1:3")
                                                        << qint64(3000) << qint64(0) << qint64(0);
    QTest::newRow("pieces rounded down, rest by weight") << mixed << qint64(2500) << PieceRounding::Down
                                                         << QStringLiteral("1:2 2:500") << qint64(2500) << qint64(0) << qint64(0);
    QTest::newRow("pieces used up, then weight") << mixed << qint64(15000) << PieceRounding::Up << QStringLiteral("1:10 2:5000")
                                                 << qint64(15000) << qint64(0) << qint64(0);
    QTest::newRow("down rounding leaves a remainder smaller than a piece")
        << QList<LotCandidate>{ lot(1, 10, "2021-04-01", "2021-01-10", Unit::Pieces, 1000) } << qint64(2500) << PieceRounding::Down
        << QStringLiteral("1:2") << qint64(2000) << qint64(0) << qint64(500);
    QTest::newRow("unknown piece weight cannot serve kg")
        << QList<LotCandidate>{ lot(1, 10, "2021-04-01", "2021-01-10", Unit::Pieces, 0) } << qint64(100) << PieceRounding::Up << QString()
        << qint64(0) << qint64(100) << qint64(0);
    QTest::newRow("shortfall in grams") << mixed << qint64(70000) << PieceRounding::Up << QString() << qint64(0) << qint64(10000)
                                        << qint64(0);
}

void TestFefo::planWeight()
{
    QFETCH(QList<LotCandidate>, lots);
    QFETCH(qint64, grams);
    QFETCH(PieceRounding, rounding);
    QFETCH(QString, expected);
    QFETCH(qint64, picked);
    QFETCH(qint64, shortfall);
    QFETCH(qint64, unfilled);
    const FefoPlan plan = Fefo::planWeight(lots, grams, QDate(2021, 3, 1), rounding);
    QCOMPARE(picks(plan), expected);
    QCOMPARE(plan.picked, picked);
    QCOMPARE(plan.shortfall, shortfall);
    QCOMPARE(plan.unfilledGrams, unfilled);
}

void TestFefo::expiryDayIsStillUsable()
{
    QVERIFY(!Fefo::isExpiredOn(QDate(2021, 3, 1), QDate(2021, 3, 1)));
    QVERIFY(Fefo::isExpiredOn(QDate(2021, 2, 28), QDate(2021, 3, 1)));
    QVERIFY(!Fefo::isExpiredOn(QDate(), QDate(2021, 3, 1)));
    const FefoPlan plan = Fefo::planItem({ lot(1, 5, "2021-03-01") }, 5, QDate(2021, 3, 1));
    QCOMPARE(plan.shortfall, qint64(0));
}

QTEST_APPLESS_MAIN(TestFefo)
#include "tst_fefo.moc"
