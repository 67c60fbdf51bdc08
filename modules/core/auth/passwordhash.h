#pragma once

#include "core/auth/secretbytes.h"
#include "core/domain/result.h"

#include <QString>

namespace core {

// How slow (and memory-hungry) Argon2id is made. Interactive is libsodium's
// recommendation for sign-ins: about 70 ms and 64 MiB here, quick enough
// for a shift change, slow enough that guessing passwords from a stolen
// file costs years for a decent password. Minimum is only for tests that
// create many accounts; hashes record their own cost, so verification
// always uses the cost they were made with.
struct KdfCost {
    quint64 ops = 0;
    std::size_t memory = 0;

    static KdfCost interactive();
    static KdfCost minimum();
};

// Salted Argon2id hash in libsodium's self-describing text form
// ("$argon2id$v=19$m=65536,t=2,p=1$salt$hash"). Codes: auth.crypto_unavailable.
Result<QString> hashPassword(const QString &password, const KdfCost &cost);
// Constant-time comparison inside libsodium; false for a malformed hash.
bool verifyPassword(const QString &hash, const QString &password);

// A 32-byte key derived from the password with Argon2id and a 16-byte salt:
// the key that encrypts an account's own secret key (keycrypto.h).
Result<SecretBytes> deriveKeyFromPassword(const QString &password, const QByteArray &salt, const KdfCost &cost);
constexpr int kdfSaltBytes = 16;

// What a password must be: at least 8 characters, not the user name.
// Codes: auth.password_too_short, auth.password_is_username.
Status checkPasswordPolicy(const QString &password, const QString &username);
constexpr int minimumPasswordLength = 8;

} // namespace core
