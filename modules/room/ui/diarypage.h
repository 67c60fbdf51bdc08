#pragma once

#include "room/ui/roompage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace core {
class DateField;
class PagedSqlModel;
struct ReportDocument;
}

namespace room {

// "Diario di sala": the room diary, newest first, paged (core::PagedSqlModel:
// counts and pages read on the list reader's thread), filtered by event, day
// and kind and searched; the entry bar at the bottom keeps the focus: choose
// the kind (Ctrl+1 … Ctrl+6), type who and what, Enter writes the entry by
// the signed-in person at this moment. "Details…" writes an entry with its
// time and links (comune, organisation, delivery, request); "Correct…"
// writes a correction of the selected entry (the old one stays, shown as
// corrected). The printed diary of the day or the event filtered. GUI thread.
class DiaryPage : public RoomPage {
    Q_OBJECT
public:
    explicit DiaryPage(core::AppContext &context, QWidget *parent = nullptr);
    QString pageName() const override { return QStringLiteral("diary"); }
    void tablesChanged(const QStringList &tables) override;

    // Shows one event's diary and writes to it.
    void openEvent(qint64 eventId);
    qint64 selectedEntry() const;
    // Selects the entry, showing the whole diary first when the filters hide
    // it: found on the list's worker, selected when it arrives
    // (model()->isLocating() until then). True: being looked for.
    bool selectEntry(qint64 id);
    // Writes what the entry bar holds (Enter); false when refused, with the
    // reason under the bar.
    bool writeEntry();
    // The printed diary of the day and/or event filtered.
    core::Result<core::ReportDocument> buildReport() const;

    core::PagedSqlModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *filterEvent() const { return m_filterEvent; }
    core::DateField *filterDay() const { return m_filterDay; }
    QComboBox *filterKind() const { return m_filterKind; }
    QLineEdit *search() const { return m_search; }
    QComboBox *entryEvent() const { return m_entryEvent; }
    QComboBox *entryKind() const { return m_entryKind; }
    QLineEdit *entryWho() const { return m_entryWho; }
    QLineEdit *entryText() const { return m_entryText; }
    QComboBox *entryComune() const { return m_entryComune; }
    QLabel *entryProblem() const { return m_problem; }
    QLabel *countLabel() const { return m_count; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillEvents();
    void applyFilter();
    void updateCount();
    void openDetails(qint64 correctsId);
    void print(void (*action)(QWidget *, const core::ReportDocument &));

    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_filterEvent = nullptr;
    core::DateField *m_filterDay = nullptr;
    QComboBox *m_filterKind = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_hideCorrected = nullptr;
    QLabel *m_count = nullptr;
    QComboBox *m_entryEvent = nullptr;
    QComboBox *m_entryKind = nullptr;
    QLineEdit *m_entryWho = nullptr;
    QLineEdit *m_entryText = nullptr;
    QComboBox *m_entryComune = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_problem = nullptr;
    bool m_canWrite = false;
};

} // namespace room
