#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace core {

// What happened, for the security part of the audit log (audit_event).
// The change log (change_log, written by triggers) says what changed; this
// says who signed in, who was refused what, and how keys moved.
enum class AuditKind {
    SignIn,
    SignInFailed,
    SignOut,
    Lock,
    Denied,
    AccountCreated,
    AccountChanged,
    PasswordChanged,
    PasswordReset,
    LockoutCleared,
    VaultCreated,
    KeyGranted,
    KeyRevoked,
    Command, // an action done through the command layer (commandrunner.h)
    CommandUndone, // its compensating entry (Undo)
};
QString auditKindCode(AuditKind kind);

class AuditKindText {
    Q_DECLARE_TR_FUNCTIONS(core::AuditKindText)
public:
    static QString title(const QString &code);
};

// The audit_event ledger: append-only (the schema refuses updates and
// deletes). Each record is its own transaction, so a refusal is recorded
// even though the refused action writes nothing; call it before opening the
// action's transaction.
class AuditLog {
public:
    struct Entry {
        AuditKind kind = AuditKind::Denied;
        QString username; // as typed (sign-in) or the session's user
        qint64 accountId = 0; // 0 when unknown
        QString permission; // for Denied
        QString detail; // free text from code, never user data
        qint64 atMs = 0;
    };
    static Status record(const QSqlDatabase &db, const Entry &entry);

    // Wrong passwords for this user name since the last successful sign-in
    // or lockout clearing, and the time of the last one (ms UTC).
    struct Failures {
        int count = 0;
        qint64 lastAtMs = 0;
    };
    static Result<Failures> consecutiveFailures(const QSqlDatabase &db, const QString &username);
};

} // namespace core
