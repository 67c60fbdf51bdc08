// core::setColumnWidth: a fixed width asked by a tab is kept when the
// header fits in it, raised to the header's own size hint when it does not
// (the cut "Scadenza revi…" at 1366 px), for a table and a tree, with the
// sort indicator shown; a view without a model gets the width asked.

#include "core/ui/columnwidths.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

class TestColumnWidths : public QObject {
    Q_OBJECT
private slots:
    void table_data();
    void table();
    void tree();
    void noModel();
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
#include "tst_columnwidths.moc"
