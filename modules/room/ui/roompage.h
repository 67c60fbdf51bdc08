#pragma once

#include "core/ui/commandstack.h"
#include "core/ui/moduletab.h"

#include <QStringList>
#include <QWidget>

namespace core {
struct AppContext;
}

namespace room {

// Base of the pages inside the Sala operativa tab (Eventi, Diario di sala,
// Cabina di regia, Protocollo): they share the context, hear about committed
// changes (RoomTab forwards them to every RoomPage it holds) and run their
// writes through the tab's command stack. GUI thread.
class RoomPage : public QWidget {
    Q_OBJECT
public:
    RoomPage(core::AppContext &context, QWidget *parent)
        : QWidget(parent)
        , m_context(context)
    {
    }
    // Tables changed after a commit (from the ChangeNotifier).
    virtual void tablesChanged(const QStringList &tables) { Q_UNUSED(tables); }
    // The page's stable name ("events", "diary"...): ModuleTab::openPage()
    // and the user guide's section ("room-<name>").
    virtual QString pageName() const = 0;

protected:
    core::AppContext &context() const { return m_context; }
    // The tab's command stack: every write of the page runs through it.
    core::CommandStack &commands() const
    {
        for (const QWidget *w = this; w; w = w->parentWidget())
            if (auto *tab = qobject_cast<const core::ModuleTab *>(w))
                return *tab->commands();
        qFatal("a Sala operativa page outside its tab");
    }

private:
    core::AppContext &m_context;
};

} // namespace room
