#include "testdatabase.h"

#include "core/db/connectionstate.h"
#include "core/domain/clock.h"
#include "core/reference/referenceloader.h"
#include "core/sync/room.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace testsupport {

namespace {

// Template databases, built on first use, kept for the process.
QString templatePath(bool withReference, int workstation)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("template-%1-%2.sqlite").arg(withReference).arg(workstation));
    if (QFile::exists(path))
        return path;
    {
        core::OpenOptions options;
        options.workstationForNew = workstation;
        auto connection = core::openDatabase(path, options);
        if (!connection)
            return {};
        core::setSessionOperator(connection->db(), QStringLiteral("test"));
        // Its rows are stamped at a fixed time before any test's clock, not
        // with the real time: a copy's first sync file would otherwise carry
        // rows months ahead of the test's clock (sync.clock_ahead).
        static const core::FixedClock templateClock(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        core::setSessionClock(connection->db(), &templateClock);
        if (withReference && !core::loadReferenceData(connection->db()))
            return {};
        // Every copy carries the test room's key, as a copy of a member's
        // database carries its room's.
        if (!joinTestRoom(connection->db()))
            return {};
        QSqlQuery(connection->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return path;
}

} // namespace

TestDatabase::TestDatabase(bool withReference, int workstation)
{
    const QString source = templatePath(withReference, workstation);
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    if (source.isEmpty() || !QFile::copy(source, m_path)) {
        m_error = QStringLiteral("cannot build the template database");
        return;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    auto connection = core::openDatabase(m_path);
    if (!connection) {
        m_error = connection.error().code + QLatin1Char(' ') + connection.error().args.join(QLatin1Char(' '));
        return;
    }
    m_connection = std::move(*connection);
    core::setSessionOperator(m_connection.db(), QStringLiteral("test"));
}

bool joinTestRoom(const QSqlDatabase &db)
{
    const core::Status s = core::sync::Room::install(db, QStringLiteral("Sala di prova"), testRoomKey());
    if (!s)
        qWarning("joinTestRoom: %s %s", qPrintable(s.error().code), qPrintable(s.error().args.join(QLatin1Char(' '))));
    return s.ok();
}

QByteArray testRoomKey()
{
    return QByteArray(core::sync::Room::keyBytes, 'k');
}

core::DbConnection TestDatabase::openAnother() const
{
    auto connection = core::openDatabase(m_path);
    if (!connection)
        return {};
    core::setSessionOperator(connection->db(), QStringLiteral("test"));
    return std::move(*connection);
}

ProcessResult runCisiamo(const QStringList &arguments, int limitMs)
{
    return runCisiamo(arguments, {}, limitMs);
}

ProcessResult runSignedIn(
    const QStringList &arguments, const QHash<QString, QString> &environment, const SignIn &signIn, int limitMs)
{
    QHash<QString, QString> withPassword = environment;
    withPassword.insert(QStringLiteral("CISIAMO_PASSWORD"), signIn.password);
    return runCisiamo(QStringList { QStringLiteral("--user"), signIn.user } + arguments, withPassword, limitMs);
}

ProcessResult runCisiamo(const QStringList &arguments, const QHash<QString, QString> &environment, int limitMs)
{
    return runCisiamo(arguments, environment, {}, limitMs);
}

ProcessResult runCisiamo(const QStringList &arguments, const QHash<QString, QString> &environment,
                         const std::function<void()> &inChild, int limitMs)
{
    QProcess process;
    if (inChild)
        process.setChildProcessModifier(inChild);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("CISIAMO_PASSWORD"));
    env.remove(QStringLiteral("CISIAMO_NEW_PASSWORD"));
    env.insert(QStringLiteral("CISIAMO_NOW"), QStringLiteral(CISIAMO_TEST_NOW)); // tests/support/testclock.h
    // The language follows the system locale (app/translations.h): CTest
    // sets LC_ALL=C.UTF-8, and Qt would still honour a LANGUAGE of the
    // developer's.
    env.remove(QStringLiteral("LANGUAGE"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    // To count the program's starts per test (HACKING.md, "Build and test
    // time budget"): CISIAMO_TEST_STARTS_LOG=FILE ctest ... appends one line
    // per start, the test's name and the command.
    if (const QString log = qEnvironmentVariable("CISIAMO_TEST_STARTS_LOG"); !log.isEmpty()) {
        QFile file(log);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write((QFileInfo(QCoreApplication::arguments().value(0)).fileName() + QLatin1Char(' ')
                        + arguments.join(QLatin1Char(' ')).simplified() + QLatin1Char('\n')).toUtf8());
    }
    process.start(QStringLiteral(CISIAMO_BINARY), arguments);
    ProcessResult result;
    // A limit for a hung program, not a speed test: a demo takes minutes on
    // a loaded machine or under the sanitizers.
    if (!process.waitForFinished(std::max(limitMs, 10 * 60 * 1000))) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace testsupport
