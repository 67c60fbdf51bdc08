#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QSqlDatabase>
#include <QThread>
#include <QVariantList>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace core {

struct ListRows;

// One read asked by a list model: an optional count, then up to `limit`
// rows from the segments run in order (a keyset page over a nullable sort
// column is two ranges: the non-NULL values and the NULLs). The model builds
// the SQL; the reader only runs it.
// Shared between a whole-list read on the worker and the one who asked
// for it (an export): how far it has got, and a way to stop it.
struct ListReadControl {
    std::atomic<bool> cancelled { false }; // set by the asker; checked between rows
    std::atomic<int> total { -1 };         // the count, once read
    std::atomic<int> rows { 0 };           // rows read so far
};

struct ListRead {
    quint64 client = 0;     // the model that asked
    quint64 generation = 0; // the model's filter/sort/refresh number
    int page = -1;          // -1: no rows asked
    QString countSql;       // empty: no count
    QVariantList countBinds;
    struct Segment {
        QString sql; // without LIMIT/OFFSET
        QVariantList binds;
    };
    QList<Segment> segments;
    int limit = 0;
    int offset = 0;        // into the first segment only
    bool reversed = false; // rows read last-first: the reply turns them round
    // A whole-list read (an export), non-zero: every row of the segments,
    // no LIMIT; never dropped or superseded, stopped by control->cancelled.
    quint64 ticket = 0;
    std::shared_ptr<ListReadControl> control;
    // Finds one row instead (PagedSqlModel::locate), non-zero: `locate`
    // runs on the worker's connection and fills the reply's `located` and
    // its row. Never merged with another read; dropped, with a reply that
    // says so, when a newer generation of its model is asked.
    quint64 locateTicket = 0;
    std::function<void(const QSqlDatabase &db, ListRows &reply)> locate;
};

struct ListRows {
    quint64 client = 0;
    quint64 generation = 0;
    int page = -1;
    quint64 ticket = 0; // of a whole-list read
    quint64 locateTicket = 0; // of a row found by its key
    int located = -1; // that row's place (its values in `rows`), -1: not under the filter
    int count = -1; // -1: not counted
    QList<QVariantList> rows;
    QString error;
    bool dropped = false;      // superseded before it ran: ask again if still needed
    bool unavailable = false;  // the reader has no connection: run it elsewhere
    Qt::HANDLE thread = nullptr; // where the SQL ran (tests)
};

// Runs a read on a connection of the calling thread. A whole-list read
// that is cancelled returns the rows read so far (the asker drops them).
ListRows runListRead(const QSqlDatabase &db, const ListRead &read);

// The worker thread that reads list counts and pages for every list model
// of one database file, on its own read-only connection (one connection per
// thread: the GUI thread's connection is never used here). Reads are run in
// the order asked; a model's reads of an older generation still waiting are
// dropped unrun (the latest request wins; a row being found hears it), and only a few of its page reads
// wait at once (fast scrolling asks for pages no longer on screen). A
// whole-list read (an export) is never dropped: it runs in its turn, on
// the same connection, until it ends or its asker cancels it.
// Shared by the models of a file and destroyed with the last of them, which
// waits for the read in progress: the models die with their window, before
// the application closes its own connection.
class ListReader : public QThread {
    Q_OBJECT
public:
    // The reader of the file of `db`, started on first use; null when the
    // connection has no file a second connection could open (":memory:").
    static std::shared_ptr<ListReader> forDatabase(const QSqlDatabase &db);

    explicit ListReader(QString path);
    ~ListReader() override;

    void submit(ListRead read);

signals:
    void rowsRead(const core::ListRows &rows);

protected:
    void run() override;

private:
    QString m_path;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<ListRead> m_queue;
    bool m_stop = false;
    static constexpr int maxWaitingPages = 4;
};

} // namespace core

Q_DECLARE_METATYPE(core::ListRows)
