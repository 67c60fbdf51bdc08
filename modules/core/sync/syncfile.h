#pragma once

#include "core/domain/result.h"
#include "core/sync/fieldversions.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QJsonValue;

#include <optional>

namespace core::sync {

// One change of one row as it travels in a sync file: the row's full values
// at export time (none for a deletion), its version, who made it and the
// version it replaced on the workstation that made it ("base", null when
// the row had none), which tells a concurrent edit from a sequential one.
struct SyncChange {
    qint64 seq = 0; // the change_log sequence of the change on its workstation
    QString table;
    qint64 rowId = 0;
    QChar operation; // 'I', 'U' or 'D'
    RowVersion version;
    QString operatorName;
    RowVersion base;
    QVariantMap values;
    // The version of each column (format 4): whole (every column at
    // `version`) unless the change wrote only some of the row's fields.
    FieldVersions fields;
};

// What a workstation says it has applied of one producer (a database of
// another workstation): every change up to `seq`, without a gap. Travels
// in the header of every file it writes (format 2), so that a producer
// knows when every member has its files and may remove them.
struct SyncAck {
    QString databaseId;
    int workstation = 0;
    qint64 seq = 0;

    bool operator==(const SyncAck &o) const
    {
        return databaseId == o.databaseId && workstation == o.workstation && seq == o.seq;
    }
};

// The first line of a sync file.
struct SyncFileHeader {
    int formatVersion = 0;
    int schemaVersion = 0;
    QString databaseId;
    QStringList previousIds; // databases this one succeeds (restored from a backup of them)
    int workstation = 0;
    QString workstationName;
    qint64 originSeq = 0; // the sequence this database's exports start after
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    int changeCount = 0;
    qint64 createdAt = 0;
    QString createdBy;
    QList<SyncAck> acks; // format 2; none in a format 1 file
};

struct SyncFileContent {
    SyncFileHeader header;
    QList<SyncChange> changes;
    QByteArray sha256; // hex
};

// The name of a sync file says whose it is and what it holds, so that a
// folder can be sorted without opening files, and no two files ever share
// a name: cisiamo-ws0002-000000000101-000000000250-20260124T101500123Z-ab12cd34.cisync
// (workstation, first and last change sequence, UTC time of writing, the
// first 8 characters of the database id).
struct SyncFileName {
    int workstation = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QDateTime writtenAt;
    QString databaseTag;

    QString toString() const;
    static std::optional<SyncFileName> parse(const QString &fileName);
};

// 1: the first format; 2: acknowledgements in the header (format 1 files
// are still read, as files without acknowledgements); 3: the changes as
// one zlib-compressed binary block instead of one JSON line each (see
// encodeSyncFile); 4: a change may carry the versions of its columns
// (field-level merge, fieldversions.h). Files of formats 1 to 3 are still
// read; a program that knows only up to 3 verifies a format-4 file's
// trailer, reads its header line and refuses it as sync.file_format
// ("written by a newer version"), before anything of it is applied, as one
// that knows 1 and 2 does with format 3.
constexpr int syncFormatVersion = 4;
// Acknowledgements files keep format 2 (they hold no changes): a program
// of format 2 still reads them.
constexpr int ackFormatVersion = 2;
inline const QString syncFileSuffix = QStringLiteral(".cisync");

// A file of acknowledgements only, written by a workstation that has
// nothing of its own to export while what it applied moved on, so that the
// producers can prune their files in a quiet room too:
// cisiamo-ws0002-acks-20260124T101500123Z-ab12cd34.cisack. Its own suffix,
// so that it is never taken for a file of changes; each one supersedes the
// previous ones of its workstation, which are removed when it is written.
inline const QString ackFileSuffix = QStringLiteral(".cisack");
struct AckFileName {
    int workstation = 0;
    QDateTime writtenAt;
    QString databaseTag;

    QString toString() const;
    static std::optional<AckFileName> parse(const QString &fileName);
};
QString databaseTag(const QString &databaseId);

// The changes of a format-3 file, written one after the other without a
// QVariant or a JSON value in between (the exporter writes millions): each
// table's columns are named once per file ("shapes"), then every change
// carries its values in that order. Binary, little-endian varints:
//   'S' shape: varint index (next free), name, varint n, n column names
//   'O' operator name: varint index (next free), name
//   'C' change: varint shape, zigzag seq - previous seq, zigzag row id,
//       operation byte (I, U, D), zigzag version time - previous time,
//       varint version workstation, varint operator, flags (bit 0: a
//       base, bit 1: field versions, format 4) [zigzag base time, varint
//       base workstation] [varint n, zigzag floor time, varint floor
//       workstation, n times: varint column index in the shape, zigzag
//       time, varint workstation], then for I and U one
//       value per column of the shape: 0 NULL, 1 integer (zigzag varint),
//       2 real (8 bytes), 3 text (varint length, UTF-8), 4 blob (varint
//       length, bytes)
// (strings are a varint length and UTF-8 bytes). Compressed by
// encodeSyncFile.
class SyncPayloadWriter {
public:
    // The index of a table with these columns (defined at first use).
    int shape(const QString &table, const QStringList &columns);
    void beginChange(int shape, qint64 seq, qint64 rowId, QChar operation, const RowVersion &version,
        const QString &operatorName, const RowVersion &base, const FieldVersions &fields = {});
    void addNull() { m_data.append(char(0)); }
    void addInteger(qint64 v);
    void addReal(double v);
    void addText(const char *utf8, qsizetype size);
    void addBlob(const char *bytes, qsizetype size);
    void addValue(const QVariant &value);
    int changeCount() const { return m_changes; }
    const QByteArray &data() const { return m_data; }

private:
    void varint(quint64 v);
    void zigzag(qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63)); }
    void string(const QString &s);

    QByteArray m_data;
    QHash<QString, int> m_shapes; // "table\ncol\ncol..."
    QList<QStringList> m_shapeColumns; // by index
    QHash<QString, int> m_operators;
    QString m_lastOperator; // and its index: most changes repeat the previous one's
    int m_lastOperatorIndex = 0;
    qint64 m_lastSeq = 0;
    qint64 m_lastAt = 0;
    int m_changes = 0;
};

// The file as bytes. Format 3: a header line (JSON, as in format 2, with
// "encoding" and the sizes of the block), the changes as one zlib-compressed
// SyncPayloadWriter block and '\n', and a trailer line with the number of
// changes, the SHA-256 of everything before it (a damage check) and the
// authenticator made with the room's key over the file's name and
// everything before the trailer (Room::authenticator). Formats 1 and 2 (a
// header.formatVersion below 3): one JSON line per change instead of the
// block (kept to write test fixtures of the old format).
// `sha256` receives the checksum (hex) when given.
QByteArray encodeSyncFile(const SyncFileHeader &header, const QList<SyncChange> &changes, const QString &fileName,
    const QByteArray &roomKey, QByteArray *sha256 = nullptr);
// The same from a block already written (the exporter's way).
QByteArray encodeSyncFile(const SyncFileHeader &header, const SyncPayloadWriter &payload, const QString &fileName,
    const QByteArray &roomKey, QByteArray *sha256 = nullptr);

// Reads and verifies a whole file; nothing is trusted before the checksum
// and the authenticator (made with roomKey, for this very name) match.
// Errors (with the file name): sync.file_truncated, sync.file_checksum,
// sync.file_not_authenticated, sync.file_malformed (line), sync.file_format,
// sync.file_name_mismatch.
Result<SyncFileContent> decodeSyncFile(const QByteArray &data, const QString &fileName, const QByteArray &roomKey);

// An acknowledgements file: a header line (workstation, database, acks)
// and the same trailer as a sync file (checksum, room-key authenticator
// over name and header). Decoding verifies like decodeSyncFile.
QByteArray encodeAckFile(const SyncFileHeader &header, const QString &fileName, const QByteArray &roomKey);
Result<SyncFileHeader> decodeAckFile(const QByteArray &data, const QString &fileName, const QByteArray &roomKey);

// SQLite values <-> JSON: NULL, integers (64-bit exact), reals, text, and
// blobs as {"$b": base64}.
QJsonValue encodeSqlValue(const QVariant &value);
QVariant decodeSqlValue(const QJsonValue &value);
// Equality as SQLite sees stored values (45 equals 45.0).
bool sqlValuesEqual(const QVariant &a, const QVariant &b);

} // namespace core::sync
