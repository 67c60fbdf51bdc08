#pragma once

#include "core/auth/secretbytes.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace core {

// The public-key building blocks of key management (libsodium, X25519):
// - every account has a key pair; its public key is stored in clear, its
//   secret key encrypted (secretbox) under a key derived from the account's
//   password;
// - a data vault is a key pair too; anyone may seal data for it with the
//   public key (so an operator can record a request he may not read), only
//   a holder of its secret key can open it;
// - the vault's secret key is given to an entitled account by sealing it to
//   that account's public key (a "key grant").
constexpr int publicKeyBytes = 32;
constexpr int secretKeyBytes = 32;

struct KeyPair {
    QByteArray publicKey;
    SecretBytes secretKey;
};

Result<KeyPair> generateKeyPair();

// nonce || secretbox(secret key) under a 32-byte key-encryption key.
Result<QByteArray> encryptSecretKey(const SecretBytes &secretKey, const SecretBytes &keyEncryptionKey);
// Fails (auth.wrong_key) when the key is not the one it was encrypted with.
Result<SecretBytes> decryptSecretKey(const QByteArray &encrypted, const SecretBytes &keyEncryptionKey);
constexpr int encryptedSecretKeyBytes = 24 + 16 + 32;

// Anonymous sealed box (crypto_box_seal) for a public key.
Result<QByteArray> sealFor(const QByteArray &publicKey, const QByteArray &plaintext);
Result<QByteArray> sealSecretFor(const QByteArray &publicKey, const SecretBytes &secret);
Result<QByteArray> openSealed(const QByteArray &sealed, const QByteArray &publicKey, const SecretBytes &secretKey);
Result<SecretBytes> openSealedSecret(
    const QByteArray &sealed, const QByteArray &publicKey, const SecretBytes &secretKey);
constexpr int sealOverheadBytes = 48;

// The public key that belongs to a secret key (checks a decrypted key).
QByteArray publicKeyOf(const SecretBytes &secretKey);

} // namespace core
