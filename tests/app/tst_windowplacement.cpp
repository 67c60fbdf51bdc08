// Where the main window opens: a saved geometry is kept only when it lies
// wholly within the screen's available area; otherwise the preferred size,
// shrunk to fit, centred. A 1366×768 laptop must see the whole window,
// status bar and alarms included.

#include "windowplacement.h"

#include <QTest>

class TestWindowPlacement : public QObject {
    Q_OBJECT
private slots:
    void placement_data();
    void placement();
};

void TestWindowPlacement::placement_data()
{
    QTest::addColumn<QRect>("saved");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect laptop(0, 0, 1366, 728); // 1366×768 less a 40-pixel panel
    const QRect desk(0, 0, 1600, 1000);
    QTest::newRow("nothing saved, laptop: shrunk to the screen")
        << QRect() << laptop << QRect(3, 0, 1360, 728);
    QTest::newRow("nothing saved, large screen: preferred, centred")
        << QRect() << desk << QRect(120, 70, 1360, 860);
    QTest::newRow("saved inside: kept") << QRect(10, 20, 1000, 600) << laptop << QRect(10, 20, 1000, 600);
    QTest::newRow("saved on a larger screen: taller than the laptop")
        << QRect(0, 0, 1500, 950) << laptop << QRect(3, 0, 1360, 728);
    QTest::newRow("saved on a screen no longer attached (to the right)")
        << QRect(1700, 100, 800, 600) << desk << QRect(120, 70, 1360, 860);
    QTest::newRow("saved half off the bottom") << QRect(100, 500, 900, 400) << laptop << QRect(3, 0, 1360, 728);
    QTest::newRow("second screen at an offset: centred on it")
        << QRect() << QRect(1920, 0, 1366, 728) << QRect(1923, 0, 1360, 728);
    QTest::newRow("small screen: both sides shrink")
        << QRect() << QRect(0, 0, 1024, 700) << QRect(0, 0, 1024, 700);
}

void TestWindowPlacement::placement()
{
    QFETCH(QRect, saved);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    const QRect placed = placeMainWindow(saved, available, QSize(1360, 860));
    QCOMPARE(placed, expected);
    QVERIFY(available.contains(placed));
}

QTEST_GUILESS_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
