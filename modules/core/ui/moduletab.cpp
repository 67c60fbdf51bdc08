#include "core/ui/moduletab.h"

#include "core/db/changenotifier.h"
#include "core/ui/commandstack.h"
#include "core/ui/tablemenu.h"

namespace core {

ModuleTab::ModuleTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_commands(new CommandStack(context, this))
{
    connect(ChangeNotifier::instance(), &ChangeNotifier::tablesChanged, this, [this](const QStringList &tables) {
        // Not while building: a refusal audited during buildContent() is a
        // change too, and would reach pages that do not exist yet.
        if (m_ready)
            tablesChanged(tables);
    });
}

void ModuleTab::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    buildContent();
    m_ready = true;
    installTableContextMenus(this);
}

void ModuleTab::showEvent(QShowEvent *event)
{
    ensureBuilt();
    // Again on every show: pages may build their lists later.
    installTableContextMenus(this);
    QWidget::showEvent(event);
}

} // namespace core
