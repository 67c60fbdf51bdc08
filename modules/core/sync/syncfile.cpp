#include "core/sync/syncfile.h"

#include "core/sync/room.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace core::sync {

namespace {

const QString formatName = QStringLiteral("cisiamo-sync");
const QString timeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");

QJsonArray versionJson(const RowVersion &v)
{
    return QJsonArray { QJsonValue(v.at), QJsonValue(v.workstation) };
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Error malformedFileError(const QString &code, const QString &fileName, const QString &detail = {}, int lineNumber = 0)
{
    Error e(code, { fileName, detail });
    e.where.file = fileName;
    e.where.line = lineNumber;
    return e;
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

QJsonArray acksJson(const QList<SyncAck> &acks)
{
    QJsonArray array;
    for (const SyncAck &a : acks)
        array.append(QJsonObject { { QStringLiteral("database"), a.databaseId },
            { QStringLiteral("workstation"), a.workstation }, { QStringLiteral("seq"), QJsonValue(a.seq) } });
    return array;
}

// False when an acknowledgement is not well formed (the file is refused).
bool readAcks(const QJsonValue &value, QList<SyncAck> *acks)
{
    if (value.isUndefined())
        return true; // format 1
    if (!value.isArray())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        SyncAck a { o.value(QLatin1String("database")).toString(), o.value(QLatin1String("workstation")).toInt(),
            o.value(QLatin1String("seq")).toInteger(-1) };
        if (a.databaseId.isEmpty() || a.workstation < 1 || a.seq < 0 || !isInteger(o.value(QLatin1String("seq"))))
            return false;
        acks->append(a);
    }
    return true;
}

// The last line of every file: how many changes, the checksum of the body
// (damage) and the room-key authenticator over name and body (trust).
QByteArray trailerLine(
    const QByteArray &body, int changeCount, const QString &fileName, const QByteArray &roomKey, QByteArray *sha256)
{
    const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    if (sha256)
        *sha256 = sha;
    const QByteArray auth = Room::authenticator(roomKey, fileName, body);
    return line(
        QJsonObject { { QStringLiteral("end"), formatName }, { QStringLiteral("auth"), QString::fromLatin1(auth) },
            { QStringLiteral("changes"), QJsonValue(qint64(changeCount)) },
            { QStringLiteral("sha256"), QString::fromLatin1(sha) } });
}

struct VerifiedBody {
    QByteArray body; // everything before the trailer
    QByteArray sha256;
    QJsonObject trailer;
};

// Checks the trailer of a file; nothing else is trusted before it passes.
Result<VerifiedBody> verifyTrailer(const QByteArray &data, const QString &fileName, const QByteArray &roomKey)
{
    // The trailer is the last line; a file cut short has none (or half of one).
    if (!data.endsWith('\n'))
        return malformedFileError(QStringLiteral("sync.file_truncated"), fileName);
    const qsizetype trailerStart = data.lastIndexOf('\n', data.size() - 2) + 1;
    VerifiedBody v;
    v.body = data.left(trailerStart);
    QJsonParseError parseError;
    v.trailer = QJsonDocument::fromJson(data.mid(trailerStart), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || v.trailer.value(QLatin1String("end")).toString() != formatName)
        return malformedFileError(QStringLiteral("sync.file_truncated"), fileName);
    const QByteArray expected = v.trailer.value(QLatin1String("sha256")).toString().toLatin1();
    v.sha256 = QCryptographicHash::hash(v.body, QCryptographicHash::Sha256).toHex();
    if (expected != v.sha256)
        return malformedFileError(QStringLiteral("sync.file_checksum"), fileName);
    // Damage is told apart above; anything else changed, a name changed, or
    // a file made outside this room fails here, before a byte is parsed.
    if (!Room::verify(roomKey, fileName, v.body, v.trailer.value(QLatin1String("auth")).toString().toLatin1()))
        return malformedFileError(QStringLiteral("sync.file_not_authenticated"), fileName);
    return v;
}

} // namespace

QString databaseTag(const QString &databaseId)
{
    QString tag = databaseId;
    tag.remove(QLatin1Char('-'));
    return tag.left(8).toLower();
}

QString SyncFileName::toString() const
{
    return QStringLiteral("cisiamo-ws%1-%2-%3-%4-%5%6")
        .arg(workstation, 4, 10, QLatin1Char('0'))
        .arg(firstSeq, 12, 10, QLatin1Char('0'))
        .arg(lastSeq, 12, 10, QLatin1Char('0'))
        .arg(writtenAt.toUTC().toString(timeFormat), databaseTag, syncFileSuffix);
}

std::optional<SyncFileName> SyncFileName::parse(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^cisiamo-ws(\\d{4})-(\\d{12})-(\\d{12})-(\\d{8}T\\d{9}Z)-([0-9a-f]{8})\\.cisync$"));
    const auto m = pattern.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    SyncFileName name;
    name.workstation = m.captured(1).toInt();
    name.firstSeq = m.captured(2).toLongLong();
    name.lastSeq = m.captured(3).toLongLong();
    name.writtenAt = QDateTime::fromString(m.captured(4), timeFormat);
    name.writtenAt.setTimeZone(QTimeZone::utc());
    name.databaseTag = m.captured(5);
    if (!name.writtenAt.isValid() || name.firstSeq < 1 || name.lastSeq < name.firstSeq)
        return std::nullopt;
    return name;
}

QString AckFileName::toString() const
{
    return QStringLiteral("cisiamo-ws%1-acks-%2-%3%4")
        .arg(workstation, 4, 10, QLatin1Char('0'))
        .arg(writtenAt.toUTC().toString(timeFormat), databaseTag, ackFileSuffix);
}

std::optional<AckFileName> AckFileName::parse(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^cisiamo-ws(\\d{4})-acks-(\\d{8}T\\d{9}Z)-([0-9a-f]{8})\\.cisack$"));
    const auto m = pattern.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    AckFileName name;
    name.workstation = m.captured(1).toInt();
    name.writtenAt = QDateTime::fromString(m.captured(2), timeFormat);
    name.writtenAt.setTimeZone(QTimeZone::utc());
    name.databaseTag = m.captured(3);
    if (!name.writtenAt.isValid() || name.workstation < 1)
        return std::nullopt;
    return name;
}

QJsonValue encodeSqlValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    case QMetaType::ULongLong:
        return QJsonValue(qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject { { QStringLiteral("$b"), QString::fromLatin1(value.toByteArray().toBase64()) } };
    default:
        return QJsonValue(value.toString());
    }
}

QVariant decodeSqlValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return isInteger(value) ? QVariant(value.toInteger()) : QVariant(value.toDouble());
    if (value.isBool())
        return QVariant(qint64(value.toBool() ? 1 : 0));
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(QLatin1String("$b")).toString().toLatin1());
    return QVariant();
}

bool sqlValuesEqual(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    auto isNumber = [](const QVariant &v) {
        const int t = v.typeId();
        return t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::Double || t == QMetaType::ULongLong
            || t == QMetaType::UInt || t == QMetaType::Float;
    };
    if (isNumber(a) && isNumber(b)) {
        if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double || a.typeId() == QMetaType::Float
            || b.typeId() == QMetaType::Float)
            return a.toDouble() == b.toDouble();
        return a.toLongLong() == b.toLongLong();
    }
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray() && a.typeId() == b.typeId();
    if (isNumber(a) != isNumber(b))
        return false; // 45 and '45' are different values to SQLite
    return a.toString() == b.toString();
}

namespace {

QJsonObject headerJson(const SyncFileHeader &h, qint64 changeCount)
{
    QJsonObject header {
        { QStringLiteral("format"), formatName },
        { QStringLiteral("format_version"), h.formatVersion },
        { QStringLiteral("schema_version"), h.schemaVersion },
        { QStringLiteral("database"), h.databaseId },
        { QStringLiteral("previous"), QJsonArray::fromStringList(h.previousIds) },
        { QStringLiteral("workstation"), h.workstation },
        { QStringLiteral("workstation_name"), h.workstationName },
        { QStringLiteral("origin_seq"), QJsonValue(h.originSeq) },
        { QStringLiteral("first_seq"), QJsonValue(h.firstSeq) },
        { QStringLiteral("last_seq"), QJsonValue(h.lastSeq) },
        { QStringLiteral("changes"), QJsonValue(changeCount) },
        { QStringLiteral("created_at"), QJsonValue(h.createdAt) },
        { QStringLiteral("created_by"), h.createdBy },
    };
    if (h.formatVersion >= 2)
        header.insert(QStringLiteral("acks"), acksJson(h.acks));
    return header;
}

const QString blockEncoding = QStringLiteral("binary-zlib");

// Level 1: the block is mostly repeated structure, which the fastest level
// already squeezes below a gzipped `sqlite3 .dump` (bench_sync prints both);
// higher levels cost several times the time for a few per cent.
constexpr int compressionLevel = 1;

QByteArray deflateBlock(const QByteArray &plain)
{
    z_stream z {};
    if (deflateInit(&z, compressionLevel) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(plain.size()))));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    z.avail_in = uInt(plain.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

// Decompresses exactly `size` bytes; empty with ok=false otherwise.
QByteArray inflateBlock(const char *data, qsizetype size, qint64 plainSize, bool *ok)
{
    *ok = false;
    if (plainSize < 0 || plainSize > (qint64(1) << 31) - 64)
        return {};
    z_stream z {};
    if (inflateInit(&z) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(plainSize));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    *ok = rc == Z_STREAM_END && qint64(z.total_out) == plainSize && z.avail_in == 0;
    inflateEnd(&z);
    return *ok ? out : QByteArray();
}

QByteArray jsonLinesBody(const SyncFileHeader &h, const QList<SyncChange> &changes)
{
    QByteArray body = line(headerJson(h, changes.size()));
    for (const SyncChange &c : changes) {
        QJsonObject o {
            { QStringLiteral("s"), QJsonValue(c.seq) },
            { QStringLiteral("t"), c.table },
            { QStringLiteral("id"), QJsonValue(c.rowId) },
            { QStringLiteral("op"), QString(c.operation) },
            { QStringLiteral("v"), versionJson(c.version) },
            { QStringLiteral("by"), c.operatorName },
        };
        if (!c.base.isNull())
            o.insert(QStringLiteral("base"), versionJson(c.base));
        if (c.operation != QLatin1Char('D')) {
            QJsonObject values;
            for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it)
                values.insert(it.key(), encodeSqlValue(it.value()));
            o.insert(QStringLiteral("row"), values);
        }
        body += line(o);
    }
    return body;
}

} // namespace

int SyncPayloadWriter::shape(const QString &table, const QStringList &columns)
{
    const QString key = table + QLatin1Char('\n') + columns.join(QLatin1Char('\n'));
    auto it = m_shapes.constFind(key);
    if (it != m_shapes.constEnd())
        return it.value();
    const int index = int(m_shapes.size());
    m_shapes.insert(key, index);
    m_shapeColumns.append(columns);
    m_data.append('S');
    varint(quint64(index));
    string(table);
    varint(quint64(columns.size()));
    for (const QString &c : columns)
        string(c);
    return index;
}

void SyncPayloadWriter::beginChange(int shape, qint64 seq, qint64 rowId, QChar operation, const RowVersion &version,
    const QString &operatorName, const RowVersion &base, const FieldVersions &fields)
{
    // The exporter passes the same few QStrings: the same characters as the
    // last change's are its operator without a lookup.
    if (m_operators.isEmpty() || operatorName.constData() != m_lastOperator.constData()
        || operatorName.size() != m_lastOperator.size()) {
        auto op = m_operators.constFind(operatorName);
        if (op == m_operators.constEnd()) {
            const int index = int(m_operators.size());
            m_data.append('O');
            varint(quint64(index));
            string(operatorName);
            op = m_operators.insert(operatorName, index);
        }
        m_lastOperator = operatorName;
        m_lastOperatorIndex = op.value();
    }
    m_data.append('C');
    varint(quint64(shape));
    zigzag(seq - m_lastSeq);
    m_lastSeq = seq;
    zigzag(rowId);
    m_data.append(char(operation.unicode() < 128 ? operation.unicode() : '?'));
    zigzag(version.at - m_lastAt);
    m_lastAt = version.at;
    varint(quint64(qint64(version.workstation)));
    varint(quint64(m_lastOperatorIndex));
    // Field versions only name columns of the shape (a deletion has none).
    const QStringList &shapeColumns = m_shapeColumns.at(shape);
    const bool withFields = !fields.isWhole() && !shapeColumns.isEmpty();
    m_data.append(char((base.isNull() ? 0 : 1) | (withFields ? 2 : 0)));
    if (!base.isNull()) {
        zigzag(base.at);
        varint(quint64(qint64(base.workstation)));
    }
    if (withFields) {
        QList<QPair<int, RowVersion>> listed;
        for (auto it = fields.columns.constBegin(); it != fields.columns.constEnd(); ++it)
            if (const qsizetype i = shapeColumns.indexOf(it.key()); i >= 0)
                listed.append({ int(i), it.value() });
        std::sort(listed.begin(), listed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        varint(quint64(listed.size()));
        zigzag(fields.floor.at);
        varint(quint64(qint64(fields.floor.workstation)));
        for (const auto &l : std::as_const(listed)) {
            varint(quint64(l.first));
            zigzag(l.second.at);
            varint(quint64(qint64(l.second.workstation)));
        }
    }
    ++m_changes;
}

void SyncPayloadWriter::varint(quint64 v)
{
    char buffer[10];
    int n = 0;
    while (v >= 0x80) {
        buffer[n++] = char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    buffer[n++] = char(v);
    m_data.append(buffer, n);
}

void SyncPayloadWriter::string(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    varint(quint64(utf8.size()));
    m_data.append(utf8);
}

void SyncPayloadWriter::addInteger(qint64 v)
{
    m_data.append(char(1));
    zigzag(v);
}

void SyncPayloadWriter::addReal(double v)
{
    char bytes[9];
    bytes[0] = 2;
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (int i = 0; i < 8; ++i)
        bytes[1 + i] = char((bits >> (8 * i)) & 0xff);
    m_data.append(bytes, 9);
}

void SyncPayloadWriter::addText(const char *utf8, qsizetype size)
{
    m_data.append(char(3));
    varint(quint64(size));
    m_data.append(utf8, size);
}

void SyncPayloadWriter::addBlob(const char *bytes, qsizetype size)
{
    m_data.append(char(4));
    varint(quint64(size));
    m_data.append(bytes, size);
}

void SyncPayloadWriter::addValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return addNull();
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return addInteger(value.toLongLong());
    case QMetaType::ULongLong:
        return addInteger(qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return addReal(value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        return addBlob(b.constData(), b.size());
    }
    default: {
        const QByteArray t = value.toString().toUtf8();
        return addText(t.constData(), t.size());
    }
    }
}

QByteArray encodeSyncFile(const SyncFileHeader &h, const SyncPayloadWriter &payload, const QString &fileName,
    const QByteArray &roomKey, QByteArray *sha256)
{
    const QByteArray block = deflateBlock(payload.data());
    QJsonObject header = headerJson(h, payload.changeCount());
    header.insert(QStringLiteral("encoding"), blockEncoding);
    header.insert(QStringLiteral("block_bytes"), QJsonValue(qint64(block.size())));
    header.insert(QStringLiteral("plain_bytes"), QJsonValue(qint64(payload.data().size())));
    QByteArray body = line(header);
    body.reserve(body.size() + block.size() + 256);
    body += block;
    body += '\n';
    body += trailerLine(body, payload.changeCount(), fileName, roomKey, sha256);
    return body;
}

QByteArray encodeSyncFile(const SyncFileHeader &h, const QList<SyncChange> &changes, const QString &fileName,
    const QByteArray &roomKey, QByteArray *sha256)
{
    if (h.formatVersion < 3) {
        QByteArray body = jsonLinesBody(h, changes);
        body += trailerLine(body, int(changes.size()), fileName, roomKey, sha256);
        return body;
    }
    SyncPayloadWriter payload;
    for (const SyncChange &c : changes) {
        const QStringList columns = c.operation == QLatin1Char('D') ? QStringList() : c.values.keys();
        payload.beginChange(payload.shape(c.table, columns), c.seq, c.rowId, c.operation, c.version, c.operatorName,
            c.base, h.formatVersion >= 4 ? c.fields : FieldVersions());
        if (c.operation != QLatin1Char('D'))
            for (auto it = c.values.constBegin(); it != c.values.constEnd(); ++it)
                payload.addValue(it.value());
    }
    return encodeSyncFile(h, payload, fileName, roomKey, sha256);
}

QByteArray encodeAckFile(const SyncFileHeader &h, const QString &fileName, const QByteArray &roomKey)
{
    QByteArray body = line(QJsonObject {
        { QStringLiteral("format"), formatName },
        { QStringLiteral("kind"), QStringLiteral("acks") },
        { QStringLiteral("format_version"), h.formatVersion },
        { QStringLiteral("database"), h.databaseId },
        { QStringLiteral("workstation"), h.workstation },
        { QStringLiteral("workstation_name"), h.workstationName },
        { QStringLiteral("created_at"), QJsonValue(h.createdAt) },
        { QStringLiteral("created_by"), h.createdBy },
        { QStringLiteral("acks"), acksJson(h.acks) },
    });
    body += trailerLine(body, 0, fileName, roomKey, nullptr);
    return body;
}

Result<SyncFileHeader> decodeAckFile(const QByteArray &data, const QString &fileName, const QByteArray &roomKey)
{
    auto verified = verifyTrailer(data, fileName, roomKey);
    if (!verified)
        return verified.error();
    QJsonParseError parseError;
    const QByteArray first = verified->body.left(verified->body.indexOf('\n'));
    const QJsonObject h = QJsonDocument::fromJson(first, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || h.value(QLatin1String("format")).toString() != formatName
        || h.value(QLatin1String("kind")).toString() != QLatin1String("acks"))
        return malformedFileError(QStringLiteral("sync.file_format"), fileName);
    SyncFileHeader header;
    header.formatVersion = h.value(QLatin1String("format_version")).toInt();
    header.databaseId = h.value(QLatin1String("database")).toString();
    header.workstation = h.value(QLatin1String("workstation")).toInt();
    header.workstationName = h.value(QLatin1String("workstation_name")).toString();
    header.createdAt = h.value(QLatin1String("created_at")).toInteger();
    header.createdBy = h.value(QLatin1String("created_by")).toString();
    if (header.formatVersion < 2 || header.databaseId.isEmpty() || header.workstation < 1
        || verified->body.count('\n') != 1 || !readAcks(h.value(QLatin1String("acks")), &header.acks))
        return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("header"), 1);
    if (header.formatVersion > syncFormatVersion)
        return malformedFileError(QStringLiteral("sync.file_format"), fileName, QString::number(header.formatVersion));
    const auto name = AckFileName::parse(fileName);
    if (!name || name->workstation != header.workstation || name->databaseTag != databaseTag(header.databaseId))
        return malformedFileError(QStringLiteral("sync.file_name_mismatch"), fileName);
    return header;
}

namespace {

bool readVersion(const QJsonValue &value, RowVersion *version)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 2 || !isInteger(a.at(0)) || !isInteger(a.at(1)))
        return false;
    version->at = a.at(0).toInteger();
    version->workstation = int(a.at(1).toInteger());
    return true;
}

// Reads a SyncPayloadWriter block; 0 when every change is well formed,
// else the number (1-based) of the first change that is not.
class BlockReader {
public:
    BlockReader(const QByteArray &data)
        : m_p(reinterpret_cast<const uchar *>(data.constData()))
        , m_end(m_p + data.size())
    {
    }
    bool atEnd() const { return m_p == m_end; }
    bool ok() const { return m_ok; }
    uchar byte()
    {
        if (m_p == m_end) {
            m_ok = false;
            return 0;
        }
        return *m_p++;
    }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const uchar b = byte();
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    qint64 zigzag()
    {
        const quint64 v = varint();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    // `size` bytes in place, or null.
    const char *bytes(quint64 size)
    {
        if (quint64(m_end - m_p) < size) {
            m_ok = false;
            return nullptr;
        }
        const char *at = reinterpret_cast<const char *>(m_p);
        m_p += size;
        return at;
    }
    QString string()
    {
        const quint64 size = varint();
        const char *at = bytes(size);
        return at ? QString::fromUtf8(at, qsizetype(size)) : QString();
    }
    QVariant value()
    {
        switch (byte()) {
        case 0:
            return QVariant();
        case 1:
            return QVariant(zigzag());
        case 2: {
            const char *at = bytes(8);
            if (!at)
                return QVariant();
            quint64 bits = 0;
            for (int i = 0; i < 8; ++i)
                bits |= quint64(uchar(at[i])) << (8 * i);
            double d;
            std::memcpy(&d, &bits, sizeof d);
            return QVariant(d);
        }
        case 3:
            return QVariant(string());
        case 4: {
            const quint64 size = varint();
            const char *at = bytes(size);
            return at ? QVariant(QByteArray(at, qsizetype(size))) : QVariant();
        }
        default:
            m_ok = false;
            return QVariant();
        }
    }

private:
    const uchar *m_p;
    const uchar *m_end;
    bool m_ok = true;
};

int readBlock(const QByteArray &plain, const SyncFileHeader &header, QList<SyncChange> *changes)
{
    struct Shape {
        QString table;
        QStringList columns;
    };
    QList<Shape> shapes;
    QStringList operators;
    BlockReader r(plain);
    qint64 seq = 0;
    qint64 at = 0;
    changes->reserve(header.changeCount);
    while (!r.atEnd()) {
        const uchar kind = r.byte();
        if (kind == 'S') {
            Shape shape;
            if (r.varint() != quint64(shapes.size()))
                return int(changes->size()) + 1;
            shape.table = r.string();
            const quint64 n = r.varint();
            if (!r.ok() || n > 10000 || shape.table.isEmpty())
                return int(changes->size()) + 1;
            for (quint64 i = 0; i < n; ++i)
                shape.columns.append(r.string());
            if (!r.ok())
                return int(changes->size()) + 1;
            shapes.append(shape);
        } else if (kind == 'O') {
            if (r.varint() != quint64(operators.size()))
                return int(changes->size()) + 1;
            operators.append(r.string());
            if (!r.ok())
                return int(changes->size()) + 1;
        } else if (kind == 'C') {
            const int number = int(changes->size()) + 1;
            const quint64 shapeIndex = r.varint();
            if (!r.ok() || shapeIndex >= quint64(shapes.size()) || changes->size() >= header.changeCount)
                return number;
            const Shape &shape = shapes.at(qsizetype(shapeIndex));
            SyncChange c;
            seq += r.zigzag();
            c.seq = seq;
            c.table = shape.table;
            c.rowId = r.zigzag();
            c.operation = QLatin1Char(char(r.byte()));
            at += r.zigzag();
            c.version = { at, int(r.varint()) };
            const quint64 op = r.varint();
            if (op >= quint64(operators.size()))
                return number;
            c.operatorName = operators.at(qsizetype(op));
            const uchar flags = r.byte();
            if (flags > (header.formatVersion >= 4 ? 3 : 1))
                return number;
            if (flags & 1) {
                c.base.at = r.zigzag();
                c.base.workstation = int(r.varint());
            }
            if (flags & 2) {
                const quint64 n = r.varint();
                c.fields.floor.at = r.zigzag();
                c.fields.floor.workstation = int(r.varint());
                if (!r.ok() || n > quint64(shape.columns.size()) || c.fields.floor.workstation < 0)
                    return number;
                for (quint64 i = 0; i < n; ++i) {
                    const quint64 column = r.varint();
                    RowVersion v;
                    v.at = r.zigzag();
                    v.workstation = int(r.varint());
                    if (!r.ok() || column >= quint64(shape.columns.size()) || v.workstation < 0)
                        return number;
                    c.fields.columns.insert(shape.columns.at(qsizetype(column)), v);
                }
            }
            const bool opOk
                = c.operation == QLatin1Char('I') || c.operation == QLatin1Char('U') || c.operation == QLatin1Char('D');
            if (!r.ok() || !opOk || c.seq < header.firstSeq || c.seq > header.lastSeq || c.version.workstation < 1)
                return number;
            if (c.operation != QLatin1Char('D')) {
                for (const QString &column : shape.columns)
                    c.values.insert(c.values.cend(), column, r.value());
                if (!r.ok() || c.values.size() != shape.columns.size())
                    return number;
            }
            changes->append(std::move(c));
        } else {
            return int(changes->size()) + 1;
        }
    }
    return changes->size() == header.changeCount ? 0 : int(changes->size()) + 1;
}

} // namespace

Result<SyncFileContent> decodeSyncFile(const QByteArray &data, const QString &fileName, const QByteArray &roomKey)
{
    auto verified = verifyTrailer(data, fileName, roomKey);
    if (!verified)
        return verified.error();
    const QByteArray &body = verified->body;
    const QJsonObject &trailer = verified->trailer;
    QJsonParseError parseError;
    SyncFileContent content;
    content.sha256 = verified->sha256;
    const qsizetype headerEnd = body.indexOf('\n');
    if (headerEnd < 0)
        return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("header"), 1);
    const QJsonObject h = QJsonDocument::fromJson(body.left(headerEnd), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || h.value(QLatin1String("format")).toString() != formatName)
        return malformedFileError(QStringLiteral("sync.file_format"), fileName);
    SyncFileHeader &header = content.header;
    header.formatVersion = h.value(QLatin1String("format_version")).toInt();
    header.schemaVersion = h.value(QLatin1String("schema_version")).toInt();
    header.databaseId = h.value(QLatin1String("database")).toString();
    for (const QJsonValue &p : h.value(QLatin1String("previous")).toArray())
        header.previousIds.append(p.toString());
    header.workstation = h.value(QLatin1String("workstation")).toInt();
    header.workstationName = h.value(QLatin1String("workstation_name")).toString();
    header.originSeq = h.value(QLatin1String("origin_seq")).toInteger(-1);
    header.firstSeq = h.value(QLatin1String("first_seq")).toInteger();
    header.lastSeq = h.value(QLatin1String("last_seq")).toInteger();
    header.changeCount = int(h.value(QLatin1String("changes")).toInteger(-1));
    header.createdAt = h.value(QLatin1String("created_at")).toInteger();
    header.createdBy = h.value(QLatin1String("created_by")).toString();
    if (header.formatVersion < 1 || header.schemaVersion < 1 || header.databaseId.isEmpty() || header.workstation < 1
        || header.originSeq < 0 || header.firstSeq <= header.originSeq || header.lastSeq < header.firstSeq
        || header.changeCount < 0 || !readAcks(h.value(QLatin1String("acks")), &header.acks))
        return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("header"), 1);
    if (header.formatVersion > syncFormatVersion)
        return malformedFileError(QStringLiteral("sync.file_format"), fileName, QString::number(header.formatVersion));

    const auto name = SyncFileName::parse(fileName);
    if (!name || name->workstation != header.workstation || name->firstSeq != header.firstSeq
        || name->lastSeq != header.lastSeq || name->databaseTag != databaseTag(header.databaseId))
        return malformedFileError(QStringLiteral("sync.file_name_mismatch"), fileName);

    if (header.formatVersion >= 3) {
        if (trailer.value(QLatin1String("changes")).toInteger(-1) != header.changeCount
            || h.value(QLatin1String("encoding")).toString() != blockEncoding)
            return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("header"), 1);
        // The block runs from after the header line to the '\n' before the trailer.
        const qsizetype blockBytes = body.size() - headerEnd - 2;
        if (blockBytes < 0 || h.value(QLatin1String("block_bytes")).toInteger(-1) != blockBytes)
            return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("changes"), 2);
        bool inflated = false;
        const QByteArray plain = inflateBlock(body.constData() + headerEnd + 1, blockBytes,
            h.value(QLatin1String("plain_bytes")).toInteger(-1), &inflated);
        if (!inflated)
            return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("changes"), 2);
        if (auto read = readBlock(plain, header, &content.changes); read > 0)
            return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("change"), read + 1);
        return content;
    }

    const QList<QByteArray> lines = body.split('\n');
    const int changeLines = int(lines.size()) - 2;
    if (changeLines != header.changeCount
        || trailer.value(QLatin1String("changes")).toInteger(-1) != header.changeCount)
        return malformedFileError(
            QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("changes"), int(lines.size()));
    content.changes.reserve(changeLines);
    for (int i = 1; i <= changeLines; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i), &parseError).object();
        SyncChange c;
        c.seq = o.value(QLatin1String("s")).toInteger();
        c.table = o.value(QLatin1String("t")).toString();
        c.rowId = o.value(QLatin1String("id")).toInteger();
        const QString op = o.value(QLatin1String("op")).toString();
        c.operation = op.size() == 1 ? op.at(0) : QChar();
        c.operatorName = o.value(QLatin1String("by")).toString();
        const bool versionOk = readVersion(o.value(QLatin1String("v")), &c.version);
        const bool baseOk = !o.contains(QLatin1String("base")) || readVersion(o.value(QLatin1String("base")), &c.base);
        const bool opOk = op == QLatin1String("I") || op == QLatin1String("U") || op == QLatin1String("D");
        const bool rowOk = op == QLatin1String("D") || o.value(QLatin1String("row")).isObject();
        if (parseError.error != QJsonParseError::NoError || c.table.isEmpty()
            || !isInteger(o.value(QLatin1String("id"))) || c.seq < header.firstSeq || c.seq > header.lastSeq || !opOk
            || !versionOk || !baseOk || !rowOk || c.version.workstation < 1)
            return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("change"), i + 1);
        const QJsonObject row = o.value(QLatin1String("row")).toObject();
        for (auto it = row.constBegin(); it != row.constEnd(); ++it)
            c.values.insert(it.key(), decodeSqlValue(it.value()));
        content.changes.append(std::move(c));
    }
    return content;
}

} // namespace core::sync
