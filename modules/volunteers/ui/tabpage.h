#pragma once

#include "volunteers/ui/uihelpers.h"

#include <QStringList>
#include <QWidget>

namespace core {
struct AppContext;
class CommandStack;
}

namespace volunteers {

// Base of the pages inside the Volontari tab: they share the context and
// hear about committed changes; each builds what it shows the first time it
// is shown. GUI thread.
class TabPage : public QWidget {
    Q_OBJECT
public:
    TabPage(core::AppContext &context, QWidget *parent)
        : QWidget(parent)
        , m_context(context)
    {
    }
    // Tables changed after a commit (from the ChangeNotifier).
    virtual void tablesChanged(const QStringList &tables) { Q_UNUSED(tables); }

protected:
    core::AppContext &context() const { return m_context; }
    // The tab's command stack: every write of the page runs through it.
    core::CommandStack &commands() const;

private:
    core::AppContext &m_context;
};

inline core::CommandStack &TabPage::commands() const
{
    return ui::commandsOf(this);
}

} // namespace volunteers
