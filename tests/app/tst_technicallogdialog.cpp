// Aiuto › Registro tecnico (app/technicallogdialog.h): the end of the
// technical log, newest at the bottom, bounded, in a fixed-width font, not
// modal, copied whole by Copia; opened from the Help menu of the window.

#include "mainwindow.h"
#include "moduleregistry.h"
#include "technicallogdialog.h"

#include "core/db/connectionstate.h"
#include "core/domain/logcategories.h"
#include "core/domain/technicallog.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/appcontext.h"
#include "core/ui/module.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestTechnicalLogDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheBoundedEndNewestAtTheBottom();
    void opensFromTheHelpMenu();

private:
    QTemporaryDir m_dir;
    core::FixedClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(10, 0)) };
    QString folder() const { return m_dir.filePath(QStringLiteral("log")); }
};

void TestTechnicalLogDialog::initTestCase()
{
    core::TechnicalLog::Options options;
    options.folder = folder();
    options.clock = &m_clock;
    options.ownToStderr = false;
    options.maxBytes = 4 * 1024 * 1024; // one file: the bound of the tail is the dialog's
    QVERIFY(core::TechnicalLog::install(options));
}

void TestTechnicalLogDialog::cleanupTestCase()
{
    core::TechnicalLog::uninstall();
}

void TestTechnicalLogDialog::showsTheBoundedEndNewestAtTheBottom()
{
    for (int i = 1; i <= 4000; ++i)
        qCInfo(core::logcat::sync).noquote() << QStringLiteral("round %1 of the test").arg(i);
    QVERIFY(QFileInfo(core::TechnicalLog::filePath()).size() > TechnicalLogDialog::maxBytes);

    TechnicalLogDialog dialog(folder());
    QSignalSpy loaded(&dialog, &TechnicalLogDialog::loaded);
    QVERIFY(loaded.count() > 0 || loaded.wait(120000));
    QVERIFY(!dialog.isModal());
    const QString text = dialog.text()->toPlainText();
    QVERIFY(text.toUtf8().size() <= TechnicalLogDialog::maxBytes);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1000);
    QVERIFY2(lines.first().startsWith(QLatin1String("2026-03-10 10:00:00.000")), qPrintable(lines.first()));
    QVERIFY(lines.last().endsWith(QLatin1String("| round 4000 of the test")));
    // The platform's fixed-width font (offscreen has no real one to measure).
    QCOMPARE(dialog.text()->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());

    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyLog"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), text);
}

void TestTechnicalLogDialog::opensFromTheHelpMenu()
{
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    const auto modules = createModules();
    core::ReportCatalog reports = createReportCatalog(modules);
    core::AppContext context;
    context.db = database.db();
    context.operatorName = QStringLiteral("Test");
    context.workstation = core::sessionWorkstation(database.db());
    context.reports = &reports;
    MainWindow window(context, modules);
    qCWarning(core::logcat::backup) << "written just before the menu";

    QAction *action = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == MainWindow::tr("&Technical log"))
                    action = a;
    QVERIFY(action);
    action->trigger();
    TechnicalLogDialog *dialog = window.technicalLogDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    // The window's own workers may log after this line: it need not be the last.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading()
            && dialog->text()->toPlainText().contains(QLatin1String("written just before the menu")),
        120000);
    action->trigger(); // again: the same window, read again
    QCOMPARE(window.technicalLogDialog(), dialog);
}

QTEST_MAIN(TestTechnicalLogDialog)
#include "tst_technicallogdialog.moc"
