#pragma once

#include "invocation.h"

#include "core/db/database.h"
#include "core/domain/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <functional>

namespace core {
class Command;
class ReportCatalog;
}

// Exit codes of every command: the shell and CI rely on them.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

QList<QCommandLineOption> globalOptions();

// One running command: its parsed options and arguments, the output
// streams, and helpers shared by every command so that they open the
// database, report errors and write files the same way.
namespace core {
struct ReportDocument;
}

class CliRun {
    Q_DECLARE_TR_FUNCTIONS(CliRun)
public:
    CliRun(const Invocation &invocation, const QCommandLineParser &parser, const core::ReportCatalog &reports);

    const QCommandLineParser &parser() const { return m_parser; }
    QStringList arguments() const { return m_parser.positionalArguments(); }
    const core::ReportCatalog &reports() const { return m_reports; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    QString databasePath() const;
    // Who is recorded before anyone signs in: "cli:" and the system user.
    QString operatorName() const;

    // Opens an existing database (never creates one, unless --create),
    // migrated and with its reference data. After signIn(), the first call
    // hands over the connection the user signed in on, whatever readOnly
    // says; otherwise readOnly: for inspection, nothing is written, older
    // schemas allowed.
    core::Result<core::DbConnection> openDatabase(bool readOnly = false);
    QString user() const;
    // The gate of every command but demo, check and schema (runCommandLine):
    // without --user, the refusal is written to the audit log (when the
    // database can be written) and nothing else happens; with it, the
    // password (CISIAMO_PASSWORD or the terminal, never an argument) signs
    // the user in on `path`, and the changes carry the user name.
    // ExitOk or ExitFailed, with the message on stderr.
    int signIn(const QString &command, const QString &path);
    // Checks that the signed-in user may (the refusal is audited); the
    // message says how to sign in when nobody did.
    core::Status require(const QSqlDatabase &db, const QString &permission);
    // The same, on the connection of signIn() before a command opens it.
    core::Status require(const QString &permission);

    // Reads a date option (dd/MM/yyyy or yyyy-MM-dd); *bad is set when the
    // option is present but not a date.
    QDate dateOption(const QString &name, bool *bad) const;

    // Writes the whole file or nothing (core::writeWholeFile), or to stdout when path is empty.
    core::Status writeOutput(const QByteArray &data, const QString &path);

    // A report's --format (csv, html, pdf, xlsx) and --out: what is wrong
    // with them, for usage(), or empty.
    static QString reportFormatProblem(const QString &format, const QString &outPath);
    // Writes a built report as --format says: CSV (RFC 4180, machine
    // names) or HTML to the file or stdout, PDF or an Excel workbook to the
    // file, complete or absent. ExitOk or ExitFailed.
    int writeReport(const core::ReportDocument &document, const QString &format, const QString &outPath);

    // Runs a command on the connection the user signed in on (from
    // openDatabase()) through the command layer (permission, one
    // transaction, audit entry: core/commands), exactly as the window does.
    // ExitOk, or ExitFailed with the message on stderr.
    int run(const QSqlDatabase &db, core::Command &command);

    int fail(const core::Error &error);      // message on stderr, exit 1
    int failNotSignedIn(const core::Error &error); // ... with how to sign in
    int usage(const QString &message);       // message and usage on stderr, exit 2

private:
    core::Result<core::DbConnection> openConnection(const QString &path, bool readOnly, bool mayCreate);
    void auditNotSignedIn(const QString &command, const QString &path);

    const Invocation &m_invocation;
    const QCommandLineParser &m_parser;
    const core::ReportCatalog &m_reports;
    QTextStream m_out;
    QTextStream m_err;
    core::DbConnection m_signedIn; // from signIn() until openDatabase()
};

// Whether a command runs only for a signed-in user (the default: whatever
// changes data or reads personal data), or without (demo, check, schema),
// or signs in itself (restore: the database it replaces may be damaged).
enum class CliSignIn { Required, NotNeeded, ByCommand };

struct CliCommand {
    QString name;
    QString synopsis;                 // "backup OUT"
    std::function<QString()> summary; // translated one-liner
    QList<QCommandLineOption> options;
    int minArguments = 0;
    int maxArguments = 0;
    std::function<int(CliRun &)> run;
    CliSignIn signIn = CliSignIn::Required;
    // Checked after the sign-in; empty when the command checks a permission
    // that depends on its arguments (report, import).
    QString permission;
};

// All commands, in the order the usage text lists them.
QList<CliCommand> cliCommands();
const CliCommand *findCliCommand(const QList<CliCommand> &commands, const QString &name);

// Runs the command line (the window is not opened). Returns the exit code.
int runCommandLine(const Invocation &invocation);

// Usage text for --help and usage errors.
QString usageText();
