#pragma once

#include <QString>

class QSqlDatabase;

namespace core {

// What the program knows about one open connection beyond QSqlDatabase:
// who is working, on which workstation, and how deep the current
// transaction is. One connection belongs to one thread (Qt's rule), so the
// state is only touched from that thread; the registry itself is locked.
struct ConnectionState {
    QString operatorName;
    int workstation = 0;
    int transactionDepth = 0;
    qint64 changeLogSeqAtBegin = 0;
    QString readOnlyReason; // empty: writable; "file", "folder", "asked"
};

ConnectionState &connectionState(const QSqlDatabase &db);
void forgetConnectionState(const QString &connectionName);

// The operator written into every change made on this connection.
void setSessionOperator(const QSqlDatabase &db, const QString &name);
QString sessionOperator(const QSqlDatabase &db);
// The workstation number of this database (from local_config, set on open).
int sessionWorkstation(const QSqlDatabase &db);

} // namespace core
