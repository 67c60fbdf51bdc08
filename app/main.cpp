// Ci siAMO!: the operations room program of the CCV-MI.
// One binary: without a subcommand it opens the window; with one
// (demo, check, backup, report, ...) it runs headless and exits.

#include "applicationcontroller.h"
#include "appsettings.h"
#include "firstpaint.h"
#include "cli/clicommand.h"
#include "cli/invocation.h"
#include "moduleregistry.h"
#include "translations.h"

#include "core/domain/clock.h"
#include "core/domain/logcategories.h"
#include "core/domain/technicallog.h"
#include "core/ui/sortarrowstyle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QTextStream>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("CCV-MI"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ccvmi.it"));
    QCoreApplication::setApplicationName(QStringLiteral("cisiamo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CISIAMO_VERSION));

    // Qt warns when the runtime folder is not set (root shells, CI): give it
    // the private folder it would fall back to anyway.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Invocation invocation = parseInvocation(arguments);

    // Commands run without a display (servers, CI, scripts); they still
    // need a GUI application for fonts, PDF and rendered charts.
    if (invocation.isHeadless() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The technical log (core/domain/technicallog.h): <data>/log/cisiamo.log
    // and stderr; the command line keeps its stderr for the person unless
    // --log-level is given.
    core::TechnicalLog::Options log;
    log.folder = core::TechnicalLog::defaultFolder();
    log.ownToStderr = !invocation.isHeadless() || !invocation.logLevel.isEmpty();
    core::TechnicalLog::install(log);
    if (!invocation.logLevel.isEmpty())
        core::TechnicalLog::setLevel(invocation.logLevel);
    QApplication::setApplicationDisplayName(QStringLiteral("Ci siAMO!"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cisiamo.svg")));
    installTranslations(app, chooseLanguage(invocation.language, AppSettings::savedLanguage(), QLocale::system()));
    // The usage errors were written before the language was known: once
    // more, now in the chosen one.
    if (!invocation.usageError.isEmpty())
        invocation = parseInvocation(arguments);

    // CISIAMO_NOW moves the program's clock (tests, scripts): a value that is
    // not a date must not silently leave the real time in place.
    if (const QString bad = core::SystemClock::invalidSetting(); !bad.isEmpty()) {
        QTextStream(stderr)
            << CliRun::tr("CISIAMO_NOW: \"%1\" is neither a date (yyyy-MM-dd) nor a date and time (yyyy-MM-ddTHH:mm:ss)")
                   .arg(bad)
            << Qt::endl;
        return ExitUsage;
    }
    declareSyncTables();
    if (invocation.isHeadless())
        return runCommandLine(invocation);
    qCInfo(core::logcat::app).noquote() << "Ci siAMO!" << QApplication::applicationVersion() << "started, window, Qt"
                                        << qVersion();

    // Benchmarks only (HACKING.md): CISIAMO_EXIT_AFTER_FIRST_PAINT=1.
    firstpaint::installBenchmarkProbe();
    QApplication::setStyle(new core::SortArrowStyle);
    ApplicationController controller(invocation.database.isEmpty() ? AppSettings::databasePath() : invocation.database,
                                     invocation.user,
                                     invocation.create);
    if (!controller.start()) {
        qCInfo(core::logcat::app) << "closed before the window opened";
        return ExitFailed;
    }
    const int code = QApplication::exec();
    qCInfo(core::logcat::app) << "quit, exit code" << code;
    return code;
}
