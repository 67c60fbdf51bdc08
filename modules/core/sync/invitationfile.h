#pragma once

#include "core/domain/result.h"
#include "core/sync/roommembers.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace core::sync {

// What an invitation to the room carries: everything a new workstation
// needs to start as a member (HACKING.md, "The room key").
struct InvitationContent {
    QString roomName;
    QByteArray roomKey;
    int inviter = 0; // the inviting workstation's number
    QString inviterName;
    QList<RoomMember> members; // the numbers in use in the room
    qint64 createdAt = 0; // Unix ms
    QByteArray database; // a consistent snapshot of the inviter's database (SQLite file)
};

// The file: a header in clear, then the content encrypted with a key
// derived from the passphrase.
//
//   "cisiamo-invitation\n"  magic (19 bytes)
//   u16 version (1), u32 opslimit, u32 memlimit (bytes)   big-endian
//   16 bytes salt (crypto_pwhash, Argon2id)
//   24 bytes nonce (XChaCha20-Poly1305)
//   16 bytes passphrase check (BLAKE2b of the second half of the derived bytes)
//   ciphertext of: u32 length, JSON (room, key, members, inviter), SQLite file
//
// The whole header is the additional data of the AEAD: nothing of it can be
// changed without the decryption failing. The check tells a wrong
// passphrase from a damaged file; it is derived with Argon2id like the key,
// so it makes guessing no cheaper.
namespace InvitationFile {
constexpr int minPassphraseLength = 10;
constexpr int version = 1;

// Argon2id work: libsodium's "interactive" limits (about 0.1-0.3 s, 64 MiB).
struct Limits {
    quint32 opsLimit = 2;
    quint32 memLimit = 64u * 1024u * 1024u;
};

// sync.invite_short_passphrase {minimum} for a passphrase shorter than
// minPassphraseLength characters (spaces at both ends do not count).
Status checkPassphrase(const QString &passphrase);

// The file's bytes (sync.invite_crypto when libsodium fails).
Result<QByteArray> encode(const InvitationContent &content, const QString &passphrase, const Limits &limits = {});

// The content, or:
//   sync.invite_not_invitation {file}  another kind of file
//   sync.invite_damaged {file}         empty, truncated, altered
//   sync.invite_newer {file, version}  written by a newer program
//   sync.invite_wrong_passphrase {file}
Result<InvitationContent> decode(const QByteArray &data, const QString &passphrase, const QString &fileName);
} // namespace InvitationFile

} // namespace core::sync
