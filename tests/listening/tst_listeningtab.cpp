// The AscoltiAMO tab opens offscreen on a demo month and shows what the room
// must see: the queue by deadline with overdue requests on top and in red,
// names only for entitled roles, and the intake dialog refusing a request
// without a way to call back. The queue (every open request, found among
// all the requests ever made) is read on the tab's worker, and the search
// filters what was read: the window's connection never runs that read.

#include "support/sqlprobe.h"
#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/demo/demoaccounts.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/pagedsqlmodel.h"
#include "listening/domain/callbackqueue.h"
#include "listening/demo/listeningdemo.h"
#include "listening/domain/listeningreports.h"
#include "listening/domain/listeningservice.h"
#include "listening/ui/archivepage.h"
#include "listening/ui/callbackqueuemodel.h"
#include "listening/ui/casedialogs.h"
#include "listening/ui/groupspage.h"
#include "listening/ui/intakedialog.h"
#include "listening/ui/listeningmodule.h"
#include "listening/ui/listeningtab.h"
#include "listening/ui/requestpanel.h"
#include "listening/ui/staffpage.h"
#include "support/listwait.h"
#include "support/permissionprobe.h"
#include "support/testdatabase.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <optional>

using namespace listening;

class TestListeningTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void queueOpensWithOverdueOnTop();
    void operatorSeesNoNamesAndCannotCall();
    void intakeDialogRefusesARequestWithoutPhone();
    void outcomeDialogClosesAReachedRequest();
    void loggedCallUndoneAndRedone();
    void countdownsMoveWithTheClock();
    void queueIsReadOnTheWorkerAndSearchedWithoutSql();
    void otherPagesShowTheDemo();
    void statusAndCruscottoFigures();

private:
    void signIn(const QString &user);
    ListeningTab *openTab();

    testsupport::TestDatabase *m_template = nullptr;
    testsupport::TestDatabase *m_database = nullptr; // its folder; the file is a copy of the template
    core::DbConnection m_connection;
    core::FixedClock m_clock { QDateTime(QDate(2021, 3, 19), QTime(17, 30)) };
    core::AppContext m_context;
    ListeningTab *m_tab = nullptr;
    ListeningModule m_module; // registers the error texts
};

void TestListeningTab::initTestCase()
{
    // The demo month, built once (Argon2 is slow on purpose) and copied
    // for each test.
    m_template = new testsupport::TestDatabase;
    QVERIFY(m_template->isValid());
    QVERIFY(core::runQuery(m_template->db(), "PRAGMA synchronous = OFF").ok());
    core::DemoContext demo;
    demo.db = m_template->db();
    demo.today = QDate(2021, 3, 19);
    QVERIFY(core::demoAccountsStep().run(demo).ok());
    QVERIFY(listeningDemoStep().run(demo).ok());
    QVERIFY(core::runQuery(m_template->db(), "PRAGMA wal_checkpoint(TRUNCATE)").ok());
    m_template->close();
}

void TestListeningTab::cleanupTestCase()
{
    delete m_template;
}

void TestListeningTab::init()
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

void TestListeningTab::cleanup()
{
    delete m_tab;
    m_tab = nullptr;
    core::endSession(m_connection.db());
    m_context.db = QSqlDatabase();
    m_connection.close();
    delete m_database;
}

void TestListeningTab::signIn(const QString &user)
{
    auto account = core::AuthService(m_connection.db(), m_clock).signIn(user, core::demoPassword);
    QVERIFY(account.ok());
    m_context.operatorName = account->displayName;
}

ListeningTab *TestListeningTab::openTab()
{
    m_tab = new ListeningTab(m_context);
    m_tab->resize(1500, 850);
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab))
        return nullptr;
    // The queue is read on the tab's worker: the banner says so meanwhile.
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty() && m_tab->isLoading())
        m_tab->grab().save(dir + "/listening-loading.png");
    if (m_tab->isLoading() && !m_tab->banner()->text().contains("Reading")
        && !m_tab->banner()->text().contains("Lettura")) // screenshots in Italian
        return nullptr;
    if (!QTest::qWaitFor([this] { return !m_tab->isLoading(); }, 120000))
        return nullptr;
    return m_tab;
}

void TestListeningTab::queueOpensWithOverdueOnTop()
{
    signIn("coordinatrice");
    QVERIFY(openTab());
    QVERIFY(m_tab->isBuilt());
    CallbackQueueModel *model = m_tab->queueModel();
    QVERIFY(model->rowCount() > 3);
    // The most urgent first: overdue rows before any other.
    QCOMPARE(
        DeadlineStage(model->data(model->index(0, 0), CallbackQueueModel::StageRole).toInt()), DeadlineStage::Overdue);
    bool seenNotOverdue = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool overdue = model->entry(row)->deadline.isOverdue();
        QVERIFY2(!(overdue && seenNotOverdue), "an overdue request below a request on time");
        seenNotOverdue = seenNotOverdue || !overdue;
    }
    QCOMPARE(model->data(model->index(0, CallbackQueueModel::Status)).toString().left(7), QString("OVERDUE"));
    QCOMPARE(model->data(model->index(0, 0), Qt::BackgroundRole).value<QBrush>().color(), QColor(0xff, 0xcd, 0xd2));
    QVERIFY(m_tab->banner()->text().contains("OVERDUE"));
    QVERIFY(m_tab->banner()->styleSheet().contains("#b71c1c"));
    // The coordinator reads names and phones, and the first request is shown.
    QVERIFY(model->entry(0)->personalVisible);
    QVERIFY(model->data(model->index(0, CallbackQueueModel::Phone)).toString().startsWith("000 "));
    QCOMPARE(m_tab->panel()->requestId(), model->entry(0)->requestId);
    QVERIFY(m_tab->panel()->html().contains(model->entry(0)->callerPhone));
    QVERIFY(m_tab->panel()->attemptButton()->isEnabled());

    const QImage image = m_tab->grab().toImage();
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        image.save(dir + "/listening-queue.png");
    int red = 0;
    for (int y = 0; y < 80; ++y)
        for (int x = 0; x < image.width(); x += 3)
            red += image.pixelColor(x, y) == QColor(0xb7, 0x1c, 0x1c);
    QVERIFY2(red > 100, "the banner is not red with overdue requests");
}

void TestListeningTab::operatorSeesNoNamesAndCannotCall()
{
    signIn("operatore");
    QVERIFY(openTab());
    CallbackQueueModel *model = m_tab->queueModel();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->entry(row)->personalVisible);
        QCOMPARE(model->data(model->index(row, CallbackQueueModel::Caller)).toString(), QString("reserved"));
        QCOMPARE(model->data(model->index(row, CallbackQueueModel::Phone)).toString(), QString("reserved"));
    }
    QVERIFY(!m_tab->panel()->html().contains("000 "));
    QVERIFY(!m_tab->panel()->attemptButton()->isEnabled());
    QVERIFY(m_tab->panel()->attemptButton()->toolTip().contains("coordinator or psychologist"));
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        m_tab->grab().save(dir + "/listening-operator.png");
}

void TestListeningTab::intakeDialogRefusesARequestWithoutPhone()
{
    signIn("operatore");
    QVERIFY(openTab());
    const int before = int(CallbackQueue::load(m_connection.db(), m_clock.nowMs(), false)->size());
    IntakeDialog dialog(m_connection.db(), m_clock, m_tab->commands(), m_tab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *name = nullptr, *phone = nullptr, *comune = nullptr;
    for (QLineEdit *e : edits) {
        if (e->placeholderText().startsWith("as said"))
            name = e;
        else if (e->placeholderText().startsWith("required"))
            phone = e;
        else if (e->placeholderText() == "if said")
            comune = e;
    }
    QVERIFY(name && phone && comune);
    QTest::keyClicks(name, "Lucia Esempio");
    QTest::keyClicks(comune, "Cislino"); // a typo: read as Cisliano
    dialog.findChild<QPlainTextEdit *>()->setPlainText("Chiede di essere richiamata");
    dialog.accept();
    QVERIFY(dialog.isVisible()); // refused: no number to call back
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        dialog.grab().save(dir + "/intake.png");
    QLabel *error = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        if (l->isVisible() && l->text().contains("way to call back"))
            error = l;
    QVERIFY(error);
    QTest::keyClicks(phone, "000 555 0101");
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.requestId() != 0);
    QCOMPARE(comune->text(), QString("Cisliano"));
    auto comuneId = core::queryValue(
        m_connection.db(), "SELECT comune_id FROM listening_request WHERE id = ?", { dialog.requestId() });
    QCOMPARE(comuneId->toInt(), 15078); // Cisliano
    QCOMPARE(int(CallbackQueue::load(m_connection.db(), m_clock.nowMs(), false)->size()), before + 1);
}

void TestListeningTab::outcomeDialogClosesAReachedRequest()
{
    signIn("psicologa");
    QVERIFY(openTab());
    const QueueEntry *reached = nullptr;
    for (const QueueEntry &e : m_tab->queueModel()->entries())
        if (e.attempts.reached)
            reached = &e;
    QVERIFY(reached);
    const qint64 id = reached->requestId;
    auto detail = ListeningService(m_connection.db(), m_clock).detail(id);
    QVERIFY(detail.ok());
    OutcomeDialog dialog(m_connection.db(), m_clock, m_tab->commands(), *detail, 0, m_tab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        if (box->property("code").toString() == "loneliness")
            box->setChecked(true);
    dialog.findChild<QPlainTextEdit *>()->setPlainText("Sollievo dopo il colloquio; sa che può richiamare.");
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        dialog.grab().save(dir + "/outcome.png");
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->queueModel()->rowOf(id), -1, 120000); // closed: out of the queue
    auto outcome
        = core::queryValue(m_connection.db(), "SELECT needs FROM listening_outcome WHERE request_id = ?", { id });
    QCOMPARE(outcome->toString(), QString("loneliness"));
}

// Modifica › Annulla on a logged call writes its 'void' entry; Redo logs it
// again. Once the case is closed the undo can no longer apply: it says so,
// nothing is written, and the history stays consistent.
void TestListeningTab::loggedCallUndoneAndRedone()
{
    signIn("coordinatrice");
    QVERIFY(openTab());
    const QueueEntry *open = nullptr;
    for (const QueueEntry &e : m_tab->queueModel()->entries())
        if (!e.attempts.reached)
            open = &e;
    QVERIFY(open);
    const qint64 id = open->requestId;
    const QSqlDatabase db = m_connection.db();
    auto count = [&](const char *where) {
        return core::queryValue(db, QStringLiteral("SELECT count(*) FROM listening_attempt WHERE request_id = ? AND %1")
                                        .arg(QLatin1String(where)),
            { id })
            ->toInt();
    };
    const int attempts = count("outcome <> 'void'");
    const int voids = count("outcome = 'void'");
    QUndoStack *undo = m_tab->commands()->undoStack();

    auto logCall = [&](AttemptOutcome outcome) {
        auto detail = ListeningService(db, m_clock).detail(id);
        QVERIFY(detail.ok());
        AttemptDialog dialog(db, m_clock, m_tab->commands(), *detail, 0, m_tab);
        dialog.findChildren<QRadioButton *>().at(outcome == AttemptOutcome::Reached ? 0 : 1)->setChecked(true);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
    };
    logCall(AttemptOutcome::NoAnswer);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(count("outcome <> 'void'"), attempts + 1);

    undo->undo();
    QCOMPARE(count("outcome = 'void'"), voids + 1); // cancelled by a 'void' entry, never deleted
    QVERIFY(undo->canRedo());
    undo->redo();
    QCOMPARE(count("outcome <> 'void'"), attempts + 2); // logged again as a new entry
    QCOMPARE(count("outcome = 'void'"), voids + 1);

    // Reached, then the interview closes the case.
    logCall(AttemptOutcome::Reached);
    QCOMPARE(undo->count(), 2);
    auto detail = ListeningService(db, m_clock).detail(id);
    QVERIFY(detail.ok());
    OutcomeDialog outcome(db, m_clock, m_tab->commands(), *detail, 0, m_tab);
    outcome.findChild<QPlainTextEdit *>()->setPlainText("Colloquio svolto.");
    outcome.accept();
    QVERIFY(!outcome.isVisible());
    QCOMPARE(undo->count(), 2); // the outcome has no undo

    const QByteArray before = testsupport::contentHash(db);
    QSignalSpy refused(m_tab->commands(), &core::CommandStack::refused);
    undo->undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(detail->request.code),
        qPrintable(refused.first().first().toString()));
    QCOMPARE(testsupport::contentHash(db), before);
    QCOMPARE(count("outcome = 'void'"), voids + 1);
    // The refused entry left the history; the earlier call is still undoable
    // in principle, and no Redo is offered for what did not happen.
    QCOMPARE(undo->count(), 1);
    QVERIFY(!undo->canRedo());
}

void TestListeningTab::queueIsReadOnTheWorkerAndSearchedWithoutSql()
{
    signIn("coordinatrice");
    QVERIFY(openTab());
    CallbackQueueModel *model = m_tab->queueModel();
    const int all = model->rowCount();
    QVERIFY(all > 3);
    const QString code = model->entry(2)->code;
    QLineEdit *search = nullptr;
    for (QLineEdit *e : m_tab->findChildren<QLineEdit *>())
        if (e->accessibleName() == "Search the queue")
            search = e;
    QVERIFY(search);
    testsupport::SqlProbe probe(m_connection.db());
    QVERIFY(probe.isValid());
    m_tab->reload();
    QVERIFY(m_tab->isLoading());
    QCOMPARE(model->rowCount(), all); // the rows stay until the new ones arrive
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->isLoading(), 120000);
    QCOMPARE(model->rowCount(), all);
    QTest::keyClicks(search, code);
    // Filtered at once, from the queue read.
    QVERIFY(model->rowCount() >= 1 && model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->entry(row)->code.contains(code));
    QVERIFY(!m_tab->isLoading());
    search->clear();
    QCOMPARE(model->rowCount(), all);
    for (const QString &sql : probe.statements())
        QVERIFY2(!sql.contains("NOT EXISTS (SELECT 1 FROM listening_outcome"), qPrintable(sql));

    // "Print the queue" builds the report on the worker, signed in as the
    // window is (the names opened as there), the button disabled meanwhile.
    core::ReportRequest request;
    request.operatorName = m_context.operatorName;
    request.now = m_context.clock->now();
    request.locale = QLocale();
    auto direct = ListeningReports::queue(m_connection.db(), request);
    QVERIFY(direct.ok());
    probe.reset();
    std::optional<core::Result<core::ReportDocument>> built;
    QVERIFY(m_tab->prepareQueueReport([&](const core::Result<core::ReportDocument> &d) { built = d; }));
    QVERIFY(m_tab->isPreparingReport());
    QVERIFY(!m_tab->printButton()->isEnabled());
    QVERIFY(!m_tab->prepareQueueReport([](const core::Result<core::ReportDocument> &) { QFAIL("built twice"); }));
    QTRY_VERIFY_WITH_TIMEOUT(built.has_value(), 120000);
    QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    QVERIFY(m_tab->printButton()->isEnabled());
    QVERIFY(built->ok());
    QVERIFY((*built)->primaryTable() && direct->primaryTable());
    QCOMPARE((*built)->primaryTable()->rows, direct->primaryTable()->rows);
    QVERIFY((*built)->primaryTable()->rows.size() > 3);
}

void TestListeningTab::countdownsMoveWithTheClock()
{
    signIn("psicologa");
    QVERIFY(openTab());
    const QueueCounts now = CallbackQueue::count(m_tab->queueModel()->entries());
    m_tab->queueModel()->tick(m_clock.nowMs() + 3 * 24 * 3600 * 1000LL);
    const QueueCounts later = CallbackQueue::count(m_tab->queueModel()->entries());
    QVERIFY(later.overdue > now.overdue);
    QCOMPARE(later.overdue, later.waiting); // three days on, nobody waiting is on time
}

void TestListeningTab::otherPagesShowTheDemo()
{
    signIn("coordinatrice");
    QVERIFY(openTab());
    auto *archive = m_tab->findChild<ArchivePage *>();
    QVERIFY(archive && testsupport::waitForList(archive->model()));
    QVERIFY(archive->model()->rowCount() > 100);
    auto *groups = m_tab->findChild<GroupsPage *>();
    QVERIFY(groups);
    QCOMPARE(groups->groupsTable()->rowCount(), 2);
    auto *staff = m_tab->findChild<StaffPage *>();
    QVERIFY(staff);
    QCOMPARE(staff->placementsTable()->rowCount(), 3);
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty()) {
        for (int i = 1; i < m_tab->pages()->count(); ++i) {
            m_tab->pages()->setCurrentIndex(i);
            QApplication::processEvents();
            m_tab->grab().save(QString("%1/listening-page%2.png").arg(dir).arg(i));
        }
    }
}

void TestListeningTab::statusAndCruscottoFigures()
{
    QVERIFY(openTab()); // no session: nothing personal, figures still there
    const auto counts = CallbackQueue::counts(m_connection.db(), m_clock.nowMs());
    QVERIFY(counts->overdue > 0);
    const auto status = m_module.statusFigures(m_connection.db(), m_clock.now());
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().tone, core::HeadlineFigure::Tone::Alert);
    QCOMPARE(status.first().value, QString::number(counts->overdue));
    m_module.createTab(m_context, nullptr)->deleteLater(); // learns the clock
    const auto figures = m_module.headlineFigures(m_connection.db(), m_clock.today());
    QVERIFY(figures.size() >= 3);
    QCOMPARE(figures.at(1).tone, core::HeadlineFigure::Tone::Alert);
    QCOMPARE(figures.at(1).value, QString::number(counts->overdue));
}

QTEST_MAIN(TestListeningTab)
#include "tst_listeningtab.moc"
