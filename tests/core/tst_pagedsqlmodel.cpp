#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ui/pagedsqlmodel.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace core;

class TestPagedSqlModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void passesTheModelTester();
    void pagesReadForwardAndBackwardAgree();
    void sortsOnlyWhitelistedColumns();
    void filtersWithBoundValues();
    void refreshesWhenAWatchedTableChanges();
    void findsTheRowOfAKey();

private:
    PagedSqlModel *makeModel(QObject *parent);
    testsupport::TestDatabase *m_database = nullptr;
};

void TestPagedSqlModel::initTestCase()
{
    m_database = new testsupport::TestDatabase;
    QVERIFY(m_database->isValid());
}

PagedSqlModel *TestPagedSqlModel::makeModel(QObject *parent)
{
    auto *model = new PagedSqlModel(m_database->db(), parent);
    model->setSource("comune c", "c.id");
    model->setColumns({ { "c.istat_code", "Codice", ColumnKind::Text, 0, true },
                        { "c.name", "Nome", ColumnKind::Text, 0, true },
                        { "c.population", "Abitanti", ColumnKind::Integer, 0, false } });
    model->setPageSize(50);
    model->setLocale(QLocale(QLocale::Italian, QLocale::Italy));
    model->refresh();
    return model;
}

void TestPagedSqlModel::passesTheModelTester()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 7896);
    QCOMPARE(model->columnCount(), 3);
    model->sort(1, Qt::DescendingOrder);
    model->setFilter("c.province = ?", { "MI" });
    QCOMPARE(model->rowCount(), 133);
}

void TestPagedSqlModel::pagesReadForwardAndBackwardAgree()
{
    // The whole list read through the model (second half read backwards)
    // equals one plain query in the same order.
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->setDefaultSort(0, Qt::AscendingOrder);
    model->refresh();
    auto q = runQuery(m_database->db(), "SELECT istat_code FROM comune ORDER BY istat_code, id");
    QVERIFY(q.ok());
    int row = 0;
    while (q->next()) {
        QCOMPARE(model->data(model->index(row, 0)).toString(), q->value(0).toString());
        ++row;
    }
    QCOMPARE(row, model->rowCount());
    // Jumping straight to the end costs one query, not a scan of every page.
    const int before = model->queryCount();
    model->refresh();
    QCOMPARE(model->data(model->index(model->rowCount() - 1, 1)).toString(), QString("Villaspeciosa")); // highest ISTAT code
    QVERIFY(model->queryCount() - before <= 2); // count + one page
    QCOMPARE(model->data(model->index(0, 2)).toString(), QLocale(QLocale::Italian, QLocale::Italy).toString(model->data(model->index(0, 2), Qt::EditRole).toLongLong()));
}

void TestPagedSqlModel::sortsOnlyWhitelistedColumns()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->sort(1, Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), 1);
    const QString first = model->data(model->index(0, 1)).toString();
    model->sort(2, Qt::DescendingOrder); // population: not indexed, refused
    QCOMPARE(model->sortColumn(), 1);
    QCOMPARE(model->data(model->index(0, 1)).toString(), first);
    model->sort(1, Qt::DescendingOrder);
    QVERIFY(model->data(model->index(0, 1)).toString() > first);
}

void TestPagedSqlModel::filtersWithBoundValues()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    // A value that would break SQL built from strings is just a value.
    model->setFilter("c.name = ?", { "x' OR '1'='1" });
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->lastError().isEmpty());
    model->setFilter("c.name LIKE ?", { "Cassina%" });
    QCOMPARE(model->rowCount(), 4); // Cassina de' Pecchi, Cassina Rizzardi, Cassina Valsassina, Cassinasco
}

void TestPagedSqlModel::refreshesWhenAWatchedTableChanges()
{
    QObject owner;
    auto *model = new PagedSqlModel(m_database->db(), &owner);
    model->setSource("comune_cmm m JOIN comune c ON c.id = m.comune_id", "c.id");
    model->setColumns({ { "c.name", "Nome", ColumnKind::Text, 0, true } });
    model->setWatchedTables({ "comune_cmm" });
    model->setFilter("m.zona_omogenea = ?", { "Sud Est" });
    QCOMPARE(model->rowCount(), 0);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    Transaction tx(m_database->db());
    QVERIFY(runQuery(m_database->db(), "UPDATE comune_cmm SET zona_omogenea = 'Sud Est' WHERE comune_id IN (15171, 15192)").ok());
    QVERIFY(tx.commit().ok());
    QVERIFY(reset.count() >= 1);
    QCOMPARE(model->rowCount(), 2);
}

void TestPagedSqlModel::findsTheRowOfAKey()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->setFilter("c.province = ?", { "MI" });
    model->sort(1, Qt::AscendingOrder);
    const int row = model->rowOfKey(15146);
    QVERIFY(row > 0);
    QCOMPARE(model->data(model->index(row, 1)).toString(), QString("Milano"));
    QCOMPARE(model->keyAt(row).toInt(), 15146);
    QCOMPARE(model->rowOfKey(108027), -1); // Limbiate is not in MI
}

QTEST_MAIN(TestPagedSqlModel)
#include "tst_pagedsqlmodel.moc"
