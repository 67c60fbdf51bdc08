#pragma once

#include <QStringList>
#include <QWidget>

namespace core {
struct AppContext;
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

private:
    core::AppContext &m_context;
};

} // namespace volunteers
