#include "core/auth/keycrypto.h"

#include <sodium.h>

static_assert(crypto_box_PUBLICKEYBYTES == 32 && crypto_box_SECRETKEYBYTES == 32, "X25519 key sizes");
static_assert(crypto_box_SEALBYTES == 48, "sealed box overhead");
static_assert(crypto_secretbox_NONCEBYTES == 24 && crypto_secretbox_MACBYTES == 16, "secretbox sizes");

namespace core {

namespace {
const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
Error cryptoError()
{
    return Error(QStringLiteral("auth.crypto_unavailable"));
}
} // namespace

Result<KeyPair> generateKeyPair()
{
    if (!ensureSodium())
        return cryptoError();
    KeyPair pair;
    pair.publicKey = QByteArray(publicKeyBytes, Qt::Uninitialized);
    pair.secretKey = SecretBytes(secretKeyBytes);
    if (pair.secretKey.isEmpty() || crypto_box_keypair(bytes(pair.publicKey), pair.secretKey.data()) != 0)
        return cryptoError();
    return pair;
}

Result<QByteArray> encryptSecretKey(const SecretBytes &secretKey, const SecretBytes &keyEncryptionKey)
{
    if (!ensureSodium() || secretKey.size() != secretKeyBytes || keyEncryptionKey.size() != crypto_secretbox_KEYBYTES)
        return cryptoError();
    QByteArray out(encryptedSecretKeyBytes, Qt::Uninitialized);
    randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
    if (crypto_secretbox_easy(bytes(out) + crypto_secretbox_NONCEBYTES, secretKey.data(), secretKey.size(), bytes(out),
            keyEncryptionKey.data())
        != 0)
        return cryptoError();
    return out;
}

Result<SecretBytes> decryptSecretKey(const QByteArray &encrypted, const SecretBytes &keyEncryptionKey)
{
    if (!ensureSodium() || keyEncryptionKey.size() != crypto_secretbox_KEYBYTES)
        return cryptoError();
    if (encrypted.size() != encryptedSecretKeyBytes)
        return Error(QStringLiteral("auth.wrong_key"));
    SecretBytes key(secretKeyBytes);
    if (key.isEmpty())
        return cryptoError();
    if (crypto_secretbox_open_easy(key.data(), bytes(encrypted) + crypto_secretbox_NONCEBYTES,
            encrypted.size() - crypto_secretbox_NONCEBYTES, bytes(encrypted), keyEncryptionKey.data())
        != 0)
        return Error(QStringLiteral("auth.wrong_key"));
    return key;
}

Result<QByteArray> sealFor(const QByteArray &publicKey, const QByteArray &plaintext)
{
    if (!ensureSodium() || publicKey.size() != publicKeyBytes)
        return cryptoError();
    QByteArray out(plaintext.size() + sealOverheadBytes, Qt::Uninitialized);
    if (crypto_box_seal(bytes(out), bytes(plaintext), quint64(plaintext.size()), bytes(publicKey)) != 0)
        return cryptoError();
    return out;
}

Result<QByteArray> sealSecretFor(const QByteArray &publicKey, const SecretBytes &secret)
{
    if (!ensureSodium() || publicKey.size() != publicKeyBytes || secret.isEmpty())
        return cryptoError();
    QByteArray out(int(secret.size()) + sealOverheadBytes, Qt::Uninitialized);
    if (crypto_box_seal(bytes(out), secret.data(), secret.size(), bytes(publicKey)) != 0)
        return cryptoError();
    return out;
}

Result<QByteArray> openSealed(const QByteArray &sealed, const QByteArray &publicKey, const SecretBytes &secretKey)
{
    if (!ensureSodium() || publicKey.size() != publicKeyBytes || secretKey.size() != secretKeyBytes)
        return cryptoError();
    if (sealed.size() < sealOverheadBytes)
        return Error(QStringLiteral("vault.damaged"));
    QByteArray out(sealed.size() - sealOverheadBytes, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(out), bytes(sealed), quint64(sealed.size()), bytes(publicKey), secretKey.data())
        != 0)
        return Error(QStringLiteral("vault.damaged"));
    return out;
}

Result<SecretBytes> openSealedSecret(
    const QByteArray &sealed, const QByteArray &publicKey, const SecretBytes &secretKey)
{
    if (!ensureSodium() || publicKey.size() != publicKeyBytes || secretKey.size() != secretKeyBytes)
        return cryptoError();
    if (sealed.size() != sealOverheadBytes + secretKeyBytes)
        return Error(QStringLiteral("auth.wrong_key"));
    SecretBytes out(secretKeyBytes);
    if (out.isEmpty())
        return cryptoError();
    if (crypto_box_seal_open(out.data(), bytes(sealed), quint64(sealed.size()), bytes(publicKey), secretKey.data())
        != 0)
        return Error(QStringLiteral("auth.wrong_key"));
    return out;
}

QByteArray publicKeyOf(const SecretBytes &secretKey)
{
    QByteArray pk(publicKeyBytes, Qt::Uninitialized);
    if (!ensureSodium() || secretKey.size() != secretKeyBytes
        || crypto_scalarmult_base(bytes(pk), secretKey.data()) != 0)
        return {};
    return pk;
}

} // namespace core
