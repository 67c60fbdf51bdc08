#include "core/sync/syncfile.h"

#include "core/sync/room.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

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

QByteArray encodeSyncFile(const SyncFileHeader &h, const QList<SyncChange> &changes, const QString &fileName,
    const QByteArray &roomKey, QByteArray *sha256)
{
    QByteArray body;
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
        { QStringLiteral("changes"), QJsonValue(qint64(changes.size())) },
        { QStringLiteral("created_at"), QJsonValue(h.createdAt) },
        { QStringLiteral("created_by"), h.createdBy },
    };
    if (h.formatVersion >= 2)
        header.insert(QStringLiteral("acks"), acksJson(h.acks));
    body += line(header);
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
    body += trailerLine(body, int(changes.size()), fileName, roomKey, sha256);
    return body;
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
    const QList<QByteArray> lines = body.split('\n');
    // body ends with '\n', so the last element is empty.
    if (lines.size() < 2)
        return malformedFileError(QStringLiteral("sync.file_malformed"), fileName, QStringLiteral("header"), 1);
    const QJsonObject h = QJsonDocument::fromJson(lines.first(), &parseError).object();
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
