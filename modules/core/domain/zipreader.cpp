#include "core/domain/zipreader.h"

#include <zlib.h>

namespace core {

namespace {

quint32 zipLe32(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 zipLe16(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

constexpr quint32 endOfDirectorySignature = 0x06054b50;
constexpr quint32 directorySignature = 0x02014b50;
constexpr quint32 localSignature = 0x04034b50;
constexpr qsizetype endOfDirectorySize = 22;
constexpr qsizetype directoryEntrySize = 46;
constexpr qsizetype localHeaderSize = 30;

enum class Inflated { Ok, Damaged, TooLarge };

// Raw deflate into at most `size` bytes: the stream must end exactly there.
// Output beyond the declared size is never written (a lying header is
// damage, not a reason to allocate more).
Inflated inflateRawExactly(const char *in, qsizetype packed, qsizetype size, QByteArray &out)
{
    out.resize(size);
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return Inflated::Damaged;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in));
    z.avail_in = uInt(packed);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(size);
    int r = inflate(&z, Z_FINISH);
    Inflated result = Inflated::Ok;
    if (r == Z_BUF_ERROR && z.avail_out == 0) {
        // The output is full: the stream must be at its end. One more byte
        // of room tells an honest stream from one that goes on.
        char extra = 0;
        z.next_out = reinterpret_cast<Bytef *>(&extra);
        z.avail_out = 1;
        r = inflate(&z, Z_FINISH);
        result = r == Z_STREAM_END && z.avail_out == 1 ? Inflated::Ok : Inflated::TooLarge;
    } else if (r != Z_STREAM_END || z.total_out != uLong(size)) {
        result = Inflated::Damaged;
    }
    inflateEnd(&z);
    return result;
}

} // namespace

Error ZipReader::fail(const QString &code, const QStringList &args) const
{
    return Error(code, args, { m_fileName, 0, {} });
}

Result<ZipReader> ZipReader::open(const QByteArray &archive, const QString &fileName, const ZipLimits &limits)
{
    ZipReader zip;
    zip.m_fileName = fileName;
    zip.m_limits = limits;
    if (archive.size() > limits.maxArchiveBytes)
        return zip.fail(QStringLiteral("xlsx.too_large"), { QString::number(limits.maxArchiveBytes) });
    if (!archive.startsWith("PK"))
        return zip.fail(QStringLiteral("xlsx.not_zip"));
    // The end-of-central-directory record: the last 22 bytes, or earlier
    // when the archive has a comment (at most 65535 bytes).
    qsizetype eocd = -1;
    const qsizetype lowest = std::max<qsizetype>(0, archive.size() - endOfDirectorySize - 0xFFFF);
    for (qsizetype at = archive.size() - endOfDirectorySize; at >= lowest && at >= 0; --at)
        if (zipLe32(archive, at) == endOfDirectorySignature
            && at + endOfDirectorySize + zipLe16(archive, at + 20) == archive.size()) {
            eocd = at;
            break;
        }
    if (eocd < 0) {
        // A local header at the start but no directory at the end: cut short.
        if (archive.size() >= 4 && zipLe32(archive, 0) == localSignature)
            return zip.fail(QStringLiteral("xlsx.damaged"), { QString() });
        return zip.fail(QStringLiteral("xlsx.not_zip"));
    }
    const quint16 disk = zipLe16(archive, eocd + 4);
    const quint16 directoryDisk = zipLe16(archive, eocd + 6);
    const quint16 entriesHere = zipLe16(archive, eocd + 8);
    const quint16 entries = zipLe16(archive, eocd + 10);
    const quint32 directorySize = zipLe32(archive, eocd + 12);
    const quint32 directoryOffset = zipLe32(archive, eocd + 16);
    if (disk != 0 || directoryDisk != 0 || entriesHere != entries || entries == 0xFFFF
        || directoryOffset == 0xFFFFFFFF || directorySize == 0xFFFFFFFF)
        return zip.fail(QStringLiteral("xlsx.damaged"), { QString() }); // spanned or ZIP64
    if (entries > limits.maxEntries)
        return zip.fail(QStringLiteral("xlsx.too_large"), { QString::number(limits.maxTotalBytes) });
    if (qint64(directoryOffset) + directorySize > eocd)
        return zip.fail(QStringLiteral("xlsx.damaged"), { QString() });

    qsizetype at = directoryOffset;
    for (int i = 0; i < entries; ++i) {
        if (at + directoryEntrySize > eocd || zipLe32(archive, at) != directorySignature)
            return zip.fail(QStringLiteral("xlsx.damaged"), { QString() });
        Entry e;
        e.flags = zipLe16(archive, at + 8);
        e.method = zipLe16(archive, at + 10);
        e.crc = zipLe32(archive, at + 16);
        e.packed = zipLe32(archive, at + 20);
        e.size = zipLe32(archive, at + 24);
        const int nameLength = zipLe16(archive, at + 28);
        const int extraLength = zipLe16(archive, at + 30);
        const int commentLength = zipLe16(archive, at + 32);
        e.localOffset = zipLe32(archive, at + 42);
        if (at + directoryEntrySize + nameLength + extraLength + commentLength > eocd)
            return zip.fail(QStringLiteral("xlsx.damaged"), { QString() });
        const QString name = QString::fromUtf8(archive.mid(at + directoryEntrySize, nameLength));
        at += directoryEntrySize + nameLength + extraLength + commentLength;
        if (e.packed == 0xFFFFFFFF || e.size == 0xFFFFFFFF || e.localOffset == 0xFFFFFFFF)
            return zip.fail(QStringLiteral("xlsx.damaged"), { name }); // ZIP64
        if (e.flags & 0x0001)
            return zip.fail(QStringLiteral("xlsx.encrypted"));
        zip.m_entries.insert(name, e);
    }
    zip.m_archive = archive;
    return zip;
}

Result<QByteArray> ZipReader::read(const QString &member)
{
    const auto it = m_entries.constFind(member);
    if (it == m_entries.constEnd())
        return fail(QStringLiteral("xlsx.damaged"), { member });
    const Entry &e = *it;
    if (e.size > m_limits.maxMemberBytes || m_readTotal + e.size > m_limits.maxTotalBytes)
        return fail(QStringLiteral("xlsx.too_large"), { QString::number(std::min(m_limits.maxMemberBytes, m_limits.maxTotalBytes)) });
    if (e.size > m_limits.ratioFloorBytes && qint64(e.size) > m_limits.maxRatio * std::max<qint64>(1, e.packed))
        return fail(QStringLiteral("xlsx.compression_ratio"), { QString::number(qint64(e.size) / std::max<qint64>(1, e.packed)) });
    const qint64 local = e.localOffset;
    if (local + localHeaderSize > m_archive.size() || zipLe32(m_archive, local) != localSignature)
        return fail(QStringLiteral("xlsx.damaged"), { member });
    const qint64 data = local + localHeaderSize + zipLe16(m_archive, local + 26) + zipLe16(m_archive, local + 28);
    if (data + e.packed > m_archive.size())
        return fail(QStringLiteral("xlsx.damaged"), { member });
    QByteArray content;
    if (e.method == 0) {
        if (e.packed != e.size)
            return fail(QStringLiteral("xlsx.damaged"), { member });
        content = m_archive.mid(data, e.size);
    } else if (e.method == 8) {
        switch (inflateRawExactly(m_archive.constData() + data, e.packed, e.size, content)) {
        case Inflated::Ok:
            break;
        case Inflated::TooLarge:
            return fail(QStringLiteral("xlsx.damaged"), { member }); // more than it declared
        case Inflated::Damaged:
            return fail(QStringLiteral("xlsx.damaged"), { member });
        }
    } else {
        return fail(QStringLiteral("xlsx.damaged"), { member });
    }
    if (quint32(crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size()))) != e.crc)
        return fail(QStringLiteral("xlsx.damaged"), { member });
    m_readTotal += content.size();
    return content;
}

} // namespace core
