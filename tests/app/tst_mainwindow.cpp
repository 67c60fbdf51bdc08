#include "dashboardtab.h"
#include "demobuilder.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "translations.h"

#include "idlewatcher.h"
#include "workstationcover.h"

#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"
#include "core/demo/demoaccounts.h"
#include "core/reference/referenceloader.h"
#include "core/ui/appcontext.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/moduletab.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensInItalianWithEveryTab();
    void everyTabBuildsOnTheDemoDatabase();
    void dashboardShowsFiguresFromTheDatabase();
    void statusBarShowsOperatorWorkstationDatabase();
    void statusBarShowsOverdueCallbacks();
    void menusFollowTheRole();
    void idleWorkstationIsCovered();

private:
    QTemporaryDir m_dir;
    core::DbConnection m_connection;
    core::AppContext m_context;
    std::vector<std::unique_ptr<core::Module>> m_modules;
    core::ReportCatalog m_reports;
};

void TestMainWindow::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), "it");
    const QString path = m_dir.filePath("demo.sqlite");
    QVERIFY(createDemoDatabase(path, DemoOptions()).ok());
    auto connection = core::openDatabase(path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
    core::setSessionOperator(m_connection.db(), "Mario Rossi");
    m_modules = createModules();
    m_reports = createReportCatalog(m_modules);
    m_context.db = m_connection.db();
    m_context.operatorName = "Mario Rossi";
    m_context.workstation = core::sessionWorkstation(m_connection.db());
    m_context.reports = &m_reports;
}

void TestMainWindow::opensInItalianWithEveryTab()
{
    MainWindow window(m_context, m_modules);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->count(), int(m_modules.size()) + 1);
    QStringList tabs;
    for (int i = 0; i < window.tabs()->count(); ++i)
        tabs.append(window.tabs()->tabText(i));
    const QStringList expected { "Cruscotto", "Magazzino", "Consegne", "Volontari", "ConosciAMO", "AscoltiAMO",
                                 "Sala operativa", "Colonna Mobile", "Comuni" };
    QCOMPARE(tabs, expected);
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus.append(a->text().remove('&'));
    QCOMPARE(menus, (QStringList{ "File", "Modifica", "Stampa", "Sincronizzazione", "Aiuto" }));
}

void TestMainWindow::everyTabBuildsOnTheDemoDatabase()
{
    MainWindow window(m_context, m_modules);
    window.show();
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        auto *tab = qobject_cast<core::ModuleTab *>(window.tabs()->widget(i));
        QVERIFY(tab);
        QVERIFY2(tab->isBuilt(), qPrintable(window.tabs()->tabText(i)));
        QVERIFY(!tab->findChildren<QWidget *>().isEmpty());
    }
    auto *map = window.tab("comuni")->findChild<core::ComuniMapWidget *>();
    QVERIFY(map);
    QCOMPARE(map->comuneCount(), 133);
}

void TestMainWindow::dashboardShowsFiguresFromTheDatabase()
{
    MainWindow window(m_context, m_modules);
    window.show();
    QSignalSpy shown(window.dashboard(), &DashboardTab::figuresShown);
    window.dashboard()->ensureBuilt();
    // Read on the Cruscotto's worker: they arrive by signal.
    QVERIFY(shown.count() > 0 || shown.wait(60000));
    const QString figures = window.dashboard()->shownFigures().join('\n');
    QVERIFY2(figures.contains("Comuni della Città metropolitana: 133"), qPrintable(figures));
    QVERIFY(figures.contains("Postazione: 1"));
}

void TestMainWindow::statusBarShowsOperatorWorkstationDatabase()
{
    MainWindow window(m_context, m_modules);
    QStringList texts;
    for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
        texts.append(l->text());
    const QString all = texts.join(" | ");
    QVERIFY2(all.contains("Operatore: Mario Rossi"), qPrintable(all));
    QVERIFY(all.contains("Postazione 1"));
    QVERIFY(all.contains("Database:"));
}

void TestMainWindow::statusBarShowsOverdueCallbacks()
{
    MainWindow window(m_context, m_modules);
    QSignalSpy read(&window, &MainWindow::statusFiguresShown);
    window.refreshStatusFigures();
    // Read on a worker: they arrive by signal.
    QVERIFY(read.wait(60000));
    const QString shown = window.shownStatusFigures().join(" | ");
    // The demo always leaves overdue callbacks, relative to now.
    QVERIFY2(shown.contains("Richiami scaduti"), qPrintable(shown));
    auto *label = window.statusBar()->findChild<QLabel *>("status_listening");
    QVERIFY(label && !label->isHidden());
    QVERIFY(label->styleSheet().contains("#b71c1c"));
}

void TestMainWindow::menusFollowTheRole()
{
    auto account = core::AuthService(m_connection.db()).signIn("psicologa", core::demoPassword);
    QVERIFY(account.ok());
    {
        MainWindow window(m_context, m_modules);
        QStringList enabled, disabled;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                (a->isEnabled() ? enabled : disabled).append(a->text().remove('&'));
        QVERIFY2(disabled.contains("Operatori e ruoli..."), qPrintable(disabled.join(", ")));
        QVERIFY(disabled.contains("Registro delle attività..."));
        QVERIFY(enabled.contains("Cambia operatore..."));
        QVERIFY(enabled.contains("Blocca la postazione"));
        QVERIFY(window.tab("listening"));
        QVERIFY(window.tab("comuni"));
    }
    core::AuthService(m_connection.db()).signOut();
    core::setSessionOperator(m_connection.db(), "Mario Rossi");
}

void TestMainWindow::idleWorkstationIsCovered()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setTimeoutMs(50);
    watcher.start();
    QVERIFY(idle.wait(120000));
    MainWindow window(m_context, m_modules);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WorkstationCover cover;
    cover.cover(nullptr);
    auto *panel = window.findChild<QWidget *>("workstationCover");
    QVERIFY(panel && panel->isVisible());
    QCOMPARE(panel->geometry(), window.rect());
    window.resize(window.width() + 40, window.height());
    QCOMPARE(panel->geometry(), window.rect());
    const QImage image = window.grab().toImage();
    QCOMPARE(image.pixelColor(image.width() / 2, image.height() - 20), QColor(0x12, 0x3a, 0x61)); // nothing readable
    cover.uncover();
    QVERIFY(!window.findChild<QWidget *>("workstationCover"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
