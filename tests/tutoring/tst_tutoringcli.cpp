// The ConosciAMO command line, through the real binary: the demo, the
// two agreed CSV reports, and `import` with dry run, errors and exit codes.

#include "support/demodatabase.h"
#include "support/permissionprobe.h"
#include "support/testdatabase.h"
#include "support/xlsxfromcsv.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runCisiamo;
using testsupport::runSignedIn;

class TestTutoringCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reportByComune();
    void reportSummary();
    void printedReports_data();
    void printedReports();
    void importPupilsAsPublished();
    void importErrorsExitOne();
    void importsWorkbooksAndRefusesOldExcel();
    void importBookingsOffersFreeSlots();
    void badUsage();
    void lessonCancelBookAndOutcome();
    void lessonBadInputWritesNothing_data();
    void lessonBadInputWritesNothing();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
    QStringList db() const { return { QStringLiteral("--db"), m_db }; }
    // One row of a query on the test's database (read-only), as text.
    QStringList row(const QString &sql) const
    {
        QStringList values;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            c.setDatabaseName(m_db);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    for (int i = 0; i < q.record().count(); ++i)
                        values.append(q.value(i).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return values;
    }
    QByteArray hash() const
    {
        QByteArray h;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hash"));
            c.setDatabaseName(m_db);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (c.open())
                h = testsupport::contentHash(c);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hash"));
        return h;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestTutoringCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_db.isEmpty());
}

void TestTutoringCli::reportByComune()
{
    const auto r = runSignedIn(db() + QStringList { "report", "tutoring-by-comune", "--format", "csv" });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("istat_code,comune,pupils_middle,pupils_high,hours_booked"));
    QCOMPARE(lines.size(), 27); // header + 26 comuni as published
    QVERIFY(r.out.contains("015078,Cisliano,3,0,33"));
    QVERIFY(r.out.contains("108027,Limbiate (MB),0,2,39"));
    QVERIFY(r.out.contains("018173,Vellezzo Bellini (PV),0,1,9"));
    int middle = 0, high = 0, hours = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).trimmed().split(',');
        middle += f.at(f.size() - 3).toInt();
        high += f.at(f.size() - 2).toInt();
        hours += f.at(f.size() - 1).toInt();
    }
    QCOMPARE(middle, 42);
    QCOMPARE(high, 31);
    QCOMPARE(hours, 905);
}

void TestTutoringCli::reportSummary()
{
    const auto r = runSignedIn(db() + QStringList { "report", "tutoring-summary" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        QByteArray("hours_booked,hours_booked_bes,hours_given,pupils,assistants,assistants_safety_done\r\n"
                   "1545,640,1063,89,111,58\r\n"));
    const auto feb
        = runSignedIn(db() + QStringList { "report", "tutoring-summary", "--from", "01/02/2021", "--to", "28/02/2021" });
    QCOMPARE(feb.exitCode, 0);
    QVERIFY(!feb.out.contains("1545,"));
}

void TestTutoringCli::printedReports_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : { "tutoring-by-comune", "tutoring-pcto", "tutoring-standins", "tutoring-safety-course",
             "tutoring-by-subject-week" })
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestTutoringCli::printedReports()
{
    QFETCH(QString, name);
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    const auto r = runSignedIn(db() + QStringList { "report", name, "--format", "pdf", "--out", pdf });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestTutoringCli::importPupilsAsPublished()
{
    const QString csv = write(QStringLiteral("pupils.csv"),
        "code,family_name,given_name,birth_year,school_order,class_year,comune,consent_on\n"
        "X1,Galli,Sofia,2008,media,2,Cislino,01/02/2021\n"
        "X2,Sala,Irene,2006,superiore,1,Limbiate (MB),01/02/2021\n"
        "X3,Riva,Pietro,2005,superiore,2,Vellezzo Bellini (PV),01/02/2021\n"
        "X4,Fabbri,Luca,2007,media,3,Lacchierella,01/02/2021\n");
    const auto dry = runSignedIn(db() + QStringList { "import", "pupils", csv, "--dry-run" });
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.contains("Cisliano"), dry.out.constData());
    QVERIFY(dry.out.contains("Lacchiarella"));
    QVERIFY(dry.out.contains("4")); // records checked
    const auto real = runSignedIn(db() + QStringList { "import", "pupils", csv });
    QVERIFY2(real.exitCode == 0, real.err.constData());
    // The same file once more is refused; with --again the same codes are
    // updated, not duplicated.
    const auto refused = runSignedIn(db() + QStringList { "import", "pupils", csv });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--again"), refused.err.constData());
    const auto again = runSignedIn(db() + QStringList { "import", "pupils", csv, "--again" });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("4 aggiornati") || again.out.contains("4 updated"));
}

void TestTutoringCli::importErrorsExitOne()
{
    const QString csv = write(QStringLiteral("bad.csv"),
        "cognome,nome,anno_nascita,ordine,classe,comune\n"
        "Galli,Sofia,2008,media,2,Cislino\n"
        "Sala,Irene,2006,superiore,3,Rodano\n"
        "Riva,Pietro,2005,superiore,2,Qwertyuiop\n");
    const auto r = runSignedIn(db() + QStringList { "import", "pupils", csv });
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("bad.csv")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("riga 3")) || err.contains(QStringLiteral("line 3")));
    QVERIFY(err.contains(QStringLiteral("riga 4")) || err.contains(QStringLiteral("line 4")));
    QVERIFY(err.contains(QStringLiteral("Qwertyuiop")));
    const auto missing
        = runSignedIn(db() + QStringList { "import", "pupils", m_dir.filePath(QStringLiteral("nope.csv")) });
    QCOMPARE(missing.exitCode, 1);
}

// The same bad lines in a workbook: the same rows named, exit 1; an old
// .xls and a workbook cut short are refused in Italian, nothing written.
void TestTutoringCli::importsWorkbooksAndRefusesOldExcel()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("bad.xlsx"));
    QVERIFY(testsupport::writeXlsxFromCsv(xlsx,
        "cognome,nome,anno_nascita,ordine,classe,comune\n"
        "Galli,Sofia,2008,media,2,Cislino\n"
        "Sala,Irene,2006,superiore,3,Rodano\n"
        "Riva,Pietro,2005,superiore,2,Qwertyuiop\n"));
    const auto r = runSignedIn(db() + QStringList { "import", "pupils", xlsx, "--dry-run" });
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("bad.xlsx")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("riga 3")) || err.contains(QStringLiteral("line 3")));
    QVERIFY(err.contains(QStringLiteral("riga 4")) || err.contains(QStringLiteral("line 4")));
    QVERIFY(err.contains(QStringLiteral("Qwertyuiop")));

    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.append(QByteArray(1024, '\0'));
    const QString xls = write(QStringLiteral("alunni.xls"), ole);
    const QByteArray before = hash();
    const auto old = runSignedIn(db() + QStringList { "import", "pupils", xls });
    QCOMPARE(old.exitCode, 1);
    QVERIFY2(old.err.contains("alunni.xls") && old.err.contains(".xlsx") && old.err.contains(".csv"), old.err.constData());
    QFile whole(xlsx);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString cut = write(QStringLiteral("cut.xlsx"), whole.readAll().left(300));
    const auto damaged = runSignedIn(db() + QStringList { "import", "pupils", cut });
    QCOMPARE(damaged.exitCode, 1);
    QCOMPARE(hash(), before);
}

void TestTutoringCli::importBookingsOffersFreeSlots()
{
    // The second hour of the same subject that day is refused, with the free slots.
    const QString csv = write(QStringLiteral("bookings.csv"),
        "pupil_code,subject,assistant_code,date,hour\n"
        "X1,Ambito generale,A001,08/04/2021,17\n"
        "X1,Ambito generale,A001,08/04/2021,16\n");
    const auto r = runSignedIn(db() + QStringList { "import", "bookings", csv, "--dry-run" });
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("riga 3")) || err.contains(QStringLiteral("line 3")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("09/04/2021")));
}

void TestTutoringCli::badUsage()
{
    QCOMPARE(runSignedIn(db() + QStringList { "import", "teachers", "x.csv" }).exitCode, 2);
    QCOMPARE(runSignedIn(db() + QStringList { "import", "pupils" }).exitCode, 2);
}

// A booked lesson of the demo still to come on 01/03/2021: cancelled with
// its reason, its slot booked again by codes, the outcome recorded once
// the lesson has taken place; a lesson with an outcome is not cancelled.
void TestTutoringCli::lessonCancelBookAndOutcome()
{
    const QHash<QString, QString> march { { QStringLiteral("CISIAMO_NOW"), QStringLiteral("2021-03-01T09:00:00") } };
    const QStringList lesson = row(QStringLiteral(
        "SELECT l.id, p.code, s.code, a.code, l.day, l.start_hour FROM tutoring_lesson l "
        "JOIN tutoring_pupil p ON p.id = l.pupil_id JOIN tutoring_subject s ON s.id = l.subject_id "
        "JOIN tutoring_assistant a ON a.id = l.assistant_id "
        "WHERE l.state = 'booked' AND l.channel = 'platform' AND l.day >= '2021-03-02' ORDER BY l.day, l.id LIMIT 1"));
    QCOMPARE(lesson.size(), 6);
    const auto cancel
        = runSignedIn(db() + QStringList { "lesson", "cancel", lesson.at(0), "--reason", "malattia" }, march);
    QVERIFY2(cancel.exitCode == 0, cancel.err.constData());
    QCOMPARE(row(QStringLiteral("SELECT state FROM tutoring_lesson WHERE id = %1").arg(lesson.at(0))),
        QStringList { "cancelled" });
    QCOMPARE(row(QStringLiteral("SELECT note FROM tutoring_outcome WHERE booking_id = %1").arg(lesson.at(0))),
        QStringList { "malattia" });

    const QString day = QDate::fromString(lesson.at(4), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
    const auto book = runSignedIn(db()
            + QStringList { "lesson", "book", "--pupil", lesson.at(1), "--subject", lesson.at(2), "--assistant",
                lesson.at(3), "--date", day, "--hour", lesson.at(5) + ":00" },
        march);
    QVERIFY2(book.exitCode == 0, book.err.constData());
    const QStringList booked = row(QStringLiteral("SELECT id, state FROM tutoring_lesson WHERE day = '%1' "
                                                  "AND start_hour = %2 AND id <> %3 AND pupil_id = "
                                                  "(SELECT pupil_id FROM tutoring_booking WHERE id = %3)")
                                       .arg(lesson.at(4), lesson.at(5), lesson.at(0)));
    QCOMPARE(booked.value(1), QStringLiteral("booked"));
    QVERIFY2(book.out.contains(booked.value(0).toUtf8()), book.out.constData());
    QCOMPARE(row(QStringLiteral("SELECT username, detail FROM audit_event WHERE kind = 'command' ORDER BY id DESC")),
        QStringList({ "coordinatrice", "tutoring.lesson.book " + booked.value(0) }));

    // Not yet: the lesson has not taken place on 01/03/2021.
    const QByteArray before = hash();
    const auto early = runSignedIn(db() + QStringList { "lesson", "outcome", booked.value(0), "--outcome", "given" }, march);
    QCOMPARE(early.exitCode, 1);
    QCOMPARE(hash(), before);
    const auto given = runSignedIn(db() + QStringList { "lesson", "outcome", booked.value(0), "--outcome", "given" });
    QVERIFY2(given.exitCode == 0, given.err.constData());
    QCOMPARE(row(QStringLiteral("SELECT state, taught_by FROM tutoring_lesson WHERE id = %1").arg(booked.value(0))),
        QStringList({ "given", "assistant" }));
    const QByteArray afterOutcome = hash();
    const auto late = runSignedIn(db() + QStringList { "lesson", "cancel", booked.value(0), "--reason", "errore" });
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(QString::fromUtf8(late.err).contains(QStringLiteral("ha già un esito")), late.err.constData());
    QCOMPARE(hash(), afterOutcome);
}

void TestTutoringCli::lessonBadInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no action") << QStringList { "lesson" } << 2;
    QTest::newRow("unknown action") << QStringList { "lesson", "move", "1" } << 2;
    QTest::newRow("book without the hour")
        << QStringList { "lesson", "book", "--pupil", "X", "--subject", "X", "--assistant", "X", "--date", "02/03/2021" }
        << 2;
    QTest::newRow("book at a bad hour") << QStringList { "lesson", "book", "--pupil", "X", "--subject", "X",
        "--assistant", "X", "--date", "02/03/2021", "--hour", "tre" } << 2;
    QTest::newRow("book on a bad date") << QStringList { "lesson", "book", "--pupil", "X", "--subject", "X",
        "--assistant", "X", "--date", "31/02/2021", "--hour", "15" } << 2;
    QTest::newRow("book an unknown pupil") << QStringList { "lesson", "book", "--pupil", "NESSUNO", "--subject",
        "Ambito generale", "--assistant", "A001", "--date", "02/03/2021", "--hour", "15" } << 1;
    QTest::newRow("outcome without a number") << QStringList { "lesson", "outcome", "x", "--outcome", "given" } << 2;
    QTest::newRow("outcome not understood") << QStringList { "lesson", "outcome", "1", "--outcome", "forse" } << 2;
    QTest::newRow("outcome of no lesson") << QStringList { "lesson", "outcome", "424242", "--outcome", "given" } << 1;
    QTest::newRow("tutor for an absence")
        << QStringList { "lesson", "outcome", "1", "--outcome", "absent", "--tutor", "T01" } << 2;
    QTest::newRow("cancel without a reason") << QStringList { "lesson", "cancel", "1" } << 2;
    QTest::newRow("cancel no lesson") << QStringList { "lesson", "cancel", "424242", "--reason", "x" } << 1;
}

void TestTutoringCli::lessonBadInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QByteArray before = hash();
    const auto r = runSignedIn(db() + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(hash(), before);
}

QTEST_GUILESS_MAIN(TestTutoringCli)
#include "tst_tutoringcli.moc"
