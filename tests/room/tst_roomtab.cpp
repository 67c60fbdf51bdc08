// The Sala operativa tab offscreen, on the room's demo season: the pages
// build and show the events and the diary; an entry is written from the
// keyboard alone (kind shortcut, text, Enter) by the signed-in person; a
// refused entry says why under the bar; filters and search narrow the list;
// the events page shows the selected event's comuni and phases; the
// circular dialog prints its letters on a worker with a progress bar, stops
// with nothing written or logged, and prepares them again. With
// CISIAMO_SHOTS set, screenshots at 1366x768 and 1600x1000 go there.

#include "support/listwait.h"
#include "support/testdatabase.h"

#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/sql.h"
#include "core/demo/demoaccounts.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/pagedsqlmodel.h"
#include "room/demo/roomdemo.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomsync.h"
#include "room/ui/diarypage.h"
#include "room/ui/eventspage.h"
#include "core/commands/commandrunner.h"
#include "room/domain/circularfiles.h"
#include "room/ui/circulardialog.h"
#include "room/ui/protocolpage.h"
#include "room/ui/roommodule.h"
#include "room/ui/roomtab.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace room;

namespace {

bool waitIdle(const core::PagedSqlModel *model)
{
    return QTest::qWaitFor([model] { return model->isIdle(); }, 20000);
}

} // namespace

class TestRoomTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void tabOpensWithItsPages();
    void entryFromTheKeyboard();
    void refusedEntrySaysWhyUnderTheBar();
    void filtersAndSearch();
    void eventsPageShowsComuniAndPhases();
    void psychologistCannotWrite();
    void circularDialogStopsThenPrepares();

private:
    void signIn(const QString &user);
    RoomTab *openTab(const QSize &size = QSize(1366, 768));
    void shot(const QString &name);

    testsupport::TestDatabase *m_template = nullptr;
    testsupport::TestDatabase *m_database = nullptr;
    core::DbConnection m_connection;
    core::FixedClock m_clock { QDateTime(QDate(2021, 3, 19), QTime(17, 30)) };
    core::AppContext m_context;
    RoomTab *m_tab = nullptr;
    RoomModule m_module; // registers the error texts
};

void TestRoomTab::initTestCase()
{
    room::declareSyncTables();
    m_template = new testsupport::TestDatabase;
    QVERIFY(m_template->isValid());
    QVERIFY(core::runQuery(m_template->db(), "PRAGMA synchronous = OFF").ok());
    core::DemoContext demo;
    demo.db = m_template->db();
    demo.today = QDate(2021, 3, 19);
    QVERIFY(core::demoAccountsStep(core::KdfCost::minimum()).run(demo).ok());
    // One comune's letter per circular: the tab shows the circulars, it
    // does not read their PDF files (tst_roomdemo checks them).
    auto s = demoStep({ 1 }).run(demo);
    QVERIFY2(s.ok(), qPrintable(s.error().code));
    QVERIFY(core::runQuery(m_template->db(), "PRAGMA wal_checkpoint(TRUNCATE)").ok());
    m_template->close();
}

void TestRoomTab::cleanupTestCase()
{
    delete m_template;
}

void TestRoomTab::init()
{
    m_database = new testsupport::TestDatabase;
    QVERIFY(m_database->isValid());
    const QString path = m_database->path();
    m_database->close();
    QFile::remove(path + "-wal");
    QFile::remove(path + "-shm");
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template->path(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto connection = core::openDatabase(path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
    m_context.db = m_connection.db();
    m_context.clock = &m_clock;
}

void TestRoomTab::cleanup()
{
    delete m_tab;
    m_tab = nullptr;
    core::endSession(m_connection.db());
    m_context.db = QSqlDatabase();
    m_connection.close();
    delete m_database;
}

void TestRoomTab::signIn(const QString &user)
{
    auto account = core::AuthService(m_connection.db(), m_clock).signIn(user, core::demoPassword);
    QVERIFY(account.ok());
    m_context.operatorName = account->displayName;
}

RoomTab *TestRoomTab::openTab(const QSize &size)
{
    m_tab = qobject_cast<RoomTab *>(m_module.createTab(m_context, nullptr));
    if (!m_tab)
        return nullptr;
    m_tab->resize(size);
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab))
        return nullptr;
    m_tab->activateWindow();
    return m_tab;
}

void TestRoomTab::shot(const QString &name)
{
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        m_tab->grab().save(dir + "/" + name + ".png");
}

void TestRoomTab::tabOpensWithItsPages()
{
    signIn("coordinatrice");
    QCOMPARE(m_module.id(), QString("room"));
    QVERIFY(openTab());
    QVERIFY(m_tab->isBuilt());
    QVERIFY(m_tab->pages()->count() >= 2);
    QCOMPARE(m_tab->pages()->widget(0), m_tab->eventsPage());
    QCOMPARE(m_tab->pages()->widget(1), m_tab->diaryPage());
    EventsPage *events = m_tab->eventsPage();
    QVERIFY(waitIdle(events->model()));
    QVERIFY(events->model()->rowCount() >= 5);
    shot("room-events-1366");
    QVERIFY(m_tab->openPage("diary"));
    QCOMPARE(m_tab->helpSection(), QString("room-diary"));
    DiaryPage *diary = m_tab->diaryPage();
    QVERIFY(waitIdle(diary->model()));
    QVERIFY(diary->model()->rowCount() > 200);
    // Newest first, read off the GUI thread.
    QVERIFY(diary->model()->lastReadThread() != QThread::currentThreadId());
    const QVariantList first = diary->model()->rowValues(0), second = diary->model()->rowValues(1);
    QVERIFY(first.at(0).toLongLong() >= second.at(0).toLongLong());
    QVERIFY(QTest::qWaitFor([diary] { return diary->entryText()->hasFocus(); }, 5000));
    shot("room-diary-1366");
    m_tab->resize(1600, 1000);
    QTest::qWait(50);
    shot("room-diary-1600");
    QVERIFY(m_tab->openPage("events"));
    shot("room-events-1600");
    QVERIFY(!m_tab->openPage("nowhere"));
}

void TestRoomTab::entryFromTheKeyboard()
{
    signIn("operatore");
    QVERIFY(openTab());
    QVERIFY(m_tab->openPage("diary"));
    DiaryPage *diary = m_tab->diaryPage();
    QVERIFY(waitIdle(diary->model()));
    const int before = diary->model()->rowCount();
    QVERIFY(QTest::qWaitFor([diary] { return diary->entryText()->hasFocus(); }, 5000));
    // Ctrl+2: an outgoing call; the focus stays in the text.
    QTest::keyClick(diary->entryText(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(DiaryKind(diary->entryKind()->currentData().toInt()), DiaryKind::CallOut);
    QVERIFY(diary->entryText()->hasFocus());
    QTest::keyClicks(diary->entryText(), "Richiamato il COC di Rho: consegna confermata per domani");
    QTest::keyClick(diary->entryText(), Qt::Key_Return);
    QVERIFY2(diary->entryProblem()->isHidden(), qPrintable(diary->entryProblem()->text()));
    QVERIFY(diary->entryText()->text().isEmpty());
    QVERIFY(diary->entryText()->hasFocus());
    auto written = core::queryValue(m_context.db,
        "SELECT author || '|' || kind || '|' || at FROM room_diary WHERE body = 'Richiamato il COC di Rho: consegna "
        "confermata per domani'");
    QVERIFY(written && written->isValid());
    QCOMPARE(written->toString(), QStringLiteral("operatore|call_out|%1").arg(m_clock.nowMs()));
    // The list follows (watched table), the new entry on top.
    QVERIFY(QTest::qWaitFor([&] { return diary->model()->isIdle() && diary->model()->rowCount() == before + 1; }, 20000));
    QCOMPARE(diary->model()->data(diary->model()->index(0, DiaryListQuery::Body)).toString(),
        QString("Richiamato il COC di Rho: consegna confermata per domani"));
}

void TestRoomTab::refusedEntrySaysWhyUnderTheBar()
{
    signIn("operatore");
    QVERIFY(openTab());
    QVERIFY(m_tab->openPage("diary"));
    DiaryPage *diary = m_tab->diaryPage();
    const qint64 before = core::queryValue(m_context.db, "SELECT count(*) FROM room_diary")->toLongLong();
    // Enter on an empty text: refused, said under the bar, nothing written.
    QTest::keyClick(diary->entryText(), Qt::Key_Return);
    QVERIFY(!diary->entryProblem()->isHidden());
    QVERIFY(!diary->entryProblem()->text().isEmpty());
    QVERIFY(!diary->entryProblem()->text().startsWith("room."));
    // A comune that is not one of the 133.
    diary->entryComune()->setEditText("Roma");
    diary->entryText()->setText("Chiamata da fuori provincia");
    QVERIFY(!diary->writeEntry());
    QVERIFY(diary->entryProblem()->text().contains("Roma"));
    QCOMPARE(core::queryValue(m_context.db, "SELECT count(*) FROM room_diary")->toLongLong(), before);
    // With a comune of the city it goes in, linked to it.
    diary->entryComune()->setEditText("Rho");
    QVERIFY(diary->writeEntry());
    QCOMPARE(core::queryValue(m_context.db,
                 "SELECT c.name FROM room_diary d JOIN comune c ON c.id = d.comune_id WHERE d.body = 'Chiamata da fuori provincia'")
                 ->toString(),
        QString("Rho"));
}

void TestRoomTab::filtersAndSearch()
{
    signIn("coordinatrice");
    QVERIFY(openTab());
    QVERIFY(m_tab->openPage("diary"));
    DiaryPage *diary = m_tab->diaryPage();
    QVERIFY(waitIdle(diary->model()));
    const int all = diary->model()->rowCount();
    // One event: the exercise.
    const int exercise = diary->filterEvent()->findText("Idroscalo", Qt::MatchContains);
    QVERIFY(exercise > 0);
    diary->filterEvent()->setCurrentIndex(exercise);
    QVERIFY(waitIdle(diary->model()));
    const int ofExercise = diary->model()->rowCount();
    QVERIFY(ofExercise > 5 && ofExercise < all);
    // Writing follows the event looked at.
    QCOMPARE(diary->entryEvent()->currentData(), diary->filterEvent()->currentData());
    // One day of the first wave, every event.
    diary->filterEvent()->setCurrentIndex(0);
    diary->filterDay()->setDate(QDate(2020, 3, 16));
    QVERIFY(waitIdle(diary->model()));
    const int ofDay = diary->model()->rowCount();
    QCOMPARE(ofDay, int(core::queryValue(m_context.db, "SELECT count(*) FROM room_diary WHERE day = '2020-03-16'")->toLongLong()));
    // Search, across days.
    diary->filterDay()->setDate(QDate());
    diary->search()->setText("mascherine");
    QVERIFY(QTest::qWaitFor([&] { return diary->model()->isIdle() && diary->model()->rowCount() < all; }, 20000));
    for (int row = 0; row < diary->model()->rowCount(); ++row) {
        const QVariantList v = diary->model()->rowValues(row);
        QVERIFY((v.at(DiaryListQuery::Body).toString() + v.at(DiaryListQuery::Counterpart).toString())
                    .contains("mascherine", Qt::CaseInsensitive));
    }
    // The printed diary of the exercise.
    diary->search()->clear();
    diary->filterEvent()->setCurrentIndex(exercise);
    auto report = diary->buildReport();
    QVERIFY2(report, qPrintable(report.error().code));
    QCOMPARE(report->primaryTable()->rows.size(), ofExercise);
}

void TestRoomTab::eventsPageShowsComuniAndPhases()
{
    signIn("coordinatrice");
    QVERIFY(openTab());
    EventsPage *events = m_tab->eventsPage();
    QVERIFY(waitIdle(events->model()));
    const qint64 covid = core::queryValue(m_context.db, "SELECT id FROM activation_event WHERE scenario = 'health'")->toLongLong();
    events->selectEvent(covid);
    QCOMPARE(events->selectedEvent(), covid);
    const QString html = events->details()->toPlainText();
    QVERIFY2(html.contains("Emergenza COVID-19"), qPrintable(html));
    QVERIFY2(html.contains("(133)"), qPrintable(html));
    QVERIFY(events->phaseButton()->isEnabled());
    shot("room-events-selected");
}

void TestRoomTab::psychologistCannotWrite()
{
    signIn("psicologa");
    QVERIFY(openTab());
    QVERIFY(m_tab->openPage("diary"));
    QVERIFY(!m_tab->diaryPage()->entryText()->isEnabled());
    QVERIFY(!m_tab->eventsPage()->newButton()->isEnabled());
}

void TestRoomTab::circularDialogStopsThenPrepares()
{
    signIn("coordinatrice");
    const QSqlDatabase db = m_connection.db();
    const auto run = [this](core::Command &c) { return core::CommandRunner(m_connection.db(), m_clock).run(c); };
    // Five comuni put in a zona omogenea, as the Comuni tab would (the
    // demo leaves the zones to it): five letters.
    const QString zone = QStringLiteral("Sud Est");
    QVERIFY(core::runQuery(db, "UPDATE comune_cmm SET zona_omogenea = ? WHERE comune_id IN "
                               "(SELECT comune_id FROM comune_cmm ORDER BY comune_id LIMIT 5 OFFSET 40)",
        { zone }));
    const qint64 comuni = core::queryValue(db, "SELECT count(*) FROM comune_cmm WHERE zona_omogenea = ?", { zone })
                              ->toLongLong();
    QVERIFY(comuni >= 5);
    QTemporaryDir out;
    CircularDialog dialog(db, QDate(2021, 3, 19), run);
    dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findData(circularScopeCode(CircularScope::Zone)));
    dialog.zoneBox()->setCurrentText(zone);
    dialog.subjectEdit()->setText(QString::fromUtf8("Esercitazione del 25/03/2021 nel Comune di {comune}"));
    dialog.bodyEdit()->setPlainText(QString::fromUtf8("Egregio Sindaco {sindaco},\n\nsi comunica che giovedì 25 marzo "
                                                      "si terrà un'esercitazione di protezione civile.\n\nDistinti saluti."));
    dialog.folderEdit()->setText(out.path());
    dialog.resize(1366, 768);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.prepareButton()->isEnabled());
    QVERIFY(dialog.preview());
    QVERIFY(dialog.prepareButton()->isEnabled());
    QVERIFY(!dialog.stopButton()->isEnabled());

    // The worker is held after its first group of letters, so that Stop
    // comes while it runs, whatever the machine's speed.
    QSemaphore printed, go;
    std::atomic_int calls { 0 };
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    CircularWriteOptions options;
    options.pool = &pool;
    options.groupSize = 2;
    options.progress = [&](int, int) {
        if (calls++ == 0) {
            printed.release();
            go.acquire();
        }
    };
    dialog.setWriteOptions(options);
    QSignalSpy ended(&dialog, &CircularDialog::productionEnded);
    dialog.prepareButton()->click();
    QVERIFY(dialog.isRunning());
    QVERIFY(printed.tryAcquire(1, 10 * 60 * 1000));
    QVERIFY(dialog.stopButton()->isEnabled());
    QVERIFY(!dialog.prepareButton()->isEnabled());
    QVERIFY(!dialog.subjectEdit()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.progressBar()->value(), 2, 60000);
    QCOMPARE(dialog.progressBar()->maximum(), int(comuni));
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        dialog.grab().save(dir + "/circular-progress.png");
    // Esc stops (the dialog stays open to say what happened).
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.stopButton()->isEnabled());
    go.release();
    QVERIFY(ended.wait(10 * 60 * 1000));
    QCOMPARE(ended.at(0).at(0).toBool(), false);
    QVERIFY(!dialog.isRunning());
    const qint64 circular = dialog.registeredCircular();
    QVERIFY(circular > 0);
    const auto count = [&db](const char *sql, qint64 id) { return core::queryValue(db, sql, { id })->toLongLong(); };
    QCOMPARE(count("SELECT count(*) FROM room_circular_sending WHERE circular_id = ?", circular), qint64(0));
    const auto filesIn = [&out] {
        int n = 0;
        QDirIterator it(out.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    };
    QCOMPARE(filesIn(), 0);
    QVERIFY(dialog.prepareButton()->isEnabled());
    QVERIFY(!dialog.subjectEdit()->isEnabled()); // the registered circular's text
    QVERIFY(dialog.isVisible());
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        dialog.grab().save(dir + "/circular-stopped.png");

    // Closed, then opened again on the registered circular (the Protocollo
    // page's "missing letters" button): prepared, every comune, logged once.
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    CircularDialog again(db, QDate(2021, 3, 19), run);
    QVERIFY(again.resume(circular));
    QVERIFY(!again.subjectEdit()->isEnabled());
    QCOMPARE(again.subjectEdit()->text(), dialog.subjectEdit()->text());
    QCOMPARE(again.previewTable()->rowCount(), int(comuni));
    QVERIFY(again.prepareButton()->isEnabled());
    again.show();
    QSignalSpy endedAgain(&again, &CircularDialog::productionEnded);
    again.prepareButton()->click();
    QVERIFY(endedAgain.wait(10 * 60 * 1000));
    QCOMPARE(endedAgain.at(0).at(0).toBool(), true);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(again.outcome().circularId, circular);
    QCOMPARE(again.outcome().letters, int(comuni));
    QCOMPARE(count("SELECT count(*) FROM room_circular_sending WHERE circular_id = ?", circular), comuni);
    QCOMPARE(count("SELECT count(*) FROM room_circular WHERE id >= ?", circular), qint64(1));
    QCOMPARE(filesIn(), again.outcome().letters + again.outcome().messages);

    // The Protocollo page offers the missing letters of the demo's
    // circulars (prepared for one comune each here), not of the complete one.
    QVERIFY(openTab());
    ProtocolPage *page = nullptr;
    for (int i = 0; i < m_tab->pages()->count() && !page; ++i)
        page = qobject_cast<ProtocolPage *>(m_tab->pages()->widget(i));
    QVERIFY(page);
    m_tab->pages()->setCurrentWidget(page);
    QVERIFY(testsupport::waitForList(page->model()));
    int offered = 0, complete = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        page->view()->setCurrentIndex(page->model()->index(row, 0));
        page->showSelected();
        const qint64 protocol = page->selectedEntry();
        const qint64 id = core::queryValue(db, "SELECT coalesce(max(id), 0) FROM room_circular WHERE protocol_id = ?",
            { protocol })->toLongLong();
        if (id == 0)
            continue;
        const bool lacking = id != circular;
        QCOMPARE(page->completeButton()->isVisibleTo(page), lacking);
        (lacking ? offered : complete)++;
        if (lacking)
            QVERIFY2(page->detail()->text().contains(QStringLiteral("132")), qPrintable(page->detail()->text()));
    }
    QCOMPARE(offered, 3);
    QCOMPARE(complete, 1);
}

QTEST_MAIN(TestRoomTab)
#include "tst_roomtab.moc"
