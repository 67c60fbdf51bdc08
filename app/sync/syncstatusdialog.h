#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace core::sync {
class SyncService;
}

// Synchronisation in detail: this workstation's identity and what waits
// to leave, when each other workstation was last heard from, the files of
// the last round that were refused or must wait (and why), the changes on
// hold, and the files sent. "Synchronise now" runs a round in the
// background. GUI thread; reads on the window's connection.
class SyncStatusDialog : public QDialog {
    Q_OBJECT
public:
    SyncStatusDialog(const QSqlDatabase &db, core::sync::SyncService *service, QWidget *parent = nullptr);

    void reload();

signals:
    void conflictsRequested();

private:
    QSqlDatabase m_db;
    core::sync::SyncService *m_service;
    QLabel *m_summary = nullptr;
    QListWidget *m_problems = nullptr;
    QTableWidget *m_members = nullptr;
    QTableWidget *m_sources = nullptr;
    QTableWidget *m_parked = nullptr;
    QTableWidget *m_exports = nullptr;
    QPushButton *m_now = nullptr;
    QPushButton *m_conflicts = nullptr;
};
