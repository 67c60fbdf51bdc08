#include "core/auth/passwordhash.h"

#include <sodium.h>

namespace core {

KdfCost KdfCost::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

KdfCost KdfCost::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

Result<QString> hashPassword(const QString &password, const KdfCost &cost)
{
    if (!ensureSodium())
        return Error(QStringLiteral("auth.crypto_unavailable"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), cost.ops, cost.memory) != 0)
        return Error(QStringLiteral("auth.crypto_unavailable"));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

Result<SecretBytes> deriveKeyFromPassword(const QString &password, const QByteArray &salt, const KdfCost &cost)
{
    if (!ensureSodium() || salt.size() != crypto_pwhash_SALTBYTES)
        return Error(QStringLiteral("auth.crypto_unavailable"));
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (key.isEmpty())
        return Error(QStringLiteral("auth.crypto_unavailable"));
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash(key.data(), key.size(), utf8.constData(), quint64(utf8.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), cost.ops, cost.memory,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error(QStringLiteral("auth.crypto_unavailable"));
    return key;
}

Status checkPasswordPolicy(const QString &password, const QString &username)
{
    if (password.size() < minimumPasswordLength)
        return Error(QStringLiteral("auth.password_too_short"), { QString::number(minimumPasswordLength) });
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return Error(QStringLiteral("auth.password_is_username"));
    return {};
}

} // namespace core
