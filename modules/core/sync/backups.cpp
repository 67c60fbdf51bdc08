#include "core/sync/backups.h"

#include "core/db/backup.h"
#include "core/db/database.h"
#include "core/db/databasefile.h"
#include "core/db/dbchecks.h"
#include "core/db/migrator.h"
#include "core/db/transaction.h"
#include "core/domain/diskflush.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
#include "core/domain/wholefile.h"
#include "core/sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>

namespace core::sync {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stamp(const Clock &clock)
{
    return clock.now().toLocalTime().toString(stampFormat);
}

} // namespace

BackupManager::BackupManager(QString databasePath, QString folder, const Clock &clock)
    : m_databasePath(std::move(databasePath))
    , m_folder(std::move(folder))
    , m_clock(clock)
{
    if (m_folder.trimmed().isEmpty())
        m_folder = defaultFolder(m_databasePath);
}

QString BackupManager::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupFile> BackupManager::automaticBackups() const
{
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QRegularExpression pattern(
        QStringLiteral("^%1-auto-(\\d{8}-\\d{6})\\.sqlite$").arg(QRegularExpression::escape(base)));
    QList<BackupFile> list;
    const QDir dir(m_folder);
    for (const QFileInfo &info :
        dir.entryInfoList({ base + QStringLiteral("-auto-*.sqlite") }, QDir::Files, QDir::Name | QDir::Reversed)) {
        const auto m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        list.append({ info.absoluteFilePath(), QDateTime::fromString(m.captured(1), stampFormat), info.size() });
    }
    return list;
}

bool BackupManager::isDue(qint64 intervalSeconds) const
{
    const QList<BackupFile> list = automaticBackups();
    return list.isEmpty() || !list.first().takenAt.isValid()
        || list.first().takenAt.secsTo(m_clock.now().toLocalTime()) >= intervalSeconds
        || list.first().takenAt > m_clock.now().toLocalTime().addSecs(3600); // a clock put back: take one now
}

Result<BackupFile> BackupManager::takeBackup(const QSqlDatabase &db, int keep)
{
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QString path = QDir(m_folder).absoluteFilePath(QStringLiteral("%1-auto-%2.sqlite").arg(base, stamp(m_clock)));
    if (auto s = backupDatabase(db, path); !s) {
        qCWarning(logcat::backup).noquote() << "automatic backup failed:" << errorLogText(s.error());
        return s.error();
    }
    qCInfo(logcat::backup).noquote() << "automatic backup written:" << QDir::toNativeSeparators(path)
                                     << QFileInfo(path).size() << "bytes";
    const QList<BackupFile> list = automaticBackups();
    for (qsizetype i = std::max(1, keep); i < list.size(); ++i)
        QFile::remove(list.at(i).path);
    return BackupFile { path, QDateTime::fromString(QFileInfo(path).completeBaseName().right(15), stampFormat),
        QFileInfo(path).size() };
}

Result<BackupFile> BackupManager::newestGoodBackup() const
{
    for (const BackupFile &b : automaticBackups())
        if (verifyBackup(b.path, true))
            return b;
    return Error(QStringLiteral("backup.none_good"), { m_folder });
}

Status verifyBackup(const QString &path, bool quick)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.migrate = false;
    auto connection = openDatabase(path, options);
    if (!connection)
        return connection.error();
    auto check = checkDatabase(connection->db(), quick);
    if (!check)
        return Error(QStringLiteral("backup.damaged"), { path, check.error().args.value(0) });
    if (!check->isClean())
        return Error(QStringLiteral("backup.damaged"),
            { path, (check->integrityProblems + check->foreignKeyProblems).value(0) });
    return {};
}

namespace {

Result<RestoreReport> restoreUnlogged(const QString &backupPath, const QString &databasePath, const QString &label,
    const RestoreOptions &options, const Clock &clock)
{
    if (!QFileInfo(backupPath).isFile())
        return Error(QStringLiteral("db.missing"), { backupPath });
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error(QStringLiteral("backup.same_file"), { backupPath });
    if (auto s = verifyBackup(backupPath, false); !s)
        return s.error();
    // Renaming the file under a live connection (ours or another process's)
    // would leave it writing into the file kept aside, with the -wal and
    // -shm names of the restored one.
    if (DatabaseFile::openHere(databasePath) || DatabaseFile::openElsewhere(databasePath))
        return Error(QStringLiteral("db.in_use"), { databasePath });

    RestoreReport report;
    report.restoredFrom = QFileInfo(backupPath).absoluteFilePath();
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    // The copy's size is checked too: a copy cut short by a full disk must
    // never become the database.
    errno = 0;
    if (!QFile::copy(backupPath, incoming) || QFileInfo(incoming).size() != QFileInfo(backupPath).size()
        || !flushFileToDisk(incoming)) {
        const int e = errno;
        QFile::remove(incoming);
        return writeError(incoming, e);
    }
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);

    if (QFileInfo::exists(databasePath)) {
        const QString aside = QStringLiteral("%1.%2-%3").arg(databasePath, label, stamp(clock));
        if (!QFile::rename(databasePath, aside)) {
            QFile::remove(incoming);
            return Error(QStringLiteral("file.cannot_write"), { databasePath, QString() });
        }
        QFile::rename(databasePath + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::remove(databasePath + QStringLiteral("-shm"));
        report.keptAside = aside;
    }
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (!QFile::rename(incoming, databasePath)) {
        if (!report.keptAside.isEmpty())
            QFile::rename(report.keptAside, databasePath);
        return Error(QStringLiteral("file.cannot_write"), { databasePath, QString() });
    }

    // A new sync identity, and the counters past what was exported, in the
    // restored file itself.
    auto connection = openDatabase(databasePath);
    if (!connection)
        return connection.error();
    Transaction tx(connection->db());
    if (!tx)
        return tx.error();
    if (auto s = startNewIdentity(connection->db()); !s)
        return s.error();
    auto counters = moveCountersPastExports(connection->db(), options.syncFolder, options.operatorName, clock.nowMs());
    if (!counters)
        return counters.error();
    report.counters = *counters;
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace

Result<RestoreReport> restoreDatabase(const QString &backupPath, const QString &databasePath, const QString &label,
    const RestoreOptions &options, const Clock &clock)
{
    qCInfo(logcat::backup).noquote() << "restoring" << QDir::toNativeSeparators(databasePath) << "from"
                                     << QDir::toNativeSeparators(backupPath) << "(" << label << ")";
    auto restored = restoreUnlogged(backupPath, databasePath, label, options, clock);
    if (!restored)
        qCCritical(logcat::backup).noquote() << "restore failed:" << errorLogText(restored.error());
    else
        qCWarning(logcat::backup).noquote() << "database restored; the file it replaced is kept as"
                                            << QDir::toNativeSeparators(restored->keptAside);
    return restored;
}

} // namespace core::sync
