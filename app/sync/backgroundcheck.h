#pragma once

#include <QObject>
#include <QStringList>

class QThread;

// The full PRAGMA integrity_check of the open database, after the window
// is shown: on its own read-only connection in a worker thread (it reads
// every page, seconds on a big file), so the GUI thread never waits on it.
// Emits finished() on the thread that started it. Owned by the
// ApplicationController; its destructor waits for the worker.
class BackgroundCheck : public QObject {
    Q_OBJECT
public:
    explicit BackgroundCheck(QObject *parent = nullptr);
    ~BackgroundCheck() override;

    void start(const QString &databasePath);
    bool isRunning() const;
    // Waits for the worker (tests; the destructor).
    void wait();

signals:
    // problems: empty when the database is intact. damaged: the problems
    // are damage (integrity), not a file that could not be opened.
    void finished(const QString &databasePath, bool damaged, const QStringList &problems);

private:
    QThread *m_thread = nullptr;
};
