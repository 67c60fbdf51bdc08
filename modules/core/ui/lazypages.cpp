#include "core/ui/lazypages.h"

#include "core/ui/tablemenu.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace core {

LazyPages::LazyPages(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_entries.size())
            page(index);
    });
}

int LazyPages::addPage(const QString &title, Make make)
{
    Entry entry;
    entry.holder = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(entry.holder);
    layout->setContentsMargins(0, 0, 0, 0);
    entry.make = std::move(make);
    m_entries.append(entry);
    // The first tab added comes on top: currentChanged builds it now.
    return m_tabs->addTab(entry.holder, title);
}

QWidget *LazyPages::page(int index)
{
    if (index < 0 || index >= m_entries.size())
        return nullptr;
    if (m_entries.at(index).page)
        return m_entries.at(index).page;
    Make make = std::exchange(m_entries[index].make, {});
    if (!make)
        return nullptr; // being built (a page asking for itself while it is made)
    QWidget *holder = m_entries.at(index).holder;
    QWidget *built = make(holder);
    m_entries[index].page = built;
    holder->layout()->addWidget(built);
    if (holder->isVisible())
        built->show(); // now, not on the layout's queued show: the tab is painted with its page
    installTableContextMenus(built);
    emit pageBuilt(index, built);
    return built;
}

QWidget *LazyPages::builtPage(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).page : nullptr;
}

int LazyPages::indexOf(const QWidget *page) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (page && (m_entries.at(i).page == page || m_entries.at(i).holder == page))
            return i;
    return -1;
}

void LazyPages::show(int index)
{
    page(index);
    m_tabs->setCurrentIndex(index);
}

} // namespace core
