// What the window offers for a database it cannot use as it is
// (RecoveryPlan, no widgets), the background full check, and one look at
// the dialog itself, offscreen.
#include "appsettings.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "sync/backgroundcheck.h"
#include "sync/databaserecovery.h"
#include "sync/recoveryplan.h"

#include "support/damagedfile.h"
#include "support/testdatabase.h"

#include "core/db/backup.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/sync/syncexporter.h"
#include "stock/domain/stockcatalog.h"
#include "core/ui/appcontext.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Choice = RecoveryPlan::Choice;
using Situation = RecoveryPlan::Situation;

namespace {

core::sync::BackupFile aBackup()
{
    return { QStringLiteral("/data/backups/centro-auto-20260301-120000.sqlite"),
        QDateTime(QDate(2026, 3, 1), QTime(12, 0)), 1024 };
}

QString damagedCopy(const QString &dir, const QString &kind)
{
    testsupport::TestDatabase source;
    QSqlQuery(source.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    source.close();
    const QString path = dir + QStringLiteral("/db.sqlite");
    if (!QFile::copy(source.path(), path))
        return {};
    return kind.isEmpty() || testsupport::damageDatabaseFile(path, kind).isEmpty() ? path : QString();
}

} // namespace

Q_DECLARE_METATYPE(QList<RecoveryPlan::Choice>)

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void openErrors_data();
    void openErrors();
    void damagedFoundByACheck();
    void backgroundCheck_data();
    void backgroundCheck();
    void dialogShowsThePlan();
    void readOnlyWindowSaysSo();
    void restoreAtStartMovesPastTheSyncFolder();
};

void TestRecovery::openErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("backup");
    QTest::addColumn<int>("situation");
    QTest::addColumn<QList<Choice>>("choices");
    QTest::addColumn<int>("defaultChoice");
    const QList<Choice> restore { Choice::Restore, Choice::OpenAnother, Choice::Close };
    const QList<Choice> noRestore { Choice::OpenAnother, Choice::Close };
    QTest::newRow("empty file, backup") << "db.empty" << true << int(Situation::Damaged) << restore << int(Choice::Restore);
    QTest::newRow("damaged header, backup") << "db.corrupt" << true << int(Situation::Damaged) << restore << int(Choice::Restore);
    QTest::newRow("damaged, no backup") << "db.corrupt" << false << int(Situation::Damaged) << noRestore << int(Choice::Close);
    // A schema that is not what its version says: not written into, a backup offered.
    QTest::newRow("schema not its version's, backup") << "db.schema_mismatch" << true << int(Situation::Damaged) << restore << int(Choice::Restore);
    QTest::newRow("schema not its version's, no backup") << "db.schema_mismatch" << false << int(Situation::Damaged) << noRestore << int(Choice::Close);
    // Never a restore for a file that is not damaged.
    QTest::newRow("cannot open (read-only folder, locks)") << "db.cannot_open" << true << int(Situation::Unusable) << noRestore << int(Choice::Close);
    QTest::newRow("another program's file") << "db.not_sqlite" << true << int(Situation::Unusable) << noRestore << int(Choice::Close);
    QTest::newRow("newer schema") << "db.newer_schema" << true << int(Situation::Unusable) << noRestore << int(Choice::Close);
    // A missing file is created only by choice, and not by default.
    QTest::newRow("missing") << "db.missing" << true << int(Situation::Missing)
                             << QList<Choice> { Choice::JoinRoom, Choice::CreateEmpty, Choice::CreateDemo, Choice::OpenAnother, Choice::Close }
                             << int(Choice::OpenAnother);
}

void TestRecovery::openErrors()
{
    QFETCH(QString, code);
    QFETCH(bool, backup);
    QFETCH(int, situation);
    QFETCH(QList<Choice>, choices);
    QFETCH(int, defaultChoice);
    const QString path = QStringLiteral("/data/centro.sqlite");
    const auto plan = RecoveryPlan::forOpenError(path, core::Error(code, { path }), QStringLiteral("message"),
        backup ? std::optional(aBackup()) : std::nullopt);
    QCOMPARE(int(plan.situation), situation);
    QCOMPARE(plan.choices, choices);
    QCOMPARE(int(plan.defaultChoice), defaultChoice);
    QVERIFY(plan.text.contains(path) || plan.text == QLatin1String("message"));
    QCOMPARE(plan.backup.has_value(), plan.offers(Choice::Restore));
    // The problem is said once, in the text or under the details.
    QVERIFY2(!(plan.text.contains(QLatin1String("message")) && plan.details.contains(QLatin1String("message"))),
        qPrintable(code));
}

void TestRecovery::damagedFoundByACheck()
{
    const auto plan = RecoveryPlan::damaged(QStringLiteral("/data/centro.sqlite"), QStringLiteral("row 3 missing from index"),
        aBackup(), true);
    QCOMPARE(plan.choices, (QList<Choice> { Choice::Restore, Choice::ContinueAnyway, Choice::OpenAnother, Choice::Close }));
    QCOMPARE(plan.defaultChoice, Choice::Restore);
    QVERIFY(plan.details.contains(QStringLiteral("row 3")));
    QVERIFY(plan.informative.contains(QStringLiteral("01/03/2026 12:00")));
    // Found by the background check, the window already open: restore, or
    // go on for now; nothing else would do anything there.
    const auto open = RecoveryPlan::damagedWhileOpen(QStringLiteral("/data/centro.sqlite"), QStringLiteral("x"), aBackup());
    QCOMPARE(open.choices, (QList<Choice> { Choice::Restore, Choice::ContinueAnyway }));
    QCOMPARE(open.defaultChoice, Choice::Restore);
    const auto none = RecoveryPlan::damagedWhileOpen(QStringLiteral("/data/centro.sqlite"), QStringLiteral("x"), std::nullopt);
    QCOMPARE(none.choices, QList<Choice> { Choice::ContinueAnyway });
    QCOMPARE(none.defaultChoice, Choice::ContinueAnyway);
}

void TestRecovery::backgroundCheck_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("damaged");
    QTest::newRow("intact") << QString() << false;
    QTest::newRow("flipped byte in an index") << "index page" << true;
    QTest::newRow("damaged table page") << "table page" << true;
}

void TestRecovery::backgroundCheck()
{
    QFETCH(QString, kind);
    QFETCH(bool, damaged);
    QTemporaryDir dir;
    const QString path = damagedCopy(dir.path(), kind);
    QVERIFY(!path.isEmpty());
    BackgroundCheck check;
    QSignalSpy spy(&check, &BackgroundCheck::finished);
    check.start(path);
    QVERIFY(spy.wait(600000)); // a limit, not a measure
    QCOMPARE(spy.first().at(0).toString(), path);
    QCOMPARE(spy.first().at(1).toBool(), damaged);
    QCOMPARE(spy.first().at(2).toStringList().isEmpty(), !damaged);
}

void TestRecovery::dialogShowsThePlan()
{
    const auto plan = RecoveryPlan::damaged(QStringLiteral("/data/centro.sqlite"), QStringLiteral("problem"), aBackup(), false);
    QStringList seen;
    QTimer::singleShot(0, [&seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        seen.append(box->text());
        for (QAbstractButton *b : box->buttons())
            seen.append(b->text());
        QCOMPARE(box->defaultButton()->text(), RecoveryPlan::label(Choice::Restore));
        box->defaultButton()->click();
    });
    QCOMPARE(DatabaseRecovery::ask(nullptr, plan), Choice::Restore);
    QVERIFY(seen.value(0).contains(QStringLiteral("/data/centro.sqlite")));
    QVERIFY(seen.contains(RecoveryPlan::label(Choice::Restore)));
    QVERIFY(seen.contains(RecoveryPlan::label(Choice::OpenAnother)));
}

void TestRecovery::readOnlyWindowSaysSo()
{
    QTemporaryDir dir;
    const QString path = damagedCopy(dir.path(), QString());
    QVERIFY(!path.isEmpty());
    auto modules = createModules();
    auto reports = createReportCatalog(modules);
    for (const bool readOnly : { false, true }) {
        core::OpenOptions options;
        options.create = false;
        options.readOnly = readOnly; // as a read-only file or folder opens
        auto connection = core::openDatabase(path, options);
        QVERIFY(connection.ok());
        core::AppContext context;
        context.db = connection->db();
        context.operatorName = QStringLiteral("Mario Rossi");
        context.reports = &reports;
        {
            MainWindow window(context, modules);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
            QCOMPARE(banner != nullptr, readOnly);
            if (banner) {
                QVERIFY(banner->isVisible());
                QVERIFY(banner->text().contains(path));
            }
        }
    }
}

void TestRecovery::restoreAtStartMovesPastTheSyncFolder()
{
    // Workstation 4 sends three donors to the room, two of them after its
    // newest backup; the file is damaged and the window restores it: the
    // next id comes after all three, and the message says so.
    ::declareSyncTables();
    QTemporaryDir folder;
    testsupport::TestDatabase database(true, 4);
    QVERIFY(database.isValid());
    const QString path = database.path();
    const QString backup = database.dir() + QStringLiteral("/older.sqlite");
    qint64 lastSent = 0;
    auto addDonor = [&](const QString &name) {
        stock::Donor donor;
        donor.name = name;
        donor.kind = stock::DonorKind::Charity;
        lastSent = stock::StockCatalog(database.db()).saveDonor(donor).value();
    };
    addDonor(QStringLiteral("Donatore uno"));
    QVERIFY(core::sync::SyncExporter(database.db()).exportTo({ folder.path() }));
    QVERIFY(core::backupDatabase(database.db(), backup).ok());
    addDonor(QStringLiteral("Donatore due"));
    addDonor(QStringLiteral("Donatore tre"));
    QVERIFY(core::sync::SyncExporter(database.db()).exportTo({ folder.path() }));
    database.close();
    AppSettings::setSyncFolder(folder.path());

    const auto plan = RecoveryPlan::damaged(path, QStringLiteral("problem"),
        core::sync::BackupFile { backup, QDateTime(QDate(2026, 3, 1), QTime(12, 0)), QFileInfo(backup).size() }, false);
    QString said;
    QTimer::singleShot(0, [&said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        said = box->text();
        box->accept();
    });
    QVERIFY(DatabaseRecovery::restore(nullptr, plan));
    AppSettings::setSyncFolder(QString());
    auto connection = core::openDatabase(path);
    QVERIFY(connection);
    const qint64 next = core::queryValue(connection->db(),
        QStringLiteral("SELECT last_value FROM id_allocator WHERE workstation = 4"))->toLongLong() + 1;
    QVERIFY2(core::makeRowId(4, next) > lastSent, qPrintable(QString::number(next)));
    QVERIFY2(said.contains(QStringLiteral("already sent to the sync folder")), qPrintable(said));
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
