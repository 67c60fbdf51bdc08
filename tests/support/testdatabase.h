#pragma once

#include <functional>

#include "core/db/database.h"

#include <QHash>
#include <QTemporaryDir>

namespace testsupport {

// A fresh database for one test, in its own temporary folder: migrated to
// the latest schema and (by default) with the reference data loaded, the
// operator "test" on the connection. Built once per test process from a
// template file, then copied, so each test starts clean and fast. Every
// test database is a member of the same test room (joinTestRoom), so that
// any two of them exchange sync files.
class TestDatabase {
public:
    explicit TestDatabase(bool withReference = true, int workstation = 1);

    bool isValid() const { return m_connection.isValid(); }
    QSqlDatabase db() const { return m_connection.db(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString errorText() const { return m_error; }
    // Closes the connection (to inspect or damage the file).
    void close() { m_connection.close(); }
    // Opens a second connection to the same file (another thread, another process).
    core::DbConnection openAnother() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    core::DbConnection m_connection;
    QString m_error;
};

// Makes a database a member of the test room (the same room key in every
// test database, as a copy of a member's database carries it).
bool joinTestRoom(const QSqlDatabase &db);
// The test room's key, to decode the files a test database wrote.
QByteArray testRoomKey();

// Runs the real program with arguments; returns its exit code and output.
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// The passwords variables (CISIAMO_PASSWORD...) are removed from the
// environment unless given in `environment`; CISIAMO_NOW is the suite's
// instant (testclock.h) unless given. `limitMs` only stops a hung program
// (at least 10 minutes); it is no measure of speed.
ProcessResult runCisiamo(const QStringList &arguments, int limitMs = 10 * 60 * 1000);
ProcessResult runCisiamo(const QStringList &arguments, const QHash<QString, QString> &environment, int limitMs = 10 * 60 * 1000);
// The same with a step run in the child between fork and exec (plain system
// calls only): a file size limit, another user.
ProcessResult runCisiamo(const QStringList &arguments, const QHash<QString, QString> &environment,
                         const std::function<void()> &inChild, int limitMs = 10 * 60 * 1000);
// The same, signed in (every command but demo, check and schema needs it):
// `--user` in front of the arguments and the password in CISIAMO_PASSWORD.
// The default is the demo database's coordinator; on a database made with
// createRoleAccounts() pass "coord" and testPassword (testaccounts.h).
struct SignIn {
    QString user = QStringLiteral("coordinatrice");
    QString password = QStringLiteral("demo1234");
};
ProcessResult runSignedIn(const QStringList &arguments, const QHash<QString, QString> &environment = {},
    const SignIn &signIn = {}, int limitMs = 10 * 60 * 1000);

} // namespace testsupport
