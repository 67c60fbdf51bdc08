#include "core/domain/wholefile.h"

#include "core/domain/diskflush.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace core {

namespace {

QString kindOf(int errnoValue)
{
    switch (errnoValue) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return QStringLiteral("disk_full");
    case EFBIG:
        return QStringLiteral("too_large");
    case EIO:
        return QStringLiteral("io");
    default:
        return {};
    }
}

} // namespace

Error writeError(const QString &path, int errnoValue, const QString &fallbackText)
{
    const QString text = errnoValue != 0 ? qt_error_string(errnoValue) : fallbackText;
    return Error(QStringLiteral("file.cannot_write"), { path, text, kindOf(errnoValue) });
}

Error abandonFile(QSaveFile &file, int errnoValue)
{
    const QString text = file.errorString();
    file.cancelWriting();
    file.commit(); // refused after cancelWriting(): removes the temporary file
    return writeError(file.fileName(), errnoValue, text);
}

namespace {

// Every byte of an open QSaveFile on disk under its temporary name.
Status forceToDisk(QSaveFile &file)
{
    if (!file.isOpen())
        return writeError(file.fileName(), 0, file.errorString());
    // flush() does report what commit() would ignore.
    errno = 0;
    if (file.error() != QFileDevice::NoError || !file.flush())
        return abandonFile(file, errno);
#ifdef Q_OS_UNIX
    // commit() also syncs, but ignores a failure: an EIO here is a lost file.
    if (::fsync(file.handle()) != 0)
        return abandonFile(file, errno);
#endif
    return {};
}

} // namespace

Status commitWholeFile(QSaveFile &file)
{
    if (auto s = forceToDisk(file); !s)
        return s;
    const QString path = file.fileName();
    errno = 0;
    if (!file.commit())
        return writeError(path, errno, file.errorString());
    if (!flushFolderToDisk(QFileInfo(path).absolutePath())) {
        const int e = errno;
        QFile::remove(path); // its name may not survive a power cut: better absent
        return writeError(path, e);
    }
    return {};
}

Status writeWholeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, errno, file.errorString());
    errno = 0;
    if (file.write(data) != data.size())
        return abandonFile(file, errno);
    return commitWholeFile(file);
}

Status writeWholeFiles(const QList<QPair<QString, QByteArray>> &files)
{
    std::vector<std::unique_ptr<QSaveFile>> written;
    const auto abandonAll = [&written] {
        for (auto &f : written)
            if (f->isOpen())
                abandonFile(*f, 0);
    };
    for (const auto &[path, data] : files) {
        auto file = std::make_unique<QSaveFile>(path);
        errno = 0;
        if (!file->open(QIODevice::WriteOnly)) {
            abandonAll();
            return writeError(path, errno, file->errorString());
        }
        errno = 0;
        if (file->write(data) != data.size()) {
            const Error e = abandonFile(*file, errno);
            abandonAll();
            return e;
        }
        if (auto s = forceToDisk(*file); !s) {
            abandonAll();
            return s;
        }
        written.push_back(std::move(file));
    }
    // All on disk: now the renames, each atomic.
    for (auto &file : written) {
        if (auto s = commitWholeFile(*file); !s) {
            abandonAll();
            return s;
        }
    }
    return {};
}

} // namespace core
