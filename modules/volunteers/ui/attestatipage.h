#pragma once

#include "core/domain/result.h"
#include "volunteers/ui/tabpage.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace core {
class BackgroundReader;
class DateField;
class PagedSqlModel;
struct ReportDocument;
} // namespace core

namespace volunteers {

struct PendingSummary;

// The register of attestati: what was issued, with number, employer and
// the employer's reimbursement deadline (two years from the end of the
// intervention: close ones in amber, passed ones in grey), what is still to
// issue, batch production, identical reprints, and the CSV of what was
// issued for the regional system. GUI thread.
class AttestatiPage : public TabPage {
    Q_OBJECT
public:
    AttestatiPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;

    // For tests.
    core::PagedSqlModel *model() const { return m_model; }
    QLabel *pendingLabel() const { return m_pending; }
    // What is still to issue is read on a worker ("reading" meanwhile);
    // true until it arrives (tests).
    bool isReadingPending() const { return m_readingPending; }
    // The CSV of what was issued for the regional system is built on a
    // worker: `done` gets it on the GUI thread ("CSV for the regional
    // system..." saves it; tests call this). False when one is on its way.
    bool prepareRegionExport(std::function<void(const core::Result<core::ReportDocument> &)> done);
    bool isPreparingExport() const { return m_preparingExport; }
    qint64 selectedAttestato() const;

signals:
    void volunteerActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updatePending();
    void showPending(const PendingSummary &summary);
    void batch();
    void reprint(void (*action)(QWidget *, const core::ReportDocument &));
    void exportForRegion();

    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_deadline = nullptr;
    QCheckBox *m_period = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QLabel *m_pending = nullptr;
    bool m_pendingStale = true; // computed when shown
    core::BackgroundReader *m_reader = nullptr; // what is still to issue, read there
    int m_pendingRead = 0; // the latest asked: an older answer is dropped
    bool m_readingPending = false;
    core::BackgroundReader *m_exportReader = nullptr;
    QPushButton *m_region = nullptr;
    bool m_preparingExport = false;
    QLabel *m_count = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace volunteers
