#pragma once

#include "core/db/transaction.h"
#include "core/domain/clock.h"

#include <QSqlDatabase>
#include <QString>

namespace core {

// "This file was already imported": every importer, from the window or the
// command line, runs its writes inside one ImportOnce. It opens the
// transaction, hashes the file (SHA-256 of its bytes) and refuses it with
// Error("import.already_imported", {ms UTC of the last import, operator,
// file name}) when the same kind of import already took the same bytes,
// unless `again` (the operator said the file is really new). commit()
// records the file in import_file and commits it together with the rows the
// importer wrote (a nested Transaction is a savepoint, or joins it: see
// Transaction::Join and Command::joinsCallerTransaction), so the record
// exists exactly when the rows do. Destroyed without commit(): nothing is
// kept.
//
//   ImportOnce once(db, "receipts", path, again, clock);
//   if (!once) return once.error();
//   ... importer.apply(plan) ...
//   return once.commit();
//
// GUI thread or command line, on the connection that writes.
class ImportOnce {
public:
    ImportOnce(const QSqlDatabase &db, const QString &kind, const QString &path, bool again, const Clock &clock);
    ~ImportOnce();
    ImportOnce(const ImportOnce &) = delete;
    ImportOnce &operator=(const ImportOnce &) = delete;

    explicit operator bool() const { return m_error.code.isEmpty(); }
    const Error &error() const { return m_error; }
    bool alreadyImported() const { return m_error.code == QLatin1String("import.already_imported"); }

    Status commit();

    // The same refusal without a transaction, for a dialog's preview: ok
    // when the file is new to this kind of import.
    static Status checkFile(const QSqlDatabase &db, const QString &kind, const QString &path);

private:
    static Status previous(const QSqlDatabase &db, const QString &kind, const QString &sha256, const QString &path);
    Status record();

    QSqlDatabase m_db;
    Transaction m_tx;
    QString m_kind;
    QString m_fileName;
    QString m_sha256;
    bool m_again = false;
    bool m_committed = false;
    qint64 m_bytes = 0;
    const Clock &m_clock;
    Error m_error;
};

} // namespace core
