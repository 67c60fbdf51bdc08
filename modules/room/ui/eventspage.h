#pragma once

#include "room/ui/roompage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace core {
class PagedSqlModel;
}

namespace room {

// "Eventi": the room's events (the same events volunteer activations refer
// to), newest first, with their scenario, phase, dates, act, comuni and
// diary entries; new / change / change of phase; the selected event's
// comuni and phase history beside the list. GUI thread.
class EventsPage : public RoomPage {
    Q_OBJECT
public:
    explicit EventsPage(core::AppContext &context, QWidget *parent = nullptr);
    QString pageName() const override { return QStringLiteral("events"); }
    void tablesChanged(const QStringList &tables) override;

    core::PagedSqlModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    qint64 selectedEvent() const;
    // Selects the event, showing every event first when the filter hides it;
    // false when it is not there.
    bool selectEvent(qint64 id);
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *phaseButton() const { return m_phase; }

signals:
    // "Open its diary": the diary page shows that event.
    void diaryRequested(qint64 eventId);

private:
    void applyFilter();
    void showSelected();
    void newEvent();
    void editEvent();
    void changePhase();

    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_phase = nullptr;
    QPushButton *m_diary = nullptr;
};

} // namespace room
