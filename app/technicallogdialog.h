#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Aiuto › Registro tecnico: the end of the technical log
// (core/domain/technicallog.h), newest line at the bottom, in a fixed-width
// font, for the person who looks after the workstation or is asked on the
// phone "what does it say?". Copy puts it on the clipboard; Open the folder
// shows the log files. Not modal: the window stays usable. The file is read
// on a worker thread and at most `maxBytes` of it, so a slow disk never
// holds the window.
class TechnicalLogDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr qint64 maxBytes = 256 * 1024;

    // folder: the log's folder (TechnicalLog::folder()).
    explicit TechnicalLogDialog(QString folder, QWidget *parent = nullptr);
    ~TechnicalLogDialog() override;

    // Reads the file again (also at the start).
    void reload();
    QPlainTextEdit *text() const { return m_text; }
    // True while a read is on its way (tests wait for it to end).
    bool isReading() const { return m_reading.isRunning(); }

signals:
    void loaded();

private:
    void showText(const QString &text);
    void copy();
    void openFolder();

    QString m_folder;
    QLabel *m_where = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
    QFutureWatcher<QString> m_reading;
};
