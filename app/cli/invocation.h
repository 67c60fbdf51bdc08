#pragma once

#include <QString>
#include <QStringList>

// What the program was asked to do, read from argv before any window
// exists: the global options, given before or after the subcommand (each
// once, or twice with the same value), and the subcommand (empty: open the
// window) with everything that follows it, which the command parses itself.
struct Invocation {
    QString command;
    QStringList commandArguments;
    QString database;     // --db FILE (empty: the one in the settings)
    QString language;     // --lang it|en (empty: the settings', else the system's: chooseLanguage())
    QString user;         // --user NAME: sign in (password from CISIAMO_PASSWORD or asked)
    bool create = false;  // --create: a missing database file may be created
    QString logLevel;     // --log-level debug|info|warning|critical (empty: info, and no cisiamo.* lines on the command line's stderr)
    bool help = false;
    bool version = false;
    QString usageError;   // set when the global part is malformed, in the language installed when parsed

    bool isHeadless() const { return !command.isEmpty() || help || version || !usageError.isEmpty(); }
};

Invocation parseInvocation(const QStringList &arguments);
// The words --log-level accepts, most verbose first.
QStringList logLevels();
