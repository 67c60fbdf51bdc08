#pragma once

#include "core/commands/command.h"
#include "core/domain/result.h"
#include "core/sync/syncfile.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace core::sync {

// A workstation of the room, as this database knows it.
struct RoomMember {
    int workstation = 0;
    QString name;
    bool removed = false;
    qint64 removedAfterSeq = 0; // a removed member's files up to this sequence are still applied
    // Below: from the membership list (room_member); zero/empty for the
    // workstations known only from their files (before the list existed).
    qint64 joinedAt = 0;
    qint64 removedAt = 0;
    QString removedBy;
};

// Every workstation of the room known here (removed ones too), this one
// included, ordered by number: the rows of the membership list
// (room_member), plus this workstation and those whose files were applied
// here before the list existed (sync_source), which the importer still
// accepts as members.
Result<QList<RoomMember>> roomMembers(const QSqlDatabase &db);

// Adds this workstation to the membership list when it is in a room and
// not listed yet (a database that joined before the list existed), or
// updates its name; its own transaction. The exporter calls it before
// each export, so that the row travels in the next file.
Status ensureOwnMembership(const QSqlDatabase &db, qint64 nowMs);

// A membership row that could not be applied here, parked by the sync
// engine: two workstations that took the same number while offline.
struct ParkedMember {
    int workstation = 0;
    QString name;
    QString sourceFile;
    QString detail;
};
Result<QList<ParkedMember>> parkedMembers(const QSqlDatabase &db);

// Whether a file's changes carry its own workstation's active membership
// row: how a new member introduces itself to the others.
bool introducesItself(const SyncFileContent &content);

// Whether the importer may apply a file from this workstation as the
// membership list stands: nothing when it may, else the refusal
// (sync.member_removed: a removed member's file with changes after the
// last sequence kept; sync.unknown_member: a workstation not in the list,
// never applied here, whose file does not introduce it — the caller may
// look for the introduction in the workstation's later files).
Result<std::optional<Error>> membershipRefusal(
    const QSqlDatabase &db, const SyncFileHeader &header, const QString &fileName);

// `room remove --workstation N`: marks a member removed
// (Permission::SyncManage, audited). Its files up to the last sequence
// applied here stay valid; later ones are refused by every member that
// received the removal. Refused for this workstation itself
// (sync.member_self), a number not in the list (sync.member_unknown) and a
// member already removed (sync.member_already_removed). It does not change
// the room's key (HACKING.md, "The room key").
class RemoveMember : public Command {
public:
    explicit RemoveMember(int workstation);

    QString code() const override;
    QString permission() const override;
    Status check(const CommandContext &context) const override;
    Status apply(const CommandContext &context) override;
    QString auditDetail() const override;

    // After apply: the last sequence of its files that stays valid.
    qint64 afterSeq() const { return m_afterSeq; }

private:
    int m_workstation;
    qint64 m_afterSeq = 0;
};

} // namespace core::sync
