#pragma once

#include <QToolButton>

namespace core::sync {
class SyncService;
}

// The synchronisation part of the status bar: when this workstation's
// changes last reached the sync folder and when the others' were last
// read, how many changes wait to leave, conflicts to review, and a clear
// warning while the folder cannot be reached (work goes on, retrying).
// Clicking it opens the synchronisation status. GUI thread.
class SyncStatusWidget : public QToolButton {
    Q_OBJECT
public:
    explicit SyncStatusWidget(core::sync::SyncService *service, QWidget *parent = nullptr);

    void refresh();

private:
    core::sync::SyncService *m_service;
};
