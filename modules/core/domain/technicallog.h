#pragma once

#include "core/domain/clock.h"

#include <QString>
#include <QtGlobal>

namespace core {

// The technical log: the message handler (qInstallMessageHandler) that
// writes every message of the process, one line each, to stderr and to a
// size-bounded file in the data folder (<data>/log/cisiamo.log, moved to
// cisiamo.log.1 ... .N when it reaches its bound; the oldest goes). A line:
//
//   2026-03-10 10:00:00.000 +01:00 warning cisiamo.sync ws=3 user=coordinatrice | export failed: sync.cannot_write ...
//
// the time from the clock given (the program's SystemClock, a FixedClock in
// tests), the level, the category (logcategories.h), the workstation and the
// user name of the person signed in (never the full name), the message on
// one line. For the person who maintains the workstations: what failed in
// the background and why, readable in Aiuto › Registro tecnico.
//
// Threads: any thread may log; lines are written whole, under one lock,
// appended and flushed (no fsync: a line lost in a power cut is acceptable,
// a window waiting on the disk is not). A write that fails (full disk) is
// said once on stderr and the file is tried again with the next line: it
// never throws, aborts or loops. When the folder cannot be written the log
// goes to stderr only.
class TechnicalLog {
public:
    struct Options {
        QString folder; // empty: stderr only
        qint64 maxBytes = 1024 * 1024; // one file's bound
        int keptFiles = 4; // cisiamo.log.1 ... .4
        const Clock *clock = &SystemClock::instance(); // outlives the log
        // The program's own lines (cisiamo.*) on stderr too, from this
        // level on. The window: all of them; the command line: none unless
        // --log-level is given, so that its stderr stays what it says to the
        // person. Qt's own messages always reach stderr, as before.
        bool ownToStderr = true;
        QtMsgType stderrFrom = QtDebugMsg;
    };

    // Replaces the process's message handler (once per process; again
    // after uninstall()). Returns false when the folder cannot be written:
    // then only stderr.
    static bool install(const Options &options);
    // Back to the previous handler; the file is closed.
    static void uninstall();
    static bool isInstalled();

    // The program's own lines on stderr too (--log-level on the command line).
    static void setOwnToStderr(bool shown);

    // Who and where, on every following line (empty / 0: not shown).
    static void setPerson(const QString &userName);
    static void setWorkstation(int number);

    // The file being written (empty: stderr only), its folder.
    static QString filePath();
    static QString folder();
    // The folder of the log for this user: <AppDataLocation>/log.
    static QString defaultFolder();
    static QString fileName() { return QStringLiteral("cisiamo.log"); }

    // --log-level: "debug", "info", "warning" or "critical" for every
    // cisiamo.* category (QT_LOGGING_RULES still overrides it). False for
    // any other word.
    static bool setLevel(const QString &level);

    // The last `maxBytes` of the log (the previous file too when the
    // current one is shorter), whole lines only, oldest first. Any thread.
    static QString readTail(const QString &folder, qint64 maxBytes);
};

} // namespace core
