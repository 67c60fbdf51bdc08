#include "core/sync/invitationfile.h"

#include "core/auth/secretbytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

namespace core::sync::InvitationFile {

namespace {

const QByteArray magic = QByteArrayLiteral("cisiamo-invitation\n");
constexpr int saltBytes = crypto_pwhash_SALTBYTES;
constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int checkBytes = 16;
constexpr int keyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
const int headerBytes = int(magic.size()) + 2 + 4 + 4 + saltBytes + nonceBytes + checkBytes;

// Limits a file may ask for: a crafted header must not make the join take
// minutes or gigabytes.
constexpr quint32 maxOpsLimit = 16;
constexpr quint32 maxMemLimit = 1024u * 1024u * 1024u;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

// The key (first half) and the passphrase check (a hash of the second half).
bool deriveKey(
    const QString &passphrase, const QByteArray &salt, const Limits &limits, SecretBytes *key, QByteArray *check)
{
    SecretBytes derived(2 * keyBytes);
    *key = SecretBytes(keyBytes);
    if (derived.isEmpty() || key->isEmpty())
        return false;
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(derived.data(), derived.size(), utf8.constData(), quint64(utf8.size()), bytes(salt),
            limits.opsLimit, limits.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return false;
    memcpy(key->data(), derived.data(), keyBytes);
    check->resize(checkBytes);
    crypto_generichash(
        reinterpret_cast<unsigned char *>(check->data()), checkBytes, derived.data() + keyBytes, keyBytes, nullptr, 0);
    return true;
}

QByteArray contentJson(const InvitationContent &c)
{
    QJsonArray members;
    for (const RoomMember &m : c.members)
        members.append(QJsonObject { { QStringLiteral("workstation"), m.workstation },
            { QStringLiteral("name"), m.name }, { QStringLiteral("removed"), m.removed },
            { QStringLiteral("removed_after_seq"), QString::number(m.removedAfterSeq) } });
    const QJsonObject o { { QStringLiteral("room_name"), c.roomName },
        { QStringLiteral("room_key"), QString::fromLatin1(c.roomKey.toBase64()) },
        { QStringLiteral("inviter"), c.inviter }, { QStringLiteral("inviter_name"), c.inviterName },
        { QStringLiteral("created_at"), QString::number(c.createdAt) }, { QStringLiteral("members"), members } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool readJson(const QByteArray &json, InvitationContent *c)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    c->roomName = o.value(QStringLiteral("room_name")).toString();
    c->roomKey = QByteArray::fromBase64(o.value(QStringLiteral("room_key")).toString().toLatin1());
    c->inviter = o.value(QStringLiteral("inviter")).toInt();
    c->inviterName = o.value(QStringLiteral("inviter_name")).toString();
    c->createdAt = o.value(QStringLiteral("created_at")).toString().toLongLong();
    for (const QJsonValue &v : o.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        c->members.append({ m.value(QStringLiteral("workstation")).toInt(), m.value(QStringLiteral("name")).toString(),
            m.value(QStringLiteral("removed")).toBool(),
            m.value(QStringLiteral("removed_after_seq")).toString().toLongLong() });
    }
    return c->inviter > 0 && !c->members.isEmpty();
}

Error fileError(const QString &code, const QString &fileName, const QStringList &more = {})
{
    return Error(code, QStringList { fileName } + more);
}

} // namespace

Status checkPassphrase(const QString &passphrase)
{
    if (passphrase.trimmed().size() < minPassphraseLength)
        return Error(QStringLiteral("sync.invite_short_passphrase"), { QString::number(minPassphraseLength) });
    return {};
}

Result<QByteArray> encode(const InvitationContent &content, const QString &passphrase, const Limits &limits)
{
    if (auto s = checkPassphrase(passphrase); !s)
        return s.error();
    if (!ensureSodium())
        return Error(QStringLiteral("sync.invite_crypto"));
    QByteArray salt(saltBytes, '\0');
    QByteArray nonce(nonceBytes, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    SecretBytes key;
    QByteArray check;
    if (!deriveKey(passphrase, salt, limits, &key, &check))
        return Error(QStringLiteral("sync.invite_crypto"));

    QByteArray header = magic;
    char number[4];
    qToBigEndian<quint16>(quint16(version), number);
    header.append(number, 2);
    qToBigEndian<quint32>(limits.opsLimit, number);
    header.append(number, 4);
    qToBigEndian<quint32>(limits.memLimit, number);
    header.append(number, 4);
    header += salt + nonce + check;

    const QByteArray json = contentJson(content);
    QByteArray plain;
    plain.reserve(4 + json.size() + content.database.size());
    qToBigEndian<quint32>(quint32(json.size()), number);
    plain.append(number, 4);
    plain += json;
    plain += content.database;

    QByteArray out = header;
    out.resize(header.size() + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(out.data()) + header.size(), &written,
        bytes(plain), quint64(plain.size()), bytes(header), quint64(header.size()), nullptr, bytes(nonce), key.data());
    sodium_memzero(plain.data(), size_t(plain.size()));
    out.resize(header.size() + qsizetype(written));
    return out;
}

Result<InvitationContent> decode(const QByteArray &data, const QString &passphrase, const QString &fileName)
{
    // A file cut short inside the magic is a damaged invitation; anything
    // else that does not start with it is another kind of file.
    if (!data.startsWith(magic))
        return fileError(magic.startsWith(data) ? QStringLiteral("sync.invite_damaged")
                                                : QStringLiteral("sync.invite_not_invitation"),
            fileName);
    if (data.size() < magic.size() + 2)
        return fileError(QStringLiteral("sync.invite_damaged"), fileName);
    const int fileVersion = qFromBigEndian<quint16>(data.constData() + magic.size());
    if (fileVersion > version)
        return fileError(QStringLiteral("sync.invite_newer"), fileName, { QString::number(fileVersion) });
    if (fileVersion != version || data.size() < headerBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return fileError(QStringLiteral("sync.invite_damaged"), fileName);
    qsizetype at = magic.size() + 2;
    Limits limits;
    limits.opsLimit = qFromBigEndian<quint32>(data.constData() + at);
    limits.memLimit = qFromBigEndian<quint32>(data.constData() + at + 4);
    at += 8;
    if (limits.opsLimit < crypto_pwhash_OPSLIMIT_MIN || limits.opsLimit > maxOpsLimit
        || limits.memLimit < crypto_pwhash_MEMLIMIT_MIN || limits.memLimit > maxMemLimit)
        return fileError(QStringLiteral("sync.invite_damaged"), fileName);
    const QByteArray salt = data.mid(at, saltBytes);
    const QByteArray nonce = data.mid(at + saltBytes, nonceBytes);
    const QByteArray storedCheck = data.mid(at + saltBytes + nonceBytes, checkBytes);
    const QByteArray header = data.left(headerBytes);

    if (!ensureSodium())
        return Error(QStringLiteral("sync.invite_crypto"));
    SecretBytes key;
    QByteArray check;
    if (!deriveKey(passphrase, salt, limits, &key, &check))
        return Error(QStringLiteral("sync.invite_crypto"));
    if (sodium_memcmp(check.constData(), storedCheck.constData(), checkBytes) != 0)
        return fileError(QStringLiteral("sync.invite_wrong_passphrase"), fileName);

    const qsizetype cipherBytes = data.size() - headerBytes;
    QByteArray plain(cipherBytes - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long plainBytes = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &plainBytes,
            nullptr, bytes(data) + headerBytes, quint64(cipherBytes), bytes(header), quint64(header.size()),
            bytes(nonce), key.data())
        != 0)
        return fileError(QStringLiteral("sync.invite_damaged"), fileName);
    plain.resize(qsizetype(plainBytes));
    if (plain.size() < 4)
        return fileError(QStringLiteral("sync.invite_damaged"), fileName);
    const quint32 jsonBytes = qFromBigEndian<quint32>(plain.constData());
    if (jsonBytes > quint32(plain.size() - 4))
        return fileError(QStringLiteral("sync.invite_damaged"), fileName);
    InvitationContent content;
    if (!readJson(plain.mid(4, jsonBytes), &content))
        return fileError(QStringLiteral("sync.invite_damaged"), fileName);
    content.database = plain.mid(4 + jsonBytes);
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (content.database.isEmpty())
        return fileError(QStringLiteral("sync.invite_damaged"), fileName);
    return content;
}

} // namespace core::sync::InvitationFile
