#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace core {
class BackgroundReader;
}

namespace tutoring {

// Runs the tab's history-wide reads (figures over every lesson ever, the
// lessons still without an outcome) on a thread of its own, with its own
// read-only connection to the file: on five years of data they stalled the
// window when the tab opened. A read runs on the worker and returns what to
// do with its result on the GUI thread. One read runs at a time; reads asked
// meanwhile are merged (the latest wins, the superseded answer is dropped).
// The thread and its connection are core::BackgroundReader's; this adds
// the merging. The destructor waits for the read in progress.
class BackgroundReader : public QObject {
    Q_OBJECT
public:
    // Runs on the worker with its connection (invalid when the file could
    // not be opened: the queries then fail with their error); the function
    // it returns runs on the GUI thread.
    using Read = std::function<std::function<void()>(const QSqlDatabase &db)>;

    explicit BackgroundReader(QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Reads from the file of `db`, signed in as its operator.
    void read(const QSqlDatabase &db, Read read);
    bool isLoading() const { return m_running; }

signals:
    void loadingChanged(bool loading);

private:
    struct Job {
        QString path;
        QString operatorName;
        Read read;
    };
    void startNext();
    void finished(const std::function<void()> &deliver);

    core::BackgroundReader *m_reader = nullptr;
    bool m_running = false;
    std::optional<Job> m_next;
};

} // namespace tutoring
