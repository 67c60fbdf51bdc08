#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace core {

// What a ZIP archive may unpack to before it is refused: a file from
// outside is never trusted to say its own sizes (a "zip bomb" declares a
// few kilobytes and unpacks to gigabytes).
struct ZipLimits {
    qint64 maxArchiveBytes = 64LL * 1024 * 1024;  // the file itself
    qint64 maxMemberBytes = 128LL * 1024 * 1024;  // one member, unpacked
    qint64 maxTotalBytes = 256LL * 1024 * 1024;   // every member read, unpacked
    qint64 maxRatio = 200;                         // unpacked / packed, for members...
    qint64 ratioFloorBytes = 1024 * 1024;          // ...that unpack to more than this
    int maxEntries = 10000;
};

// A small reader of ZIP archives held in memory (the .xlsx container):
// the central directory, members stored or deflated (zlib's raw inflate),
// each CRC-32 checked. Refuses, with an Error and nothing half-read:
// - xlsx.not_zip: no end-of-central-directory record;
// - xlsx.damaged {member}: a cut or inconsistent directory, a local header
//   out of place, a member that does not inflate to its declared size or
//   fails its CRC, ZIP64, spanned archives, compression methods other than
//   stored and deflate;
// - xlsx.encrypted: a member encrypted with the ZIP's own password scheme;
// - xlsx.too_large {limit in bytes}: the archive, a member or all members
//   read together above ZipLimits (checked on the declared sizes first and
//   again while inflating, which never writes past the declared size);
// - xlsx.compression_ratio {ratio}: a member that unpacks to more than
//   maxRatio times its packed size.
// Errors are placed at `fileName`. Reentrant: no shared state.
class ZipReader {
public:
    static Result<ZipReader> open(const QByteArray &archive, const QString &fileName, const ZipLimits &limits = {});

    bool contains(const QString &member) const { return m_entries.contains(member); }
    QStringList members() const { return m_entries.keys(); }
    // The member's bytes, unpacked and checked; counts towards maxTotalBytes.
    Result<QByteArray> read(const QString &member);

private:
    struct Entry {
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 packed = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };
    Error fail(const QString &code, const QStringList &args = {}) const;

    QByteArray m_archive;
    QString m_fileName;
    ZipLimits m_limits;
    QHash<QString, Entry> m_entries;
    qint64 m_readTotal = 0;
};

} // namespace core
