#include "core/db/databasefile.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <algorithm>
#include <cstring>
#include <map>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core::DatabaseFile {

namespace {

QMutex mutex;

std::map<QString, int> &openCounts()
{
    static std::map<QString, int> counts;
    return counts;
}

// Under `mutex`.
bool openHereLocked(const QString &key)
{
    const auto it = openCounts().find(key);
    return it != openCounts().end() && it->second > 0;
}

quint32 bigEndian(const unsigned char *p, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

// The SQLite header rules (https://www.sqlite.org/fileformat.html#the_database_header).
Header classify(const unsigned char *h, qint64 got, qint64 size)
{
    static const char magic[] = "SQLite format 3";
    if (got < 100)
        return std::all_of(h, h + got, [](unsigned char c) { return c == 0; }) ? Header::Zeroed
            : (got >= 16 && memcmp(h, magic, 16) == 0) || (got < 16 && memcmp(h, magic, size_t(got)) == 0)
            ? Header::Truncated
            : Header::Foreign;
    if (memcmp(h, magic, 16) != 0)
        return std::all_of(h, h + 100, [](unsigned char c) { return c == 0; }) ? Header::Zeroed : Header::Foreign;
    quint32 pageSize = bigEndian(h + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Header::Zeroed; // a SQLite header with nonsense in it: damaged
    if (size < qint64(pageSize))
        return Header::Truncated;
    return Header::Sqlite;
}

} // namespace

QString key(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

void connectionOpened(const QString &key)
{
    QMutexLocker lock(&mutex);
    ++openCounts()[key];
}

void connectionClosed(const QString &key)
{
    QMutexLocker lock(&mutex);
    auto it = openCounts().find(key);
    if (it != openCounts().end() && --it->second <= 0)
        openCounts().erase(it);
}

bool openHere(const QString &path)
{
    QMutexLocker lock(&mutex);
    return openHereLocked(key(path));
}

Header readHeader(const QString &path)
{
    QMutexLocker lock(&mutex);
    if (openHereLocked(key(path)))
        return Header::NotChecked;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Header::Unreadable;
    struct stat st {};
    unsigned char header[100] = {};
    qint64 got = 0;
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        while (got < 100) {
            const ssize_t n = ::read(fd, header + got, size_t(100 - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
        }
    }
    ::close(fd); // no connection of ours is open: no lock of ours to lose
    if (st.st_size == 0)
        return Header::Empty;
    return classify(header, got, st.st_size);
}

bool openElsewhere(const QString &path)
{
    QMutexLocker lock(&mutex);
    if (openHereLocked(key(path)))
        return false;
    const int fd = ::open(QFile::encodeName(path + QStringLiteral("-shm")).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // Every connection with the wal-index mapped holds a shared lock on
    // its "DMS" byte (offset 128 in SQLite's unix VFS).
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

namespace {
// AT_EACCESS: the effective ids, as the kernel will judge the writes.
bool cannotWrite(const QString &p)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(p).constData(), W_OK, AT_EACCESS) != 0
        && (errno == EACCES || errno == EROFS || errno == EPERM);
}
} // namespace

ReadOnlyBecause readOnlyBecause(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && cannotWrite(info.absoluteFilePath()))
        return ReadOnlyBecause::File;
    return folderReadOnly(path) ? ReadOnlyBecause::Folder : ReadOnlyBecause::No;
}

bool folderReadOnly(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().exists() && cannotWrite(info.absolutePath());
}

} // namespace core::DatabaseFile
