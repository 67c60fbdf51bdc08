#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QThread;
struct SyncStatusData;

namespace core {
class BackgroundReader;
}
namespace core::sync {
class SyncService;
}

// Synchronisation in detail: this workstation's identity and what waits
// to leave, when each other workstation was last heard from, the files of
// the last round that were refused or must wait (and why), the changes on
// hold, and the files sent. "Synchronise now" runs a round in the
// background. What it shows is read on a reader thread with its own
// connection to the window's file (the GUI thread never waits on SQL nor
// on the sync folder): "reading..." until it arrives, then loaded().
class SyncStatusDialog : public QDialog {
    Q_OBJECT
public:
    SyncStatusDialog(const QSqlDatabase &db, core::sync::SyncService *service, QWidget *parent = nullptr);
    ~SyncStatusDialog() override;

    // Reads again in the background; asked while a read runs: once more after it.
    void reload();
    bool isLoading() const { return m_loading; }
    // The thread the last read ran on (tests: never the GUI thread).
    QThread *readThread() const { return m_readThread; }

signals:
    void conflictsRequested();
    void reconcileRequested();
    void loaded();

private:
    void showData(const SyncStatusData &data);

    QSqlDatabase m_db;
    core::BackgroundReader *m_reader = nullptr;
    bool m_loading = false;
    bool m_again = false;
    QThread *m_readThread = nullptr;
    QLabel *m_loadingLabel = nullptr;
    core::sync::SyncService *m_service;
    QLabel *m_summary = nullptr;
    QListWidget *m_problems = nullptr;
    QTableWidget *m_members = nullptr;
    QTableWidget *m_sources = nullptr;
    QTableWidget *m_parked = nullptr;
    QTableWidget *m_exports = nullptr;
    QPushButton *m_now = nullptr;
    QPushButton *m_conflicts = nullptr;
    QPushButton *m_reconcile = nullptr;
};
