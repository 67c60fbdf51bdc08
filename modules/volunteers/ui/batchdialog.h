#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace core {
class DateField;
struct AppContext;
}

namespace volunteers {

class AttestatoBatchWorker;

// Batch production of attestati: for a month or a period, an organisation
// and/or an event. Before starting it shows how many attestati will be
// issued, who is over the art. 39 limits (left pending unless the operator
// ticks the box) and who has no employer. The batch runs in a worker
// thread with a progress bar; Cancel stops it between two attestati with a
// consistent register. GUI thread.
class BatchDialog : public QDialog {
    Q_OBJECT
public:
    BatchDialog(core::AppContext &context, QWidget *parent);
    ~BatchDialog() override;

    // For tests.
    void setPeriod(const QDate &from, const QDate &to);
    void setOutputDir(const QString &dir);
    void start();
    void cancelBatch();
    bool isRunning() const { return m_thread != nullptr; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *preflightLabel() const { return m_preflight; }
    QListWidget *warnings() const { return m_warnings; }
    QLabel *statusLabel() const { return m_status; }
    int issued() const { return m_issued; }

    void reject() override;

private:
    void criteriaChanged();
    void browse();
    void progress(int done, int total, const QString &lastNumber);
    void finished(bool ok, int issued, int skippedOverLimit, int skippedNoEmployer, bool cancelled,
        const QString &message, const QString &indexFile);
    void setRunning(bool running);
    QDate periodFrom() const;
    QDate periodTo() const;

    core::AppContext &m_context;
    QRadioButton *m_byMonth = nullptr;
    QRadioButton *m_byPeriod = nullptr;
    QWidget *m_month = nullptr; // the two combos below, enabled together
    QComboBox *m_monthName = nullptr;
    QComboBox *m_year = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_organisation = nullptr;
    QComboBox *m_event = nullptr;
    QLabel *m_preflight = nullptr;
    QListWidget *m_warnings = nullptr;
    QCheckBox *m_includeOverLimit = nullptr;
    QLineEdit *m_outputDir = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_openFolder = nullptr;
    QThread *m_thread = nullptr;
    AttestatoBatchWorker *m_worker = nullptr;
    int m_issued = 0;
};

} // namespace volunteers
