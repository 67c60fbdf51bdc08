#pragma once

#include "core/auth/session.h"
#include "core/domain/result.h"
#include "core/ui/module.h"

#include <QDialog>
#include <QSqlDatabase>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QThreadPool;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// A record found by the global search, with the module that shows it.
struct FoundRecord {
    QString moduleId;
    core::SearchHit hit;
};

// Asks every given module's search provider (Module::search), in the order
// of the tabs, at most `perKind` records of each kind. Text shorter than two
// characters finds nothing (too many, too slow to be useful).
QList<FoundRecord> searchEverywhere(const QSqlDatabase &db, const QList<const core::Module *> &modules, const QString &text,
                                    int perKind = 8);

// What a search on a worker thread needs, taken on the GUI thread as plain
// data: the file, who is signed in with the vault keys the session holds
// (the callers' names are sealed), the providers (Module::search is const
// and reads only the connection it is given) and the text.
struct SearchRequest {
    QString databasePath;
    std::optional<core::Session> session;
    QString operatorName;
    QList<const core::Module *> modules;
    QString text;
    int perKind = 8;

    static SearchRequest from(const QSqlDatabase &db, QList<const core::Module *> modules, QString text);
};

// Runs the search on a connection of its own, opened read-only on the
// request's file in the calling thread, signed in as the request's session
// and closed before returning (a connection belongs to one thread).
core::Result<QList<FoundRecord>> searchInOwnConnection(const SearchRequest &request);

// The global search (Ctrl+K): a field and the records found, grouped by kind
// (volunteers, DDTs, requests, pupils, comuni, callers for who may read
// them). It searches a moment after typing stops, each kind bounded, on a
// worker thread with its own connection: the GUI never waits on SQL. A newer
// search supersedes an older one, whose results are dropped; closing the
// dialog while one runs does not wait for it. Enter or a double click opens
// the record (recordChosen) and closes the popup; Esc closes it.
class GlobalSearchDialog : public QDialog {
    Q_OBJECT
public:
    GlobalSearchDialog(const QSqlDatabase &db, QList<const core::Module *> modules, QWidget *parent = nullptr);

    ~GlobalSearchDialog() override;

    QLineEdit *field() const { return m_field; }
    QTreeWidget *results() const { return m_results; }
    QLabel *status() const { return m_status; }
    // Starts the search now (typing waits for a pause); the results come
    // later, with resultsShown.
    void searchNow();
    bool isSearching() const { return m_shown != m_generation; }

    // The searches' thread: one, so that a burst of keys costs at most one
    // query at a time, and searches superseded while waiting are skipped.
    // The application waits for it when it quits (tests: waitForDone).
    static QThreadPool *threads();

signals:
    void recordChosen(const QString &moduleId, const QString &kind, qint64 id);
    // The results of the latest search are on screen.
    void resultsShown(const QString &text, int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(QTreeWidgetItem *item);
    void showResults(int generation, const QString &text, const core::Result<QList<FoundRecord>> &found);

    QSqlDatabase m_db;
    QList<const core::Module *> m_modules;
    QLineEdit *m_field = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_pause = nullptr;
    // The number of the latest search, shared with the worker: a search
    // whose number is no longer the latest is skipped or its results
    // dropped; -1 when the dialog is gone.
    std::shared_ptr<std::atomic_int> m_latest = std::make_shared<std::atomic_int>(0);
    int m_generation = 0; // the latest search started
    int m_shown = 0;      // the search whose results are on screen
    bool m_openWhenDone = false; // Enter pressed before the results came
};
