#include "clicommand.h"

#include "../appsettings.h"
#include "../moduleregistry.h"

#include "passwordprompt.h"

#include "core/auth/access.h"
#include "core/auth/auditlog.h"
#include "core/auth/authservice.h"
#include "core/commands/commandrunner.h"
#include "core/db/connectionstate.h"
#include "core/domain/dates.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
#include "core/domain/technicallog.h"
#include "core/domain/wholefile.h"
#include "core/reference/referenceloader.h"
#include "core/reporting/reportcsv.h"
#include "core/reporting/reportrenderer.h"
#include "core/reporting/reportxlsx.h"
#include "core/ui/errortext.h"

#include <QFileInfo>

#include <cstdio>

#include <pwd.h>
#include <unistd.h>

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption({ QStringLiteral("d"), QStringLiteral("db") }, CliRun::tr("Database file (default: the one in the settings)."),
                           CliRun::tr("FILE")),
        QCommandLineOption(QStringLiteral("create"),
                           CliRun::tr("Create the database file when it does not exist (otherwise a missing file is an error).")),
        QCommandLineOption(QStringLiteral("lang"), CliRun::tr("Language of the program: it or en (default: the one chosen in the settings, else the system's)."), QStringLiteral("it|en")),
        QCommandLineOption(QStringLiteral("user"),
                           CliRun::tr("Sign in as this user (password from CISIAMO_PASSWORD or asked at the terminal)."),
                           CliRun::tr("USER")),
        QCommandLineOption(QStringLiteral("log-level"),
                           CliRun::tr("Technical log: write from this level on, and show those lines on stderr too "
                                      "(the log file is in the data folder, log/cisiamo.log)."),
                           QStringLiteral("debug|info|warning|critical")),
        QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, CliRun::tr("Show this help.")),
        QCommandLineOption({ QStringLiteral("v"), QStringLiteral("version") }, CliRun::tr("Show the version.")),
    };
}

CliRun::CliRun(const Invocation &invocation, const QCommandLineParser &parser, const core::ReportCatalog &reports)
    : m_invocation(invocation), m_parser(parser), m_reports(reports), m_out(stdout), m_err(stderr)
{
}

// The global options, before or after the subcommand, are read once by
// parseInvocation(), which refuses one given twice with different values.
QString CliRun::databasePath() const
{
    return m_invocation.database.isEmpty() ? AppSettings::databasePath() : m_invocation.database;
}

QString CliRun::user() const
{
    return m_invocation.user;
}

QString CliRun::operatorName() const
{
    if (!user().isEmpty())
        return user();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        const passwd *entry = getpwuid(getuid());
        user = entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(getuid());
    }
    return QStringLiteral("cli:%1").arg(user);
}

core::Result<core::DbConnection> CliRun::openDatabase(bool readOnly)
{
    if (m_signedIn.isValid())
        return std::move(m_signedIn);
    return openConnection(databasePath(), readOnly, true);
}

core::Result<core::DbConnection> CliRun::openConnection(const QString &path, bool readOnly, bool mayCreate)
{
    core::OpenOptions options;
    // A new file only when asked: a mistyped --db must not become an empty
    // database. Never for a sign-in: a new database has no accounts.
    options.create = mayCreate && !readOnly && m_invocation.create;
    options.readOnly = readOnly;
    options.migrate = !readOnly;
    auto connection = core::openDatabase(path, options);
    if (!connection)
        return connection.error();
    core::setSessionOperator(connection->db(), operatorName());
    if (core::isReadOnly(connection->db()) && !readOnly)
        m_err << core::ErrorText::describe(core::Error(QStringLiteral("db.read_only"),
                     { path, core::readOnlyReason(connection->db()) }))
              << Qt::endl;
    if (!core::isReadOnly(connection->db()))
        if (auto s = core::loadReferenceData(connection->db()); !s)
            return s.error();
    return connection;
}

int CliRun::signIn(const QString &command, const QString &path)
{
    if (user().isEmpty()) {
        auditNotSignedIn(command, path);
        m_err << tr("«%1» changes data or reads personal data: sign in with --user NAME; the password is read from %2 "
                    "or asked at the terminal, never given as an argument. Nothing was done.")
                     .arg(command, passwordVariable)
              << Qt::endl;
        return ExitFailed;
    }
    auto connection = openConnection(path, false, false);
    if (!connection)
        return fail(connection.error());
    auto password = readPassword(passwordVariable, tr("Password for %1: ").arg(user()), user());
    if (!password)
        return fail(password.error());
    core::AuthService auth(connection->db());
    auto account = auth.signIn(user(), *password, core::AuthService::SuccessRecord::WithTheCommand);
    if (!account)
        return fail(account.error()); // the failed sign-in is in the audit log
    if (account->mustChangePassword) {
        auth.signOut();
        return fail(core::Error(QStringLiteral("auth.must_change_password"), { account->username }));
    }
    core::TechnicalLog::setPerson(account->username);
    core::TechnicalLog::setWorkstation(core::sessionWorkstation(connection->db()));
    qCInfo(core::logcat::auth).noquote() << "signed in for" << command;
    m_signedIn = std::move(*connection);
    return ExitOk;
}

// Best effort: an existing, writable, current database records who tried;
// nothing is created or migrated for it.
void CliRun::auditNotSignedIn(const QString &command, const QString &path)
{
    if (!QFileInfo::exists(path))
        return;
    core::OpenOptions options;
    options.create = false;
    options.migrate = false;
    auto connection = core::openDatabase(path, options);
    if (!connection || core::isReadOnly(connection->db()))
        return;
    core::AuditLog::Entry entry;
    entry.kind = core::AuditKind::Denied;
    entry.username = operatorName();
    entry.detail = QStringLiteral("command line %1: not signed in").arg(command);
    entry.atMs = core::SystemClock::instance().nowMs();
    (void)core::AuditLog::record(connection->db(), entry);
}

core::Status CliRun::require(const QSqlDatabase &db, const QString &permission)
{
    return core::Access::require(db, permission);
}

core::Status CliRun::require(const QString &permission)
{
    return core::Access::require(m_signedIn.db(), permission);
}

int CliRun::run(const QSqlDatabase &db, core::Command &command)
{
    const core::CommandRunner runner(db);
    if (auto s = runner.run(command); !s)
        return failNotSignedIn(s.error());
    return ExitOk;
}

int CliRun::failNotSignedIn(const core::Error &error)
{
    m_err << core::ErrorText::describe(error) << Qt::endl;
    if (error.code == QLatin1String("auth.not_signed_in"))
        m_err << tr("Sign in with --user NAME; the password is read from %1 or asked at the terminal.").arg(passwordVariable)
              << Qt::endl;
    return ExitFailed;
}

QDate CliRun::dateOption(const QString &name, bool *bad) const
{
    if (!m_parser.isSet(name))
        return {};
    const QDate date = core::parseUserDate(m_parser.value(name));
    if (!date.isValid())
        *bad = true;
    return date;
}

core::Status CliRun::writeOutput(const QByteArray &data, const QString &path)
{
    if (path.isEmpty()) {
        m_out.flush();
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return {};
    }
    return core::writeWholeFile(path, data);
}

QString CliRun::reportFormatProblem(const QString &format, const QString &outPath)
{
    if (format != QLatin1String("csv") && format != QLatin1String("html") && format != QLatin1String("pdf")
        && format != QLatin1String("xlsx"))
        return tr("--format wants csv, html, pdf or xlsx.");
    if (format == QLatin1String("pdf") && outPath.isEmpty())
        return tr("A PDF needs a file: add --out FILE.");
    if (format == QLatin1String("xlsx") && outPath.isEmpty())
        return tr("An Excel workbook needs a file: add --out FILE.");
    return {};
}

int CliRun::writeReport(const core::ReportDocument &document, const QString &format, const QString &outPath)
{
    core::Status written;
    if (format == QLatin1String("pdf"))
        written = core::ReportRenderer(document).writePdf(outPath);
    else if (format == QLatin1String("xlsx"))
        written = core::ReportXlsx::write(document, outPath);
    else if (format == QLatin1String("csv"))
        written = writeOutput(core::reportToCsv(document, core::CsvFlavor::Machine), outPath);
    else
        written = writeOutput(core::ReportRenderer(document).standaloneHtml().toUtf8(), outPath);
    if (!written)
        return fail(written.error());
    return ExitOk;
}

int CliRun::fail(const core::Error &error)
{
    qCWarning(core::logcat::app).noquote() << "command failed:" << core::errorLogText(error);
    m_err << core::ErrorText::describe(error) << Qt::endl;
    return ExitFailed;
}

int CliRun::usage(const QString &message)
{
    m_err << message << Qt::endl << Qt::endl << usageText();
    m_err.flush();
    return ExitUsage;
}

const CliCommand *findCliCommand(const QList<CliCommand> &commands, const QString &name)
{
    for (const CliCommand &c : commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString usageText()
{
    QString text;
    QTextStream s(&text);
    s << CliRun::tr("Usage:") << "\n"
      << "  cisiamo [--db FILE] [--create] [--lang it|en] [--user USER]\n"
      << "      " << CliRun::tr("opens the window") << "\n";
    for (const CliCommand &c : cliCommands())
        s << "  cisiamo [--db FILE] " << c.synopsis << "\n      " << c.summary() << "\n";
    s << "\n" << CliRun::tr("Options:") << "\n";
    for (const QCommandLineOption &o : globalOptions()) {
        QStringList names;
        for (const QString &n : o.names())
            names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
        QString left = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            left += QLatin1Char(' ') + o.valueName();
        s << "  " << left.leftJustified(24) << o.description() << "\n";
    }
    s << "\n" << CliRun::tr("These options can come before or after the command, each once.") << "\n";
    s << "\n" << CliRun::tr("Every command but demo, check and schema needs --user; the password is never an argument: "
                           "it is read from the environment variable CISIAMO_PASSWORD or typed at the terminal.") << "\n";
    s << "\n" << CliRun::tr("Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.") << "\n";
    return text;
}

int runCommandLine(const Invocation &invocation)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!invocation.usageError.isEmpty()) {
        err << invocation.usageError << Qt::endl << Qt::endl << usageText();
        return ExitUsage;
    }
    if (invocation.version) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (invocation.help && invocation.command.isEmpty()) {
        out << usageText();
        return ExitOk;
    }
    const QList<CliCommand> commands = cliCommands();
    const CliCommand *command = findCliCommand(commands, invocation.command);
    if (!command) {
        err << CliRun::tr("Unknown command «%1».").arg(invocation.command) << Qt::endl << Qt::endl << usageText();
        return ExitUsage;
    }
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    if (!parser.parse(QStringList{ QCoreApplication::applicationFilePath() } + invocation.commandArguments)) {
        err << parser.errorText() << Qt::endl << Qt::endl << usageText();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")) || invocation.help) {
        out << "cisiamo " << command->synopsis << "\n  " << command->summary() << "\n";
        for (const QCommandLineOption &o : command->options)
            out << "  --" << o.names().constLast() << (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName())
                << "\n      " << o.description() << "\n";
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < command->minArguments || count > command->maxArguments) {
        err << CliRun::tr("Wrong number of arguments for «%1»: cisiamo %2").arg(command->name, command->synopsis) << Qt::endl;
        return ExitUsage;
    }
    qCInfo(core::logcat::app).noquote() << "Ci siAMO!" << QCoreApplication::applicationVersion() << "command"
                                        << command->name << "started";
    const core::ReportCatalog reports = createReportCatalog(createModules());
    CliRun run(invocation, parser, reports);
    int code = ExitOk;
    if (command->signIn == CliSignIn::Required) {
        code = run.signIn(command->name, run.databasePath());
        if (code == ExitOk && !command->permission.isEmpty())
            if (auto s = run.require(command->permission); !s)
                code = run.fail(s.error());
    }
    if (code == ExitOk)
        code = command->run(run);
    run.out().flush();
    run.err().flush();
    qCInfo(core::logcat::app).noquote() << "command" << command->name << "finished, exit code" << code;
    return code;
}
