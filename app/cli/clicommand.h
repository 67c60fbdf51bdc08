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
class ReportCatalog;
}

// Exit codes of every command: the shell and CI rely on them.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

QList<QCommandLineOption> globalOptions();

// One running command: its parsed options and arguments, the output
// streams, and helpers shared by every command so that they open the
// database, report errors and write files the same way.
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
    QString operatorName() const;

    // Opens an existing database (never creates one), migrated and with
    // its reference data, with this command's operator on the connection;
    // with --user, signs that user in (password from CISIAMO_PASSWORD or
    // typed at the terminal), and the changes carry the user name.
    // readOnly: for inspection; nothing is written, older schemas allowed.
    core::Result<core::DbConnection> openDatabase(bool readOnly = false);
    QString user() const;
    // Checks that the signed-in user may (the refusal is audited); the
    // message says how to sign in when nobody did.
    core::Status require(const QSqlDatabase &db, const QString &permission);

    // Reads a date option (dd/MM/yyyy or yyyy-MM-dd); *bad is set when the
    // option is present but not a date.
    QDate dateOption(const QString &name, bool *bad) const;

    // Writes the whole file or nothing (core::writeWholeFile), or to stdout when path is empty.
    core::Status writeOutput(const QByteArray &data, const QString &path);

    int fail(const core::Error &error);      // message on stderr, exit 1
    int failNotSignedIn(const core::Error &error); // ... with how to sign in
    int usage(const QString &message);       // message and usage on stderr, exit 2

private:
    const Invocation &m_invocation;
    const QCommandLineParser &m_parser;
    const core::ReportCatalog &m_reports;
    QTextStream m_out;
    QTextStream m_err;
};

struct CliCommand {
    QString name;
    QString synopsis;                 // "backup OUT"
    std::function<QString()> summary; // translated one-liner
    QList<QCommandLineOption> options;
    int minArguments = 0;
    int maxArguments = 0;
    std::function<int(CliRun &)> run;
};

// All commands, in the order the usage text lists them.
QList<CliCommand> cliCommands();
const CliCommand *findCliCommand(const QList<CliCommand> &commands, const QString &name);

// Runs the command line (the window is not opened). Returns the exit code.
int runCommandLine(const Invocation &invocation);

// Usage text for --help and usage errors.
QString usageText();
