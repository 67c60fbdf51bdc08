#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"
#include "room/ui/roompage.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace core {
class BackgroundReader;
class DateField;
}

namespace room {

// "Situazione": the daily situation report (SITREP) of a chosen day and,
// optionally, one event. "Prepara" checks the room's view permission on the
// window's connection, then computes the report on a worker thread with
// its own read-only connection (core::BackgroundReader: every module's
// figures, which grow with the database); the page shows it and offers the
// print preview, PDF, Excel and CSV. GUI thread.
class SitrepPage : public RoomPage {
    Q_OBJECT
public:
    explicit SitrepPage(core::AppContext &context, QWidget *parent = nullptr);
    QString pageName() const override { return QStringLiteral("sitrep"); }
    void tablesChanged(const QStringList &tables) override;

    // Asks for the report of the day and event chosen; it arrives later
    // (isReading() false again, reportReady() emitted).
    void prepare();
    bool isReading() const { return m_reading; }
    // The last report prepared (none before the first, or after a refusal).
    const std::optional<core::ReportDocument> &document() const { return m_document; }
    // What the page says about it (reading, the error, what is shown).
    QString statusText() const;

    core::DateField *dayField() const { return m_day; }
    QComboBox *eventCombo() const { return m_event; }
    QPushButton *prepareButton() const { return m_prepare; }
    QTextBrowser *browser() const { return m_browser; }

signals:
    void reportReady();

private:
    void fillEvents();
    void showResult(const core::Result<core::ReportDocument> &document);
    void save(void (*action)(QWidget *, const core::ReportDocument &));

    core::DateField *m_day = nullptr;
    QComboBox *m_event = nullptr;
    QPushButton *m_prepare = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_browser = nullptr;
    QList<QPushButton *> m_outputs;
    core::BackgroundReader *m_reader = nullptr;
    std::optional<core::ReportDocument> m_document;
    bool m_reading = false;
    int m_read = 0;
};

} // namespace room
