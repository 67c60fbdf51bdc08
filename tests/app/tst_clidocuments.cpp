// Documents printed from the command line carry no technical strings: the
// signed-in person's full name (never "cli:…" or the user name), the
// movements' references as the operator knows them (the DDT number, not a
// row id), the audit log in words, and attestati that say when the art. 39
// reimbursement window has closed.

#include "support/demodatabase.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include "core/domain/csv.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runSignedIn;

class TestCliDocuments : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void printedByThePerson_data();
    void printedByThePerson();
    void movementsNameTheDeliveryNote();
    void auditInWords();
    void attestatiSayTheWindowClosed();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

namespace {
const QString person = QStringLiteral("Carla Coordinatrice (demo)");
const QRegularExpression rowIdDigits(QStringLiteral("\\b\\d{12,}\\b"));
} // namespace

void TestCliDocuments::initTestCase()
{
    m_db = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_db.isEmpty());
}

void TestCliDocuments::printedByThePerson_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString from = testsupport::testToday().addDays(-30).toString(Qt::ISODate);
    const QString to = testsupport::testToday().toString(Qt::ISODate);
    QTest::newRow("stock-movements") << QStringList { "report", "stock-movements", "--from", "2020-10-08", "--to", "2020-10-16" };
    QTest::newRow("audit") << QStringList { "report", "audit", "--from", from, "--to", to };
    QTest::newRow("audit-events") << QStringList { "report", "audit-events", "--from", from, "--to", to };
    QTest::newRow("attestati-issued") << QStringList { "report", "attestati-issued", "--from", "2020-01-01", "--to", to };
    QTest::newRow("stock-by-category") << QStringList { "report", "stock-by-category" };
}

void TestCliDocuments::printedByThePerson()
{
    QFETCH(QStringList, arguments);
    const auto r = runSignedIn(QStringList { "--db", m_db } + arguments + QStringList { "--format", "html" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString html = QString::fromUtf8(r.out);
    QVERIFY2(html.contains(QStringLiteral("da %1").arg(person).toHtmlEscaped()), qPrintable(html.left(3000)));
    QVERIFY(!html.contains(QStringLiteral("cli:")));
    QVERIFY(!html.contains(QStringLiteral("da coordinatrice")));
}

void TestCliDocuments::movementsNameTheDeliveryNote()
{
    // October 2020: the first deliveries of the food bank to the COCs.
    const auto r = runSignedIn({ "--db", m_db, "report", "stock-movements", "--from", "2020-10-08", "--to", "2020-10-16",
        "--format", "csv" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto csv = core::parseCsv(r.out);
    QVERIFY(csv.ok());
    const qsizetype reference = csv->header.indexOf(QStringLiteral("reference"));
    const qsizetype who = csv->header.indexOf(QStringLiteral("operator"));
    QVERIFY(reference >= 0 && who >= 0);
    int notes = 0;
    for (const core::CsvRecord &record : csv->records) {
        const QString ref = record.fields.value(reference);
        QVERIFY2(!rowIdDigits.match(ref).hasMatch(), qPrintable(ref));
        // "DDT 2020/0001" ("delivery note" until the Italian is merged)
        notes += ref.contains(QRegularExpression(QStringLiteral("^(DDT|delivery note) 2020/\\d+$"))) ? 1 : 0;
        QVERIFY(record.fields.value(who) != QLatin1String("coordinatrice"));
    }
    QVERIFY2(notes > 0, r.out.left(2000).constData());
}

void TestCliDocuments::auditInWords()
{
    const QString today = testsupport::testToday().toString(Qt::ISODate);
    const auto events = runSignedIn({ "--db", m_db, "report", "audit-events", "--from", "2020-01-01", "--to", today,
        "--format", "html" });
    QVERIFY2(events.exitCode == 0, events.err.constData());
    const QString html = QString::fromUtf8(events.out);
    // In words on paper; the entry as recorded only in the CSV.
    QVERIFY(html.contains(QStringLiteral("primo amministratore"))
        || html.contains(QStringLiteral("first administrator of the database")));
    QVERIFY(!html.contains(QStringLiteral(">first administrator<")));
    QVERIFY(!html.contains(QStringLiteral("new data key")));
    QVERIFY(!html.contains(QStringLiteral("listening.personal.read")));
    const auto changes = runSignedIn({ "--db", m_db, "report", "audit", "--from", "2020-01-01", "--to", today,
        "--option", "table=stock_receipt", "--format", "html" });
    QVERIFY2(changes.exitCode == 0, changes.err.constData());
    const QString paper = QString::fromUtf8(changes.out);
    QVERIFY(paper.contains(QStringLiteral(">carico ")) || paper.contains(QStringLiteral(">receipt ")));
    QVERIFY(!paper.contains(QStringLiteral("stock_receipt")));
    QVERIFY2(!rowIdDigits.match(paper).hasMatch(), qPrintable(rowIdDigits.match(paper).captured()));
}

void TestCliDocuments::attestatiSayTheWindowClosed()
{
    // March 2020, issued "today" (2026): every window closed six years ago.
    const QString out = m_dir.filePath(QStringLiteral("attestati"));
    const auto r = runSignedIn({ "--db", m_db, "attestati", "--from", "2020-03-01", "--to", "2020-03-31", "--limit", "2",
        "--out", out });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Reimbursement window closed") || r.err.contains("Termine per il rimborso"),
        r.err.left(2000).constData());
    auto index = core::readCsvFile(QDir(out).filePath(QStringLiteral("indice_attestati.csv")));
    QVERIFY(index.ok());
    QCOMPARE(index->header.constLast(), QStringLiteral("reimbursement_closed"));
    QCOMPARE(index->records.size(), 2);
    for (const core::CsvRecord &record : index->records)
        QCOMPARE(record.fields.constLast(), QStringLiteral("1"));
    // Issued by the person, by name, in the register.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT issued_by, content FROM attestato WHERE number = '%1'")
                           .arg(index->records.first().fields.value(0))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), person);
        QVERIFY(q.value(1).toString().contains(person));
        QVERIFY(!q.value(1).toString().contains(QStringLiteral("cli:")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "tst_clidocuments.moc"
