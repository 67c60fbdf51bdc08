#include "core/ui/moduletab.h"

#include "core/db/changenotifier.h"
#include "core/ui/commandstack.h"

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
}

void ModuleTab::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

} // namespace core
