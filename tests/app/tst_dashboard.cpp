// The Cruscotto reads its figures on a worker thread with its own
// connection (issue 17): they arrive by signal, the old figures stay on
// screen while new ones load, refreshes asked meanwhile are merged, only
// the modules whose tables changed are read again, and the worker's figures
// are those the modules compute on the GUI thread's connection. Each real
// module's figures read only the tables it lists in headlineTables() (or
// reference data that no operation changes), so that "read again only when
// its tables change" never leaves a figure stale; the Cruscotto runs no
// statement on the window's connection while it refreshes.

#include "dashboardloader.h"
#include "dashboardtab.h"
#include "moduleregistry.h"
#include "translations.h"

#include "core/db/sql.h"
#include "core/auth/authservice.h"
#include "core/db/changenotifier.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/demo/demoaccounts.h"
#include "core/ui/appcontext.h"
#include "core/ui/module.h"
#include "support/demodatabase.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/domain/volunteerfigures.h"
#include "support/testclock.h"
#include "support/sqlprobe.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

// A module whose figure is the number of times it was computed; it records
// the thread it ran on and, when gated, waits for the test to let it go.
class FakeModule : public core::Module {
public:
    FakeModule(QString id, QStringList tables) : m_id(std::move(id)), m_tables(std::move(tables)) { }
    QString id() const override { return m_id; }
    QString title() const override { return m_id; }
    QIcon icon() const override { return {}; }
    core::ModuleTab *createTab(core::AppContext &, QWidget *) override { return nullptr; }
    QStringList headlineTables() const override { return m_tables; }
    QList<core::HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &) const override
    {
        thread = QThread::currentThread();
        connectionName = db.connectionName();
        if (gated)
            gate.acquire();
        return { { m_id, QString::number(++computed) } };
    }

    mutable std::atomic<QThread *> thread { nullptr };
    mutable QString connectionName; // read after the figures arrived
    mutable std::atomic_int computed { 0 };
    mutable QSemaphore gate;
    std::atomic_bool gated { false };

private:
    QString m_id;
    QStringList m_tables;
};

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void figuresAreReadOnAWorkerAndArriveBySignal();
    void oldFiguresStayWhileNewOnesLoad();
    void refreshesAskedMeanwhileAreMerged();
    void onlyTheModulesWhoseTablesChangedAreReadAgain();
    void stopClosesTheWorkersConnection();
    void workerFiguresEqualTheSynchronousOnesOnTheDemo();
    void volunteerBacklogEqualsTheRegisterAndTheLimitMonitor();
    void figuresReadOnlyTheTablesTheyList_data();
    void figuresReadOnlyTheTablesTheyList();
    void refreshRunsNoStatementOnTheWindowsConnection();

private:
    QString shown(const DashboardTab &tab, const QString &id) const;

    QTemporaryDir m_dir;
    QString m_path;
    core::DbConnection m_connection;
    core::AppContext m_context;
    core::FixedClock m_clock { testsupport::testNow() };
    std::vector<std::unique_ptr<core::Module>> m_fakes;
    FakeModule *m_a = nullptr;
    FakeModule *m_b = nullptr;
};

void TestDashboard::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), "it");
    m_path = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_path.isEmpty());
    auto connection = core::openDatabase(m_path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
    core::setSessionOperator(m_connection.db(), "Mario Rossi");
    m_context.db = m_connection.db();
    m_context.operatorName = "Mario Rossi";
    m_context.clock = &m_clock;
}

void TestDashboard::init()
{
    m_fakes.clear();
    auto a = std::make_unique<FakeModule>("a", QStringList { "stock_lot" });
    auto b = std::make_unique<FakeModule>("b", QStringList { "volunteer" });
    m_a = a.get();
    m_b = b.get();
    m_fakes.push_back(std::move(a));
    m_fakes.push_back(std::move(b));
}

void TestDashboard::cleanup()
{
    // Never leave a worker waiting at the gate.
    m_a->gated = false;
    m_b->gated = false;
    m_a->gate.release(100);
    m_b->gate.release(100);
}

QString TestDashboard::shown(const DashboardTab &tab, const QString &id) const
{
    for (const QString &figure : tab.shownFigures())
        if (figure.startsWith(id + ": "))
            return figure.mid(id.size() + 2);
    return {};
}

void TestDashboard::figuresAreReadOnAWorkerAndArriveBySignal()
{
    DashboardTab tab(m_context, m_fakes);
    QSignalSpy shownSpy(&tab, &DashboardTab::figuresShown);
    m_a->gated = true;
    tab.ensureBuilt(); // the first refresh
    // Nothing read on this thread: the figure is not there yet, and the tab
    // says the figures are being read.
    QVERIFY(shown(tab, "a").isEmpty());
    QVERIFY(tab.isLoading());
    QVERIFY(!tab.loadingLabel()->isHidden());
    QCOMPARE(tab.loadingLabel()->text(), QCoreApplication::translate("DashboardTab", "Reading the figures…"));
    m_a->gate.release();
    QVERIFY(shownSpy.wait(30000));
    QCOMPARE(shown(tab, "a"), QString("1"));
    QCOMPARE(shown(tab, "b"), QString("1"));
    QVERIFY(m_a->thread.load() != nullptr);
    QVERIFY(m_a->thread.load() != QThread::currentThread());
    QCOMPARE(m_b->thread.load(), m_a->thread.load());
    // Its own connection, not the GUI thread's.
    QVERIFY(m_a->connectionName != m_connection.db().connectionName());
    QVERIFY(!tab.isLoading());
    QVERIFY(tab.loadingLabel()->isHidden());
}

void TestDashboard::oldFiguresStayWhileNewOnesLoad()
{
    DashboardTab tab(m_context, m_fakes);
    QSignalSpy shownSpy(&tab, &DashboardTab::figuresShown);
    tab.ensureBuilt();
    QVERIFY(shownSpy.wait(30000));
    QCOMPARE(shown(tab, "a"), QString("1"));
    m_a->gated = true;
    tab.refresh();
    QVERIFY(tab.isLoading());
    QCoreApplication::processEvents();
    // Still the old figures, and "updating".
    QCOMPARE(shown(tab, "a"), QString("1"));
    QVERIFY(!tab.loadingLabel()->isHidden());
    QCOMPARE(tab.loadingLabel()->text(), QCoreApplication::translate("DashboardTab", "Updating the figures…"));
    m_a->gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(shown(tab, "a"), QString("2"), 30000);
    QVERIFY(tab.loadingLabel()->isHidden());
}

void TestDashboard::refreshesAskedMeanwhileAreMerged()
{
    DashboardTab tab(m_context, m_fakes);
    QSignalSpy shownSpy(&tab, &DashboardTab::figuresShown);
    m_a->gated = true;
    tab.ensureBuilt();
    // Five more while the first is running: one more runs after it.
    for (int i = 0; i < 5; ++i)
        tab.refresh();
    m_a->gated = false;
    m_a->gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(shownSpy.count(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.isLoading(), 30000);
    QCOMPARE(m_a->computed.load(), 2);
    QCOMPARE(m_b->computed.load(), 2);
    QCOMPARE(shown(tab, "a"), QString("2"));
}

void TestDashboard::onlyTheModulesWhoseTablesChangedAreReadAgain()
{
    DashboardTab tab(m_context, m_fakes);
    QSignalSpy shownSpy(&tab, &DashboardTab::figuresShown);
    tab.ensureBuilt();
    QVERIFY(shownSpy.wait(30000));
    core::ChangeNotifier::instance()->notifyChanged({ "volunteer", "change_log" });
    QVERIFY(shownSpy.wait(30000));
    QCOMPARE(m_a->computed.load(), 1);
    QCOMPARE(m_b->computed.load(), 2);
    // Both cards are still on screen.
    QCOMPARE(shown(tab, "a"), QString("1"));
    QCOMPARE(shown(tab, "b"), QString("2"));
    // A table nobody reads: only the activity is read again.
    core::ChangeNotifier::instance()->notifyChanged({ "tutoring_subject" });
    QVERIFY(shownSpy.wait(30000));
    QCOMPARE(m_a->computed.load(), 1);
    QCOMPARE(m_b->computed.load(), 2);
    QCOMPARE(shown(tab, "b"), QString("2"));
}

void TestDashboard::stopClosesTheWorkersConnection()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        DashboardTab tab(m_context, m_fakes);
        QSignalSpy shownSpy(&tab, &DashboardTab::figuresShown);
        tab.ensureBuilt();
        QVERIFY(shownSpy.wait(30000));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
        // Stopped while a refresh runs: it waits for it, then closes.
        tab.refresh();
        tab.stopLoading();
        QCOMPARE(QSqlDatabase::connectionNames(), before);
        QVERIFY(!tab.isLoading());
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestDashboard::workerFiguresEqualTheSynchronousOnesOnTheDemo()
{
    const auto modules = createModules();
    QList<const core::Module *> all;
    for (const auto &m : modules)
        all.append(m.get());
    // Signed in: the worker reads as the session does.
    QVERIFY(core::AuthService(m_connection.db(), m_clock).signIn("coordinatrice", core::demoPassword).ok());
    const QDate today = m_clock.today();
    const DashboardFigures expected = computeDashboardFigures(m_connection.db(), all, today);
    DashboardLoader loader;
    QSignalSpy loaded(&loader, &DashboardLoader::loaded);
    loader.request(m_connection.db(), all, today);
    QVERIFY(loaded.wait(120000));
    const auto got = loaded.first().first().value<DashboardFigures>();
    core::AuthService(m_connection.db(), m_clock).signOut();
    QCOMPARE(got.byModule.keys().size(), all.size());
    for (const core::Module *module : all) {
        const auto &mine = got.byModule.value(module->id());
        const auto &theirs = expected.byModule.value(module->id());
        QVERIFY2(!theirs.isEmpty(), qPrintable(module->id()));
        QCOMPARE(mine.size(), theirs.size());
        for (int i = 0; i < mine.size(); ++i) {
            QCOMPARE(mine.at(i).label, theirs.at(i).label);
            QCOMPARE(mine.at(i).value, theirs.at(i).value);
            QCOMPARE(mine.at(i).note, theirs.at(i).note);
            QCOMPARE(int(mine.at(i).tone), int(theirs.at(i).tone));
            QCOMPARE(mine.at(i).page, theirs.at(i).page);
        }
    }
    QVERIFY(got.activity.has_value());
    QCOMPARE(got.activity->changesToday, expected.activity->changesToday);
    QCOMPARE(got.activity->lastChangeAt, expected.activity->lastChangeAt);
}

void TestDashboard::figuresReadOnlyTheTablesTheyList_data()
{
    QTest::addColumn<QString>("module");
    for (const auto &m : createModules())
        QTest::newRow(qPrintable(m->id())) << m->id();
}

// The tables a module's headline figures read, from the statements SQLite
// ran for them, are among those it lists: a change to any of them makes
// the Cruscotto read its figures again. Reference data (the comuni, the
// goods categories) and the session's own tables are left aside.
void TestDashboard::figuresReadOnlyTheTablesTheyList()
{
    QFETCH(QString, module);
    const auto modules = createModules();
    const core::Module *found = nullptr;
    for (const auto &m : modules)
        if (m->id() == module)
            found = m.get();
    QVERIFY(found);
    const QStringList listed = found->headlineTables();
    if (listed.isEmpty())
        QSKIP("reads what it likes: read again after any change");
    QSet<QString> tables;
    auto names = core::runQuery(m_connection.db(), "SELECT name FROM sqlite_master WHERE type = 'table'");
    QVERIFY(names.ok());
    while (names->next())
        tables.insert(names->value(0).toString());
    QVERIFY(core::AuthService(m_connection.db(), m_clock).signIn("coordinatrice", core::demoPassword).ok());
    QStringList statements;
    {
        testsupport::SqlProbe probe(m_connection.db());
        QVERIFY(probe.isValid());
        const auto figures = found->headlineFigures(m_connection.db(), m_clock.today());
        QVERIFY(!figures.isEmpty());
        statements = probe.statements();
    }
    core::AuthService(m_connection.db(), m_clock).signOut();
    QVERIFY(!statements.isEmpty()); // the probe saw them
    // Reference rows no operation of the room writes, the session's own,
    // and summary tables kept by triggers from tables the module lists
    // (local, never in the change log themselves).
    const QSet<QString> constant { "comune", "comune_cmm", "comune_zone", "goods_category", "local_config",
        "session_context", "account", "key_grant", "data_vault", "volunteer_backlog", "volunteer_backlog_dirty" };
    static const QRegularExpression read(QStringLiteral("\\b(?:FROM|JOIN)\\s+([A-Za-z_][A-Za-z0-9_]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList unlisted;
    for (const QString &sql : std::as_const(statements))
        for (auto it = read.globalMatch(sql); it.hasNext();) {
            const QString table = it.next().captured(1);
            if (tables.contains(table) && !constant.contains(table) && !listed.contains(table)
                && !unlisted.contains(table))
                unlisted.append(table);
        }
    QVERIFY2(unlisted.isEmpty(), qPrintable(module + ": reads " + unlisted.join(", ") + " not in headlineTables()"));
}

// A save in the tutoring and listening tables: the Cruscotto reads those
// two modules' figures again on its worker, and the window's own
// connection runs no statement from the save to the figures on screen.
void TestDashboard::refreshRunsNoStatementOnTheWindowsConnection()
{
    const auto modules = createModules();
    DashboardTab tab(m_context, modules);
    tab.ensureBuilt();
    QSignalSpy shown(&tab, &DashboardTab::figuresShown);
    QVERIFY(shown.wait(120000));
    const QString before = tab.shownFigures().join("\n");
    shown.clear();
    testsupport::SqlProbe probe(m_connection.db());
    QVERIFY(probe.isValid());
    core::ChangeNotifier::instance()->notifyChanged({ "tutoring_lesson", "listening_request" });
    QVERIFY(shown.wait(120000));
    QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    QCOMPARE(tab.shownFigures().join("\n"), before); // nothing changed: the same figures
}

void TestDashboard::volunteerBacklogEqualsTheRegisterAndTheLimitMonitor()
{
    // The Cruscotto's one-pass count against the two full computations it
    // replaced (the limits page's and the attestati register's).
    const QSqlDatabase db = m_connection.db();
    auto backlog = volunteers::backlogFigures(db);
    QVERIFY(backlog.ok());
    auto over = volunteers::LimitMonitor(db).volunteersOverLimits();
    QVERIFY(over.ok());
    int overUncertified = 0;
    for (const volunteers::VolunteerOverLimit &v : *over)
        if (v.uncertifiedDaysOver > 0)
            ++overUncertified;
    auto pending = volunteers::AttestatoRegister(db, m_clock).pendingSummary({});
    QVERIFY(pending.ok());
    QVERIFY(overUncertified > 0);
    QVERIFY(pending->groups > 0);
    QCOMPARE(backlog->volunteersOverLimits, overUncertified);
    QCOMPARE(backlog->attestatiToIssue, pending->groups);
    QCOMPARE(backlog->volunteersWithoutEmployer, pending->volunteersWithoutEmployer);
    // The demo left the summary up to date: read from its rows alone.
    QCOMPARE(core::queryValue(db, QStringLiteral("SELECT count(*) FROM volunteer_backlog_dirty"))->toInt(), 0);
    QVERIFY(core::queryValue(db, QStringLiteral("SELECT count(*) FROM volunteer_backlog"))->toInt() > 0);
    auto history = volunteers::backlogFiguresFromHistory(db);
    QVERIFY(history.ok());
    QVERIFY(*history == *backlog);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
