#pragma once

#include "core/ui/moduletab.h"
#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"
#include "listening/domain/callbackqueue.h"

#include <functional>

class QCheckBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace core {
class BackgroundReader;
}

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
// move every 30 seconds; the queue is read again after every change to its
// tables, on the tab's worker (core::BackgroundReader, signed in as the
// window's session so that names are opened as the person may): the queue
// goes over every request ever made, which grows with the years. The
// search and the "mine"/"late" boxes filter the queue read, without SQL.
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
    // Reads the queue again on the worker; the rows and the banner follow
    // when it arrives (the rows shown stay until then).
    void reload();
    // A read asked for has not arrived yet (tests).
    bool isLoading() const { return m_loading; }
    // Builds the printed queue on the worker ("Print the queue..." says it
    // prepares it and takes no second click meanwhile); `done` gets it on
    // the GUI thread. False when one is on its way.
    bool prepareQueueReport(std::function<void(const core::Result<core::ReportDocument> &)> done);
    bool isPreparingReport() const { return m_preparingReport; }
    QPushButton *printButton() const { return m_print; }
    // Selects the request (at once, or as soon as the queue read arrives).
    void selectRequest(qint64 requestId);
    // "queue", "archive", "groups", "staff"; records: "caller" (a request).
    bool openPage(const QString &page) override;
    bool showRecord(const QString &kind, qint64 id) override;
    QString helpSection() const override;

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    void showQueue();
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
    core::BackgroundReader *m_reader = nullptr;
    QList<QueueEntry> m_entries; // the open requests as last read, before the filters
    qint64 m_mine = 0;           // the signed-in psychologist, as last read
    int m_read = 0;              // the latest read asked: older answers are dropped
    bool m_loading = false;
    bool m_loaded = false;       // a read has arrived
    qint64 m_selectWhenLoaded = 0;
    QPushButton *m_print = nullptr;
    bool m_preparingReport = false;
};

} // namespace listening
