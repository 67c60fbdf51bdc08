#pragma once

#include "core/ui/moduletab.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace listening {

class ArchivePage;
class CallbackQueueModel;
class GroupsPage;
class RequestPanel;
class StaffPage;

// The "AscoltiAMO" tab: the callback queue (by deadline, with countdowns,
// overdue requests in red and counted in a banner), the selected request
// with its history and actions, the closed requests, the volunteer support
// groups, and the psychologists with their COC placements. Callers' names
// appear only for coordinators and psychologists signed in. The countdowns
// move every 30 seconds; the queue is read again after every change.
class ListeningTab : public core::ModuleTab {
    Q_OBJECT
public:
    explicit ListeningTab(core::AppContext &context, QWidget *parent = nullptr);

    // For tests and the status bar.
    CallbackQueueModel *queueModel() const { return m_model; }
    QTableView *queueView() const { return m_view; }
    RequestPanel *panel() const { return m_panel; }
    QLabel *banner() const { return m_banner; }
    QTabWidget *pages() const { return m_pages; }
    void reload();
    void selectRequest(qint64 requestId);
    // "queue", "archive", "groups", "staff"; records: "caller" (a request).
    bool openPage(const QString &page) override;
    bool showRecord(const QString &kind, qint64 id) override;
    QString helpSection() const override;

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    void updateBanner();
    void showSelected();
    qint64 myPsychologist() const;
    qint64 selectedPsychologist() const;
    void newRequest();
    void assign();
    void logAttempt();
    void cancelAttempt();
    void escalate();
    void recordOutcome();
    void closeUnreachable();
    void printQueue();
    void serviceFigures();
    void report(const QString &error);

    CallbackQueueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    RequestPanel *m_panel = nullptr;
    QLabel *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_mineOnly = nullptr;
    QCheckBox *m_lateOnly = nullptr;
    QTabWidget *m_pages = nullptr;
    ArchivePage *m_archive = nullptr;
    GroupsPage *m_groups = nullptr;
    StaffPage *m_staff = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_reloadSoon = nullptr;
};

} // namespace listening
