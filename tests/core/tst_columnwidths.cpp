// core::setColumnWidth: a fixed width asked by a tab is kept when the
// header fits in it, raised to the header's own size hint when it does not
// (the cut "Scadenza revi…" at 1366 px), for a table and a tree, with the
// sort indicator shown; a view without a model gets the width asked.

#include "core/ui/columnwidths.h"
#include "core/ui/sortarrowstyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestColumnWidths : public QObject {
    Q_OBJECT
private slots:
    void table_data();
    void table();
    void tree();
    void noModel();
    void sortArrowPointsTheWayTheListGoes_data();
    void sortArrowPointsTheWayTheListGoes();
};

void TestColumnWidths::table_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("asked");
    QTest::newRow("short header, width kept") << "Km" << 120;
    QTest::newRow("long header, width raised") << "Scadenza assicurazione" << 60;
    QTest::newRow("long header in a wide column") << "Scadenza revisione" << 400;
}

void TestColumnWidths::table()
{
    QFETCH(QString, header);
    QFETCH(int, asked);
    QStandardItemModel model(3, 2);
    model.setHorizontalHeaderLabels({ header, "Targa" });
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    const int hint = view.horizontalHeader()->sectionSizeHint(0);
    QCOMPARE(core::headerWidth(&view, 0), hint);
    core::setColumnWidth(&view, 0, asked);
    QCOMPARE(view.columnWidth(0), std::max(asked, hint));
    QVERIFY(view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(header));
}

void TestColumnWidths::tree()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({ "Scadenza assicurazione", "Km" });
    QTreeView view;
    view.setModel(&model);
    core::setColumnWidth(&view, 0, 30);
    QCOMPARE(view.columnWidth(0), view.header()->sectionSizeHint(0));
    QVERIFY(view.columnWidth(0) > 30);
}

void TestColumnWidths::noModel()
{
    QTableView view;
    QCOMPARE(core::headerWidth(&view, 0), 0);
    core::setColumnWidth(&view, 5, 80); // nothing to size: no crash
}

QTEST_MAIN(TestColumnWidths)
// The list's arrow: down when the newest (largest) is on top, up for A to Z,
// whichever way the base style draws it (Fusion on Linux draws the opposite).
void TestColumnWidths::sortArrowPointsTheWayTheListGoes_data()
{
    QTest::addColumn<QString>("base");
    QTest::newRow("Fusion") << "Fusion";
    QTest::newRow("Windows") << "Windows";
}

void TestColumnWidths::sortArrowPointsTheWayTheListGoes()
{
    QFETCH(QString, base);
    if (!QStyleFactory::keys().contains(base, Qt::CaseInsensitive))
        QSKIP("style not available");
    // The detector itself must tell the two arrows apart.
    const std::unique_ptr<QStyle> plain(QStyleFactory::create(base));
    QVERIFY(core::SortArrowStyle::headerArrowPointsDown(plain.get(), QStyleOptionHeader::SortUp)
            != core::SortArrowStyle::headerArrowPointsDown(plain.get(), QStyleOptionHeader::SortDown));

    // QHeaderView shows Qt::DescendingOrder as SortUp.
    core::SortArrowStyle style(QStyleFactory::create(base));
    QVERIFY(core::SortArrowStyle::headerArrowPointsDown(&style, QStyleOptionHeader::SortUp));
    QVERIFY(!core::SortArrowStyle::headerArrowPointsDown(&style, QStyleOptionHeader::SortDown));

    // And a real header sorted newest first asks for SortUp.
    struct Header : QHeaderView {
        using QHeaderView::initStyleOptionForIndex;
        using QHeaderView::QHeaderView;
    };
    QStandardItemModel model(2, 1);
    QTableView view;
    auto *header = new Header(Qt::Horizontal);
    view.setHorizontalHeader(header);
    view.setModel(&model);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(0, Qt::DescendingOrder);
    QStyleOptionHeader option;
    header->initStyleOptionForIndex(&option, 0);
    QCOMPARE(option.sortIndicator, QStyleOptionHeader::SortUp);
}

#include "tst_columnwidths.moc"
