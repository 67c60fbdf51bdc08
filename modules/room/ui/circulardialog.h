#pragma once

#include "room/domain/circular.h"
#include "room/domain/circularfiles.h"

#include <QDialog>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace core {
class DateField;
}

namespace room {

// "Circular to the mayors": the scope (all 133 comuni, a zona omogenea, the
// comuni of an event), the protocol date, subject and body with merge
// fields, the folder; "Preview" lists every comune with what it lacks (no
// PEC: a letter but no message), and only a previewed circular can be
// prepared. "Prepare" registers the circular (RegisterCircular, through
// `run`), renders and writes its files on a worker thread (the letters in
// groups on the global thread pool: writeCircularFiles) with a progress
// bar and a Stop button, and back on the GUI thread logs the sendings
// (LogCircularSendings) and closes with outcome(). Stopped or failed, no
// file and no sending: the circular keeps its number and "Prepare again"
// writes it (the form is then locked to what was registered). The GUI
// thread reads at most the 133 comuni and writes at most 133 rows.
class CircularDialog : public QDialog {
    Q_OBJECT
public:
    using CommandRun = std::function<core::Status(core::Command &)>;
    CircularDialog(const QSqlDatabase &db, const QDate &today, CommandRun run, QWidget *parent = nullptr);
    ~CircularDialog() override;
    CircularDraft draft() const;
    bool preview(); // false (and the reason shown) when the draft is refused
    // Registers (once) and starts writing the files; false when refused
    // (the reason in the summary).
    bool prepare();
    void stop(); // the Stop button: between two groups of letters
    // Opens on a registered circular that still lacks letters (stopped, a
    // write failed, the dialog closed): its text shown locked, the comuni
    // without a sending listed, and "Prepare again" writes them. False
    // (the reason in the summary) when it cannot be read.
    bool resume(qint64 circularId);
    bool isRunning() const { return m_thread != nullptr; }
    // How the files are written: the pool (default: the global one), the
    // size of the groups; `progress`, when set, is called in the worker's
    // thread before the dialog is told (tests hold the worker there).
    void setWriteOptions(const CircularWriteOptions &options) { m_writeOptions = options; }
    // After accept(): what was written and logged.
    const CircularOutcome &outcome() const { return m_outcome; }
    qint64 registeredCircular() const { return m_circularId; }

    void accept() override; // Prepare
    void reject() override; // while running: stops, and stays open

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *zoneBox() const { return m_zone; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *folderEdit() const { return m_folder; }
    QTableWidget *previewTable() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *prepareButton() const;
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void productionEnded(bool written); // the worker is done: written and logged, or not

private:
    void changed();
    void progress(int done, int total);
    void workerDone();
    void setRunning(bool running);

    QSqlDatabase m_db;
    QComboBox *m_scope = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_event = nullptr;
    core::DateField *m_date = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_folder = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QList<QWidget *> m_form; // locked while running and once registered

    CommandRun m_run;
    CircularWriteOptions m_writeOptions;
    qint64 m_circularId = 0; // registered, not yet written
    CircularContent m_content;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    std::shared_ptr<std::optional<core::Result<QList<PreparedFile>>>> m_result;
    CircularOutcome m_outcome;
};

// The mayors of the 133 comuni ({sindaco}), editable; the PEC and e-mail
// shown beside (they are edited in the Comuni tab).
class MayorsDialog : public QDialog {
    Q_OBJECT
public:
    MayorsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    // The comuni whose mayor was changed, with the new name.
    QList<QPair<int, QString>> changes() const;
    QTableWidget *table() const { return m_table; }

private:
    QList<CircularRecipient> m_comuni;
    QTableWidget *m_table = nullptr;
};

} // namespace room
