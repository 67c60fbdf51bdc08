#pragma once

#include "core/ui/moduletab.h"

#include <QList>

#include "room/ui/roompage.h"

class QTabWidget;

namespace room {

class DiaryPage;
class EventsPage;
class RoomPage;

// The "Sala operativa" tab: an inner QTabWidget of pages, the events and
// the room diary first, then the Cabina di regia and the Protocollo
// (added by addCommsPages(), commsui.h). GUI thread.
class RoomTab : public core::ModuleTab {
    Q_OBJECT
public:
    explicit RoomTab(core::AppContext &context, QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    EventsPage *eventsPage() const { return m_events; }
    DiaryPage *diaryPage() const { return m_diary; }
    // Adds a page (its tab title with an & shortcut); its tablesChanged()
    // hears every commit from then on.
    void addPage(RoomPage *page, const QString &title);
    // "events", "diary", and the pages' own names (RoomPage::pageName()).
    bool openPage(const QString &page) override;
    // The global search's hits: "room_event", "room_diary", "room_protocol",
    // "room_plan" (id: the comune).
    bool showRecord(const QString &kind, qint64 id) override;
    QString helpSection() const override;

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    QTabWidget *m_pages = nullptr;
    QList<RoomPage *> m_roomPages;
    EventsPage *m_events = nullptr;
    DiaryPage *m_diary = nullptr;
};

} // namespace room
