#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace core {

// The audit log in the operator's words, at display and print time: the
// stored entries (audit_event, change_log) stay exactly as written, an
// append-only ledger; only their reading changes. Modules register, from
// their domain library, what only they know:
//   - a table's title ("Volontari"; sync::TableRegistry feeds it),
//   - a row's name ("Rossi Mario", "DDT 2020/0001"): a repository's query,
//   - their commands' phrase ("Carico registrato") and the table their
//     audit detail's first id belongs to.
// Anything unknown falls back to something readable, never an error.
// Registered at start (before threads), read from any thread; a row name
// reads the connection it is given.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(core::AuditText)
public:
    using Title = std::function<QString()>;
    using RowName = std::function<QString(const QSqlDatabase &db, qint64 id)>;

    static void setTableTitle(const QString &table, Title title);
    static void setRowName(const QString &table, RowName name);
    // The common case: `sql` (a repository's, one `?` for the id) returns
    // one row whose columns fill %1, %2... of `pattern` (translated).
    static void setRowQuery(const QString &table, const QString &sql, Title pattern);
    static void setCommand(const QString &code, Title title, const QString &table = {});
    // A user name's person ("coord" -> "Carlo Coordinatore"), for details
    // that name who did something; empty when unknown.
    static void setPersonName(std::function<QString(const QSqlDatabase &db, const QString &username)> name);
    // The words of an error code (a refused sync file's reason): ErrorText,
    // set by the user interface layer; without it the code is shown.
    static void setErrorText(std::function<QString(const QString &code)> describe);

    // "Movimenti di magazzino"; unknown: the table name with spaces.
    static QString tableTitle(const QString &table);
    // "Rossi Mario"; unknown table or row: shortId().
    static QString rowName(const QSqlDatabase &db, const QString &table, qint64 id);
    // "Carico registrato"; unknown: the code, readable.
    static QString commandTitle(const QString &code);
    // An id as a person can find it: "n. 35 della postazione 1".
    static QString shortId(qint64 id);
    // What an audit_event says, in words: the action and its subject by
    // name ("Carico registrato: carico 2021/0012", "ruolo: Operatore ->
    // Coordinatore"), never a 64-bit id.
    static QString eventDetail(
        const QSqlDatabase &db, const QString &kind, const QString &permission, const QString &detail);
};

} // namespace core
