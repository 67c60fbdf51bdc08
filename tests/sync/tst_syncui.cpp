// The synchronisation in the window: the status bar part (and its warning
// while the folder is away), the menu, the status dialog and the conflicts
// dialog, on real databases.

#include "mainwindow.h"
#include "moduleregistry.h"
#include "sync/conflictsdialog.h"
#include "sync/syncstatusdialog.h"
#include "sync/syncstatuswidget.h"
#include "translations.h"

#include "core/commands/commandrunner.h"
#include "core/db/connectionstate.h"
#include "core/sync/conflictlog.h"
#include "core/sync/tableregistry.h"
#include "core/sync/roommembers.h"
#include "support/listwait.h"
#include "support/testaccounts.h"
#include "core/sync/syncservice.h"
#include "core/ui/appcontext.h"
#include "core/ui/syncerrortext.h"
#include "syncfixtures.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace core::sync;
using namespace syncfixtures;

namespace {
// The dialog reads in the background: waits for what it shows.
bool loadedIn(SyncStatusDialog &dialog)
{
    if (!dialog.isLoading())
        return true;
    QSignalSpy loaded(&dialog, &SyncStatusDialog::loaded);
    return loaded.wait(60000) && !dialog.isLoading(); // a limit, not a measure
}
} // namespace

class TestSyncUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void statusBarWarnsWhileTheFolderIsAway();
    void menuAndStatusDialog();
    void statusDialogNamesAMissingFile();
    void clockAheadIsKeptUntilSetRight();
    void statusShowsAClockAhead();
    void statusDialogListsTheRoomMembers();
    void conflictsDialogShowsAndSettles();
};

void TestSyncUi::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), "it");
    ::declareSyncTables();
}

void TestSyncUi::statusBarWarnsWhileTheFolderIsAway()
{
    testsupport::TestDatabase database;
    QVERIFY(insertService(database.db(), QStringLiteral("x"), QStringLiteral("Servizio X")));
    QTemporaryDir parent;
    SyncSettings settings;
    settings.databasePath = database.path();
    settings.syncFolder = QDir(parent.path()).filePath(QStringLiteral("share"));
    SyncService service(settings);
    SyncStatusWidget widget(&service);
    {
        // Before any round: "never", not the epoch's 01/01/1970.
        SyncStatusDialog before(database.db(), &service);
        QVERIFY(loadedIn(before));
        QString summary;
        for (QLabel *l : before.findChildren<QLabel *>())
            summary += l->text();
        QVERIFY2(summary.contains(QStringLiteral("ultimo invio: mai")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("1970")), qPrintable(summary));
    }
    QSignalSpy finished(&service, &SyncService::cycleFinished);
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    QVERIFY2(widget.text().contains(QStringLiteral("non raggiungibile")), qPrintable(widget.text()));
    QVERIFY(widget.styleSheet().contains(QStringLiteral("#b71c1c")));
    QVERIFY(widget.toolTip().contains(settings.syncFolder));

    QVERIFY(QDir().mkpath(settings.syncFolder));
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    QVERIFY2(widget.text().contains(QStringLiteral("Inviato")), qPrintable(widget.text()));
    QVERIFY(!widget.styleSheet().contains(QStringLiteral("#b71c1c")));

    SyncService off(SyncSettings { database.path(), {}, {}, {}, {}, 15, 14 });
    SyncStatusWidget offWidget(&off);
    QVERIFY2(offWidget.text().contains(QStringLiteral("disattivata")), qPrintable(offWidget.text()));
}

void TestSyncUi::menuAndStatusDialog()
{
    testsupport::TestDatabase database;
    QTemporaryDir folder;
    std::vector<std::unique_ptr<core::Module>> modules = createModules();
    core::AppContext context;
    context.db = database.db();
    context.operatorName = QStringLiteral("Mario Rossi");
    context.workstation = 1;
    MainWindow window(context, modules);
    SyncSettings settings;
    settings.databasePath = database.path();
    settings.syncFolder = folder.path();
    SyncService service(settings);
    window.attachSync(&service);
    QVERIFY(window.syncStatusWidget());
    QCOMPARE(window.statusBar()->findChildren<SyncStatusWidget *>().size(), 1);
    QMenu *sync = nullptr;
    for (QAction *a : window.menuBar()->actions())
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Sincronizzazione"))
            sync = a->menu();
    QVERIFY(sync);
    QStringList items;
    for (QAction *a : sync->actions())
        if (!a->isSeparator()) {
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
            items.append(a->text().remove(QLatin1Char('&')));
        }
    QVERIFY2(items.contains(QStringLiteral("Sincronizza ora")), qPrintable(items.join(QLatin1Char('|'))));
    QVERIFY(items.contains(QStringLiteral("Ripristina da una copia di sicurezza...")));

    QSignalSpy finished(&service, &SyncService::cycleFinished);
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    SyncStatusDialog dialog(database.db(), &service);
    QVERIFY(loadedIn(dialog));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    bool folderShown = false;
    for (QLabel *l : labels)
        folderShown = folderShown || l->text().contains(folder.path());
    QVERIFY(folderShown);
}

void TestSyncUi::statusDialogListsTheRoomMembers()
{
    testsupport::WorkstationPair pair;
    QVERIFY(pair.isValid() && pair.exchange());
    QVERIFY(testsupport::createRoleAccounts(pair.a()));
    QVERIFY(testsupport::signInAs(pair.a(), testsupport::usernameFor(core::Role::Coordinator)));
    core::sync::RemoveMember remove(2);
    QVERIFY(core::CommandRunner(pair.a(), pair.clock()).run(remove));
    SyncStatusDialog dialog(pair.a(), nullptr);
    // Read on the dialog's reader thread (issue 17), "reading..." meanwhile.
    QVERIFY(dialog.isLoading());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("syncStatusLoading"))->isHidden());
    QVERIFY(loadedIn(dialog));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("syncStatusLoading"))->isHidden());
    QVERIFY(dialog.readThread() && dialog.readThread() != QThread::currentThread());
    auto *members = dialog.findChild<QTableWidget *>(QStringLiteral("roomMembers"));
    QVERIFY(members);
    QCOMPARE(members->rowCount(), 2);
    QCOMPARE(members->item(0, 0)->text(), QStringLiteral("1"));
    QCOMPARE(members->item(1, 0)->text(), QStringLiteral("2"));
    // Removed, by whom and up to which change its files stay valid.
    const QString state = members->item(1, 3)->text();
    QVERIFY2(state.contains(QStringLiteral("coord")) && state.contains(QString::number(remove.afterSeq())),
        qPrintable(state));
    QVERIFY(members->item(1, 6)->text().startsWith(QStringLiteral("cisiamo-ws0002-")));
    QVERIFY(members->item(0, 6)->text().startsWith(QStringLiteral("cisiamo-ws0001-")));
}

void TestSyncUi::statusDialogNamesAMissingFile()
{
    testsupport::TestDatabase database;
    testsupport::TestDatabase other(true, 2);
    QTemporaryDir folder;
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(insertService(other.db(), QStringLiteral("d%1").arg(i), QStringLiteral("Servizio %1").arg(i)));
        auto exported = SyncExporter(other.db()).exportTo({ folder.path(), 20000 });
        QVERIFY(exported && exported->files.size() == 1);
        names.append(exported->files.first().fileName);
    }
    const auto lost = SyncFileName::parse(names.at(1));
    QVERIFY(lost);
    QVERIFY(QFile::remove(QDir(folder.path()).filePath(names.at(1))));

    SyncSettings settings;
    settings.databasePath = database.path();
    settings.syncFolder = folder.path();
    SyncService service(settings);
    QSignalSpy finished(&service, &SyncService::cycleFinished);
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    SyncStatusDialog dialog(database.db(), &service);
    QVERIFY(loadedIn(dialog));
    auto *problems = dialog.findChild<QListWidget *>();
    QVERIFY(problems);
    const QString range = QStringLiteral("%1-%2").arg(lost->firstSeq).arg(lost->lastSeq);
    QStringList items;
    bool named = false;
    for (int i = 0; i < problems->count(); ++i) {
        items.append(problems->item(i)->text());
        named = named || (items.last().contains(range) && items.last().contains(names.at(2)));
    }
    QVERIFY2(named, qPrintable(items.join(QLatin1Char('\n'))));
}

// What the status keeps of sync.clock_ahead: the latest warning per
// workstation, until a later file of it arrives in time.
void TestSyncUi::clockAheadIsKeptUntilSetRight()
{
    QList<ClockAhead> known;
    ImportReport first;
    first.files = { ImportedFile { QStringLiteral("f2a"), 2, 3 }, ImportedFile { QStringLiteral("f3a"), 3, 1 } };
    first.clockAhead = { ClockAhead { QStringLiteral("f2a"), 2, 30 * 86'400'000LL, QStringLiteral("Sala 2") } };
    updateClockAhead(known, first);
    QCOMPARE(known.size(), 1);
    QCOMPARE(known.first().workstation, 2);
    // Nothing from 2 this round: still said.
    ImportReport quiet;
    quiet.files = { ImportedFile { QStringLiteral("f3b"), 3, 4 } };
    updateClockAhead(known, quiet);
    QCOMPARE(known.size(), 1);
    // Still ahead, by less: the new figure.
    ImportReport again;
    again.files = { ImportedFile { QStringLiteral("f2b"), 2, 1 } };
    again.clockAhead = { ClockAhead { QStringLiteral("f2b"), 2, 2 * 86'400'000LL, QStringLiteral("Sala 2") } };
    updateClockAhead(known, again);
    QCOMPARE(known.size(), 1);
    QCOMPARE(known.first().aheadMs, 2 * 86'400'000LL);
    // A file with no changes (acknowledgements only) says nothing of its clock.
    ImportReport empty;
    empty.files = { ImportedFile { QStringLiteral("f2c"), 2, 0 } };
    updateClockAhead(known, empty);
    QCOMPARE(known.size(), 1);
    // Set right: a file in time takes it out.
    ImportReport fixed;
    fixed.files = { ImportedFile { QStringLiteral("f2d"), 2, 2 } };
    updateClockAhead(known, fixed);
    QVERIFY(known.isEmpty());
}

// Workstation 2's clock is 30 days fast: the status bar and the status
// dialog say so, in Italian, naming it and by how much.
void TestSyncUi::statusShowsAClockAhead()
{
    testsupport::TestDatabase database;
    testsupport::TestDatabase other(true, 2);
    // The service imports by the program's clock (CISIAMO_NOW under ctest): the other one is 30 days past it.
    core::FixedClock fast(core::SystemClock::instance().now().addDays(30));
    core::setSessionClock(other.db(), &fast);
    QTemporaryDir folder;
    QVERIFY(insertService(other.db(), QStringLiteral("neve"), QStringLiteral("Emergenza neve")));
    auto exported = SyncExporter(other.db(), fast).exportTo({ folder.path(), 20000 });
    QVERIFY(exported && exported->files.size() == 1);

    SyncSettings settings;
    settings.databasePath = database.path();
    settings.syncFolder = folder.path();
    SyncService service(settings);
    SyncStatusWidget widget(&service);
    QSignalSpy finished(&service, &SyncService::cycleFinished);
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    QCOMPARE(service.status().clockAhead.size(), 1);
    const ClockAhead ahead = service.status().clockAhead.first();
    QCOMPARE(ahead.workstation, 2);
    QVERIFY(ahead.aheadMs > 29 * 86'400'000LL && ahead.aheadMs <= 30 * 86'400'000LL);
    // Rounded to whole days (the pending translation reads "orologio della
    // postazione 2 avanti di 30 giorni").
    const QString brief = core::SyncErrorText::clockAhead(2, ahead.workstationName, ahead.aheadMs, true);
    QVERIFY2(brief.contains(QStringLiteral(" 2 ")) && brief.contains(QStringLiteral(" 30 ")), qPrintable(brief));
    QVERIFY2(widget.text().contains(brief), qPrintable(widget.text()));
    QVERIFY(widget.styleSheet().contains(QStringLiteral("#b71c1c")));
    const QString full = core::SyncErrorText::clockAhead(2, ahead.workstationName, ahead.aheadMs);
    QVERIFY2(widget.toolTip().contains(full), qPrintable(widget.toolTip()));

    SyncStatusDialog dialog(database.db(), &service);
    QVERIFY(loadedIn(dialog));
    QString summary;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        summary += l->text();
    QVERIFY2(summary.contains(full.toHtmlEscaped()), qPrintable(summary));

    // Set right: its next file is in time, the warning goes.
    core::FixedClock right(core::SystemClock::instance().now());
    core::setSessionClock(other.db(), &right);
    QVERIFY(insertService(other.db(), QStringLiteral("gelo"), QStringLiteral("Emergenza gelo")));
    QVERIFY(SyncExporter(other.db(), right).exportTo({ folder.path(), 20000 }));
    service.synchroniseNow();
    QVERIFY(finished.wait(120000));
    QVERIFY(service.status().clockAhead.isEmpty());
    QVERIFY2(!widget.text().contains(QStringLiteral("⚠")), qPrintable(widget.text()));
}

void TestSyncUi::conflictsDialogShowsAndSettles()
{
    testsupport::WorkstationPair pair;
    QVERIFY(write(pair.a(), QStringLiteral("UPDATE comune_cmm SET coc_phone = '02 111' WHERE comune_id = 15146")));
    pair.tick(); // the next edit is the later one
    QVERIFY(write(pair.b(), QStringLiteral("UPDATE comune_cmm SET coc_phone = '02 222' WHERE comune_id = 15146")));
    QVERIFY(pair.exchange());
    QCOMPARE(ConflictLog(pair.a()).openCount().value(), 1);

    ConflictsDialog dialog(pair.a(), QStringLiteral("Mario Rossi"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(testsupport::waitForList(dialog.list()->model()));
    QCOMPARE(dialog.list()->model()->rowCount(), 1);
    QCOMPARE(dialog.list()->model()->index(0, 1).data().toString(), QStringLiteral("Comuni: dati e contatti"));
    QCOMPARE(dialog.list()->model()->index(0, 3).data().toString(), QStringLiteral("Modificato su due postazioni"));
    // The record by its name, read on the dialog's worker with the others shown.
    (void)dialog.list()->model()->index(0, 2).data();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isNamingRecords(), 120000);
    QVERIFY2(dialog.list()->model()->index(0, 2).data().toString().contains(QStringLiteral("Milano")),
        qPrintable(dialog.list()->model()->index(0, 2).data().toString()));
    // The selected conflict is read on a worker: explained when it arrives.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingConflict(), 120000);
    auto *differences = dialog.findChild<QTableWidget *>();
    QVERIFY(differences);
    QCOMPARE(differences->rowCount(), 1);
    // The field in words (its Italian comes with the catalogue), the column
    // kept for the restore.
    QCOMPARE(differences->item(0, 0)->text(),
        core::sync::TableRegistry::columnTitle(QStringLiteral("comune_cmm"), QStringLiteral("coc_phone")));
    QVERIFY(differences->item(0, 0)->text() != QLatin1String("coc_phone"));
    QCOMPARE(differences->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("coc_phone"));
    QCOMPARE(differences->item(0, 1)->text(), QStringLiteral("02 222"));
    QCOMPARE(differences->item(0, 2)->text(), QStringLiteral("02 111"));
    if (const QString shots = qEnvironmentVariable("CISIAMO_SHOTS"); !shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("conflicts-dialog.png")));

    QPushButton *keep = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Tieni quanto conservato"))
            keep = b;
    QVERIFY(keep && keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(ConflictLog(pair.a()).openCount().value(), 0);
    QCOMPARE(dialog.list()->model()->rowCount(), 0);
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
