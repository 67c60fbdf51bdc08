#pragma once

#include "listening/domain/callbackqueue.h"

#include <QAbstractTableModel>

namespace listening {

// The callback queue for the view: one row per open request, in the
// queue's order (CallbackQueue). The queue is small (open requests only),
// so it is held whole; tick() moves the countdowns with the clock without
// reading the database again. Overdue rows are red, beyond 24 h amber, due
// soon yellow; callers' names read "reserved" for roles without the key.
class CallbackQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The deadline first, where the eye starts.
    enum Column {
        Code,
        Countdown,
        Status,
        Caller,
        Phone,
        Comune,
        Urgency,
        Psychologist,
        Attempts,
        CallerKind,
        Received,
        ColumnCount
    };
    enum Role { RequestIdRole = Qt::UserRole + 1, StageRole, ElapsedRole, UrgentRole };

    explicit CallbackQueueModel(QObject *parent = nullptr);

    void setEntries(const QList<QueueEntry> &entries, qint64 nowMs);
    void tick(qint64 nowMs);
    const QueueEntry *entry(int row) const;
    int rowOf(qint64 requestId) const;
    const QList<QueueEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QueueEntry &e);
    static QString countdownText(const QueueEntry &e);

private:
    QList<QueueEntry> m_entries;
};

} // namespace listening
