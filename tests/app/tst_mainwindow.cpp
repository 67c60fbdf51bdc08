#include "dashboardtab.h"
#include "demobuilder.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "translations.h"

#include "core/db/connectionstate.h"
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
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensInItalianWithEveryTab();
    void everyTabBuildsOnTheDemoDatabase();
    void dashboardShowsFiguresFromTheDatabase();
    void statusBarShowsOperatorWorkstationDatabase();

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
    QCOMPARE(window.tabs()->tabText(0), QString("Cruscotto"));
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus.append(a->text().remove('&'));
    QCOMPARE(menus, (QStringList{ "File", "Stampa", "Sincronizzazione", "Aiuto" }));
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
    window.dashboard()->ensureBuilt();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
