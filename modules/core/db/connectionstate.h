#pragma once

#include <QString>

class QSqlDatabase;

namespace core {

class Clock;

// What the program knows about one open connection beyond QSqlDatabase:
// who is working, on which workstation, and how deep the current
// transaction is. One connection belongs to one thread (Qt's rule), so the
// state is only touched from that thread; the registry itself is locked.
struct ConnectionState {
    QString operatorName;
    int workstation = 0;
    int transactionDepth = 0;
    qint64 changeLogSeqAtBegin = 0;
    // A joined Transaction at this depth rolled back (transaction.h): the
    // levels below it may only roll back. 0: none.
    int rollbackOnlyFrom = 0;
    QString readOnlyReason; // empty: writable; "file", "folder", "asked"
    const Clock *clock = nullptr; // see setSessionClock()
};

ConnectionState &connectionState(const QSqlDatabase &db);
void forgetConnectionState(const QString &connectionName);

// The operator written into every change made on this connection.
void setSessionOperator(const QSqlDatabase &db, const QString &name);
QString sessionOperator(const QSqlDatabase &db);
// The workstation number of this database (from local_config, set on open).
int sessionWorkstation(const QSqlDatabase &db);
// The clock that stamps this connection's changes in the change log (the
// time that orders edits between workstations). Without one the change log
// takes the real time, or CISIAMO_NOW's when it is set. Tests give their
// FixedClock (it must outlive the connection's use) and advance it.
void setSessionClock(const QSqlDatabase &db, const Clock *clock);
// The time the next transaction stamps, in Unix ms; 0 for the real time.
qint64 sessionClockMs(const QSqlDatabase &db);

} // namespace core
