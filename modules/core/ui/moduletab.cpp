#include "core/ui/moduletab.h"

#include "core/db/changenotifier.h"
#include "core/ui/commandstack.h"

namespace core {

ModuleTab::ModuleTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_commands(new CommandStack(context, this))
{
    connect(ChangeNotifier::instance(), &ChangeNotifier::tablesChanged, this, [this](const QStringList &tables) {
        if (m_built)
            tablesChanged(tables);
    });
}

void ModuleTab::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    buildContent();
}

void ModuleTab::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

} // namespace core
