#pragma once

#include "core/domain/error.h"
#include "core/reporting/reportcatalog.h"
#include "tutoring/domain/tutoringfigures.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <optional>

namespace tutoring {

class ReportsWorker;

// What the Reports page shows: the figures and the weekly report behind
// its chart, or why they could not be read.
struct ReportsData {
    TutoringFigures figures;
    std::optional<core::ReportDocument> weeks;
    std::optional<core::Error> error;
    Qt::HANDLE thread = nullptr; // where the SQL ran (tests)
};

// Reads the Reports page's figures and weekly chart on a thread of its
// own, with its own read-only connection: they cover every lesson ever
// when no period is chosen, which on five years of data stalled the window
// when the tab opened. One read runs at a time; requests asked meanwhile
// are merged (the latest wins). The destructor waits for the read in
// progress and closes the connection in its thread.
class ReportsLoader : public QObject {
    Q_OBJECT
public:
    explicit ReportsLoader(QObject *parent = nullptr);
    ~ReportsLoader() override;

    void request(const QSqlDatabase &db, const core::ReportRequest &request);
    bool isLoading() const { return m_running; }

    // Reads them on the connection given, in the calling thread.
    static ReportsData compute(const QSqlDatabase &db, const core::ReportRequest &request);

signals:
    void loaded(const tutoring::ReportsData &data);

private:
    struct Job {
        QString path;
        QString operatorName;
        core::ReportRequest request;
    };
    void startNext();
    void finished(const ReportsData &data);

    QThread *m_thread = nullptr;
    ReportsWorker *m_worker = nullptr;
    bool m_running = false;
    std::optional<Job> m_next;
};

} // namespace tutoring
