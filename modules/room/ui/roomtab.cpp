#include "room/ui/roomtab.h"

#include "room/ui/commsui.h"
#include "room/ui/diarypage.h"
#include "room/ui/eventspage.h"
#include "room/ui/sitreppage.h"
#include "room/ui/planspage.h"
#include "room/ui/protocolpage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace room {

RoomTab::RoomTab(core::AppContext &context, QWidget *parent)
    : core::ModuleTab(context, parent)
{
}

void RoomTab::buildContent()
{
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pages);

    // The events and the room diary.
    m_events = new EventsPage(context(), this);
    m_diary = new DiaryPage(context(), this);
    addPage(m_events, tr("&Events"));
    addPage(m_diary, tr("Room &diary"));
    connect(m_events, &EventsPage::diaryRequested, this, [this](qint64 id) {
        m_pages->setCurrentWidget(m_diary);
        m_diary->openEvent(id);
    });

    // The Cabina di regia and the Protocollo: their pages are added by
    // addCommsPages() (commsui.cpp), after the diary.
    addCommsPages(*this, context());

    // The emergency plans of the comuni and their COCs.
    addPage(new PlansPage(context(), this), tr("Emergency p&lans"));
    // The daily situation report, last.
    addPage(new SitrepPage(context(), this), tr("&Situation report"));
}

void RoomTab::addPage(RoomPage *page, const QString &title)
{
    m_roomPages.append(page);
    m_pages->addTab(page, title);
}

bool RoomTab::openPage(const QString &page)
{
    ensureBuilt();
    for (RoomPage *p : std::as_const(m_roomPages))
        if (p->pageName() == page) {
            m_pages->setCurrentWidget(p);
            return true;
        }
    return false;
}

bool RoomTab::showRecord(const QString &kind, qint64 id)
{
    ensureBuilt();
    if (kind == QLatin1String("room_event")) {
        m_pages->setCurrentWidget(m_events);
        return m_events->selectEvent(id);
    }
    if (kind == QLatin1String("room_diary")) {
        m_pages->setCurrentWidget(m_diary);
        return m_diary->selectEntry(id);
    }
    for (RoomPage *page : std::as_const(m_roomPages)) {
        if (auto *protocol = qobject_cast<ProtocolPage *>(page); protocol && kind == QLatin1String("room_protocol")) {
            m_pages->setCurrentWidget(protocol);
            return protocol->selectEntry(id);
        }
        if (auto *plans = qobject_cast<PlansPage *>(page); plans && kind == QLatin1String("room_plan")) {
            m_pages->setCurrentWidget(plans);
            plans->selectComune(int(id)); // selected when the list has come
            return true;
        }
    }
    return false;
}

QString RoomTab::helpSection() const
{
    auto *page = m_pages ? qobject_cast<RoomPage *>(m_pages->currentWidget()) : nullptr;
    return page ? QStringLiteral("room-") + page->pageName() : QString();
}

void RoomTab::tablesChanged(const QStringList &tables)
{
    for (RoomPage *page : std::as_const(m_roomPages))
        page->tablesChanged(tables);
}

} // namespace room
