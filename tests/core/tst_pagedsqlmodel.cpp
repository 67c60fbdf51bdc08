#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ui/pagedsqlmodel.h"
#include "support/sqlprobe.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace core;

namespace {

constexpr int longWait = 30000; // only stops a hung test

// Waits until every read the model asked for has arrived.
bool waitIdle(const PagedSqlModel *model)
{
    return QTest::qWaitFor([model] { return model->isIdle(); }, longWait);
}

// The key of a row, waiting for its page (keyAt would read the row at once);
// invalid if the page never came, which the caller's comparison reports.
QVariant keyOf(const PagedSqlModel *model, int row)
{
    QVariantList values;
    (void)QTest::qWaitFor([&] { return !(values = model->loadedRowValues(row)).isEmpty(); }, longWait);
    return values.value(values.size() - 1);
}

} // namespace

class TestPagedSqlModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void passesTheModelTester();
    void readsOffTheGuiThread();
    void pagesReadForwardAndBackwardAgree();
    void keysetPagesEqualOffsetPages_data();
    void keysetPagesEqualOffsetPages();
    void staleResultsAreDropped();
    void sortsOnlyWhitelistedColumns();
    void filtersWithBoundValues();
    void refreshesWhenAWatchedTableChanges();
    void refreshKeepsTheRowsOnScreen();
    void findsTheRowOfAKey();
    void findsTheRowOfAKeyBeforeTheCountArrives();
    void locatesOnTheWorker();
    void locateForAnotherFilterOrSortIsDropped();
    void locateAfterARefreshIsAnswered();

private:
    PagedSqlModel *makeModel(QObject *parent);
    testsupport::TestDatabase *m_database = nullptr;
};

void TestPagedSqlModel::initTestCase()
{
    m_database = new testsupport::TestDatabase;
    QVERIFY(m_database->isValid());
    // Duplicate sort values and NULLs, both indexed: keyset pages must seek
    // by the sort value and the key, and step over the NULL range.
    const QSqlDatabase db = m_database->db();
    QVERIFY(runQuery(db, "CREATE TABLE paging_probe (id INTEGER PRIMARY KEY, word TEXT, amount INTEGER, tag TEXT NOT NULL)").ok());
    Transaction tx(db);
    for (int i = 1; i <= 700; ++i) {
        const QVariant word = i % 5 == 0 ? QVariant() : QVariant(QStringLiteral("w%1").arg(i % 23, 2, 10, QLatin1Char('0')));
        const QVariant amount = i % 7 == 0 ? QVariant() : QVariant(i % 11);
        QVERIFY(runQuery(db, "INSERT INTO paging_probe VALUES (?, ?, ?, ?)", { i * 3, word, amount, i % 2 ? "odd" : "even" }).ok());
    }
    QVERIFY(tx.commit().ok());
    QVERIFY(runQuery(db, "CREATE INDEX paging_probe_word ON paging_probe(word)").ok());
    QVERIFY(runQuery(db, "CREATE INDEX paging_probe_amount ON paging_probe(amount)").ok());
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
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 7896, longWait);
    QCOMPARE(model->columnCount(), 3);
    model->sort(1, Qt::DescendingOrder);
    QVERIFY(keyOf(model, 7000).isValid());
    model->setFilter("c.province = ?", { "MI" });
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 133, longWait);
    QVERIFY(waitIdle(model));
}

void TestPagedSqlModel::readsOffTheGuiThread()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    // Nothing is read while the caller waits: the count comes later.
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->data(model->index(0, 1)).toString(), QString());
    QVERIFY(waitIdle(model));
    QCOMPARE(model->rowCount(), 7896);
    QVERIFY(model->lastReadThread() != nullptr);
    QVERIFY(model->lastReadThread() != QThread::currentThreadId());
    // A row not read yet is a placeholder until its page arrives.
    QCOMPARE(model->data(model->index(4000, 1)).toString(), QString("…"));
    QVERIFY(model->data(model->index(4000, 1), Qt::ForegroundRole).isValid());
    QSignalSpy loaded(model, &PagedSqlModel::rowsLoaded);
    QVERIFY(keyOf(model, 4000).isValid());
    QVERIFY(model->lastReadThread() != QThread::currentThreadId());
    QVERIFY(loaded.count() >= 1);
    QVERIFY(model->data(model->index(4000, 1)).toString() != QString("…"));
}

void TestPagedSqlModel::pagesReadForwardAndBackwardAgree()
{
    // The whole list read through the model (second half read backwards)
    // equals one plain query in the same order.
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->setDefaultSort(0, Qt::AscendingOrder);
    model->refresh();
    QVERIFY(waitIdle(model));
    auto q = runQuery(m_database->db(), "SELECT id FROM comune ORDER BY istat_code, id");
    QVERIFY(q.ok());
    int row = 0;
    while (q->next()) {
        QCOMPARE(keyOf(model, row), q->value(0));
        ++row;
    }
    QCOMPARE(row, model->rowCount());
    // Jumping straight to the end costs one read, not a scan of every page.
    model->refresh();
    QVERIFY(waitIdle(model));
    const int before = model->queryCount();
    QVERIFY(keyOf(model, model->rowCount() - 1).isValid());
    QCOMPARE(model->data(model->index(model->rowCount() - 1, 1)).toString(), QString("Villaspeciosa")); // highest ISTAT code
    QCOMPARE(model->queryCount() - before, 1);
    QCOMPARE(model->data(model->index(0, 2)).toString(), QLocale(QLocale::Italian, QLocale::Italy).toString(model->data(model->index(0, 2), Qt::EditRole).toLongLong()));
}

void TestPagedSqlModel::keysetPagesEqualOffsetPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("where");
    QTest::newRow("key only") << -1 << int(Qt::AscendingOrder) << QString();
    QTest::newRow("key only, descending") << -1 << int(Qt::DescendingOrder) << QString();
    QTest::newRow("text with duplicates and NULLs") << 0 << int(Qt::AscendingOrder) << QString();
    QTest::newRow("text with duplicates and NULLs, descending") << 0 << int(Qt::DescendingOrder) << QString();
    QTest::newRow("integer with duplicates and NULLs") << 1 << int(Qt::AscendingOrder) << QString();
    QTest::newRow("integer with duplicates and NULLs, descending") << 1 << int(Qt::DescendingOrder) << QString();
    QTest::newRow("filtered") << 0 << int(Qt::DescendingOrder) << QString("p.tag = 'odd'");
}

void TestPagedSqlModel::keysetPagesEqualOffsetPages()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, where);
    const QList<PagedColumn> columns = { { "p.word", "word", ColumnKind::Text, 0, true },
                                         { "p.amount", "amount", ColumnKind::Integer, 0, true } };
    const QString sortExpression = column >= 0 ? columns.at(column).expression + (order == Qt::AscendingOrder ? " ASC, " : " DESC, ") : QString();
    const QString direction = order == Qt::AscendingOrder ? " ASC" : " DESC";
    // What OFFSET paging gave: the whole result in one plain query.
    QVariantList expected;
    auto q = runQuery(m_database->db(), "SELECT p.id FROM paging_probe p" + (where.isEmpty() ? QString() : " WHERE " + where)
                                            + " ORDER BY " + sortExpression + "p.id" + direction);
    QVERIFY(q.ok());
    while (q->next())
        expected.append(q->value(0));
    QVERIFY(expected.size() > 300);

    auto make = [&](QObject *owner) {
        auto *model = new PagedSqlModel(m_database->db(), owner);
        model->setSource("paging_probe p", "p.id");
        model->setColumns(columns);
        model->setPageSize(16);
        if (column >= 0)
            model->setDefaultSort(column, Qt::SortOrder(order));
        else if (order == Qt::DescendingOrder)
            model->setDefaultSort(-1, Qt::DescendingOrder); // refused: key only stays ascending
        model->setFilter(where);
        return model;
    };
    if (column < 0 && order == Qt::DescendingOrder) {
        // A model sorts on a column or on the key ascending: check that case.
        expected.clear();
        auto all = runQuery(m_database->db(), "SELECT id FROM paging_probe ORDER BY id");
        while (all->next())
            expected.append(all->value(0));
    }
    {
        QObject owner; // forwards: each page after the last row of the one before
        PagedSqlModel *model = make(&owner);
        QVERIFY(waitIdle(model));
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(keyOf(model, row), expected.at(row));
    }
    {
        QObject owner; // backwards from the end: each page before the first row of the one after
        PagedSqlModel *model = make(&owner);
        QVERIFY(waitIdle(model));
        for (int row = int(expected.size()) - 1; row >= 0; --row)
            QCOMPARE(keyOf(model, row), expected.at(row));
    }
    {
        QObject owner; // a jump to the middle, then both ways from there
        PagedSqlModel *model = make(&owner);
        QVERIFY(waitIdle(model));
        const int middle = int(expected.size()) / 2;
        QCOMPARE(keyOf(model, middle), expected.at(middle));
        for (int row = middle + 1; row < expected.size(); ++row)
            QCOMPARE(keyOf(model, row), expected.at(row));
        for (int row = middle - 1; row >= 0; --row)
            QCOMPARE(keyOf(model, row), expected.at(row));
        // rowOfKey and locate agree with the order, NULL sort values included.
        for (int row : { 0, 1, middle, int(expected.size()) - 1 }) {
            QCOMPARE(model->rowOfKey(expected.at(row)), row);
            int located = -2;
            model->locate(expected.at(row), [&](int r) { located = r; });
            QTRY_VERIFY_WITH_TIMEOUT(located != -2, longWait);
            QCOMPARE(located, row);
        }
    }
}

void TestPagedSqlModel::staleResultsAreDropped()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    QVERIFY(waitIdle(model));
    QList<int> seen; // the row counts the view was shown
    connect(model, &QAbstractItemModel::modelReset, model, [&] { seen.append(model->rowCount()); });
    connect(model, &QAbstractItemModel::rowsInserted, model, [&] { seen.append(model->rowCount()); });
    // Three filters in a row: only the last one's rows ever reach the view.
    model->setFilter("c.province = ?", { "CO" });
    model->setFilter("c.province = ?", { "LC" });
    model->setFilter("c.province = ?", { "MI" });
    QVERIFY(waitIdle(model));
    QCOMPARE(model->rowCount(), 133);
    QCOMPARE(seen, QList<int>({ 0, 0, 0, 133 }));
    // A sort while the first page is on its way: the page in the old order is dropped.
    model->sort(1, Qt::AscendingOrder);
    QVERIFY(model->loadedRowValues(0).isEmpty()); // asked for, in name order
    model->sort(1, Qt::DescendingOrder);
    QCOMPARE(model->data(model->index(0, 1)).toString(), QString("…"));
    QVERIFY(waitIdle(model));
    auto last = queryValue(m_database->db(), "SELECT id FROM comune WHERE province = 'MI' ORDER BY name DESC, id DESC LIMIT 1");
    QVERIFY(last.ok());
    QCOMPARE(keyOf(model, 0), *last);
}

void TestPagedSqlModel::sortsOnlyWhitelistedColumns()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->sort(1, Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), 1);
    QVERIFY(keyOf(model, 0).isValid());
    const QString first = model->data(model->index(0, 1)).toString();
    model->sort(2, Qt::DescendingOrder); // population: not indexed, refused
    QCOMPARE(model->sortColumn(), 1);
    QCOMPARE(model->data(model->index(0, 1)).toString(), first);
    model->sort(1, Qt::DescendingOrder);
    QVERIFY(keyOf(model, 0).isValid());
    QVERIFY(model->data(model->index(0, 1)).toString() > first);
}

void TestPagedSqlModel::filtersWithBoundValues()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    // A value that would break SQL built from strings is just a value.
    model->setFilter("c.name = ?", { "x' OR '1'='1" });
    QVERIFY(waitIdle(model));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->lastError().isEmpty());
    model->setFilter("c.name LIKE ?", { "Cassina%" });
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, longWait); // Cassina de' Pecchi, Cassina Rizzardi, Cassina Valsassina, Cassinasco
}

void TestPagedSqlModel::refreshesWhenAWatchedTableChanges()
{
    QObject owner;
    auto *model = new PagedSqlModel(m_database->db(), &owner);
    model->setSource("comune_cmm m JOIN comune c ON c.id = m.comune_id", "c.id");
    model->setColumns({ { "c.name", "Nome", ColumnKind::Text, 0, true } });
    model->setWatchedTables({ "comune_cmm" });
    model->setFilter("m.zona_omogenea = ?", { "Sud Est" });
    QVERIFY(waitIdle(model));
    QCOMPARE(model->rowCount(), 0);
    {
        Transaction tx(m_database->db());
        QVERIFY(runQuery(m_database->db(), "UPDATE comune_cmm SET zona_omogenea = 'Sud Est' WHERE comune_id IN (15171, 15192)").ok());
        QVERIFY(tx.commit().ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, longWait);
}

void TestPagedSqlModel::refreshKeepsTheRowsOnScreen()
{
    QObject owner;
    auto *model = new PagedSqlModel(m_database->db(), &owner);
    model->setSource("comune c", "c.id");
    model->setColumns({ { "c.name", "Nome", ColumnKind::Text, 0, true }, { "c.population", "Abitanti", ColumnKind::Integer } });
    model->setWatchedTables({ "comune" });
    model->setDefaultSort(0, Qt::AscendingOrder);
    model->setPageSize(50);
    model->refresh();
    QVERIFY(waitIdle(model));
    const int milano = model->rowOfKey(15146);
    QVERIFY(keyOf(model, 5000).isValid());
    QVERIFY(keyOf(model, milano).isValid());
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const qint64 population = model->data(model->index(milano, 1), Qt::EditRole).toLongLong();
    {
        Transaction tx(m_database->db());
        QVERIFY(runQuery(m_database->db(), "UPDATE comune SET population = population + 1 WHERE id = 15146").ok());
        QVERIFY(tx.commit().ok());
    }
    // The old rows stay on screen (no reset, no placeholder) until the new ones arrive.
    QCOMPARE(model->data(model->index(5000, 0)).toString() == QString("…"), false);
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(milano, 1), Qt::EditRole).toLongLong(), population + 1, longWait);
    QVERIFY(waitIdle(model));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->rowCount(), 7896);
}

void TestPagedSqlModel::findsTheRowOfAKey()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->setFilter("c.province = ?", { "MI" });
    model->sort(1, Qt::AscendingOrder);
    QVERIFY(waitIdle(model));
    const int row = model->rowOfKey(15146);
    QVERIFY(row > 0);
    QCOMPARE(model->data(model->index(row, 1)).toString(), QString("Milano"));
    QCOMPARE(model->keyAt(row).toInt(), 15146);
    QCOMPARE(model->rowOfKey(108027), -1); // Limbiate is not in MI
    QVERIFY(keyOf(model, row).isValid());
    // A row selected before it was painted (Ctrl+End): its key at once.
    auto last = queryValue(m_database->db(), "SELECT id FROM comune WHERE province = 'MI' ORDER BY name DESC, id DESC LIMIT 1");
    QVERIFY(model->loadedRowValues(132).isEmpty());
    QCOMPARE(model->keyAt(132), *last);
    QCOMPARE(model->data(model->index(row, 1)).toString(), QString("Milano"));
}

void TestPagedSqlModel::findsTheRowOfAKeyBeforeTheCountArrives()
{
    // A tab selects a record right after changing the filter: the row is
    // there at once, selectable, with its values.
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->setFilter("c.province = ?", { "MI" });
    model->sort(1, Qt::DescendingOrder);
    const int row = model->rowOfKey(15146);
    QVERIFY(row > 0);
    QCOMPARE(model->rowCount(), 133);
    QCOMPARE(model->keyAt(row).toInt(), 15146);
    QCOMPARE(model->data(model->index(row, 1)).toString(), QString("Milano"));
    QVERIFY(waitIdle(model));
    QCOMPARE(model->rowCount(), 133);
    QCOMPARE(keyOf(model, row).toInt(), 15146);
}

void TestPagedSqlModel::locatesOnTheWorker()
{
    // Right after a filter and a sort, as a tab selects a record: the row
    // comes later, found on the worker; the caller's connection runs nothing.
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    QVERIFY(waitIdle(model));
    QList<int> found;
    {
        testsupport::SqlProbe probe(m_database->db());
        QVERIFY(probe.isValid());
        model->setFilter("c.province = ?", { "MI" });
        model->sort(1, Qt::AscendingOrder);
        model->locate(15146, [&](int row) { found.append(row); });
        model->locate(108027, [&](int row) { found.append(row); }); // Limbiate is not in MI
        QVERIFY(model->isLocating());
        QVERIFY(found.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLocating(), longWait);
        QVERIFY(waitIdle(model));
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(1), -1);
    const int row = found.at(0);
    QVERIFY(row > 0);
    QVERIFY(model->lastReadThread() != QThread::currentThreadId());
    QCOMPARE(model->rowCount(), 133);
    // The row's values came with it: readable at once.
    QCOMPARE(model->data(model->index(row, 1)).toString(), QString("Milano"));
    QCOMPARE(model->rowOfKey(15146), row);
}

void TestPagedSqlModel::locateForAnotherFilterOrSortIsDropped()
{
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->setFilter("c.province = ?", { "MI" });
    QVERIFY(waitIdle(model));
    QList<int> found;
    // The person types on before the answer: it belonged to the old list.
    model->locate(15146, [&](int row) { found.append(row); });
    model->setFilter("c.province = ?", { "CO" });
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLocating(), longWait);
    QVERIFY(waitIdle(model));
    QVERIFY(found.isEmpty());
    QVERIFY(model->staleReplies() > 0);
    // The same for a sort changed meanwhile.
    model->locate(15146, [&](int row) { found.append(row); });
    model->sort(1, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLocating(), longWait);
    QVERIFY(waitIdle(model));
    QVERIFY(found.isEmpty());
    // Asked of the list shown, it is answered.
    model->locate(15146, [&](int row) { found.append(row); });
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, longWait);
    QCOMPARE(found.at(0), -1); // Milano is not in CO
}

void TestPagedSqlModel::locateAfterARefreshIsAnswered()
{
    // A save refreshes the list (same filter and sort) while the saved row
    // is being found: it is found in the new rows.
    QObject owner;
    PagedSqlModel *model = makeModel(&owner);
    model->setFilter("c.province = ?", { "MI" });
    model->sort(1, Qt::AscendingOrder);
    QVERIFY(waitIdle(model));
    const int expected = model->rowOfKey(15146);
    QList<int> found;
    model->locate(15146, [&](int row) { found.append(row); });
    model->refresh();
    model->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, longWait);
    QCOMPARE(found.at(0), expected);
    QVERIFY(waitIdle(model));
    QVERIFY(!model->isLocating());
}

QTEST_MAIN(TestPagedSqlModel)
#include "tst_pagedsqlmodel.moc"
