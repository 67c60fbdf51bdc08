#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QTabWidget;
class QWidget;

namespace core {

// The pages of a module's tab, each built the first time it comes on top
// (or is asked for): opening the tab builds only the page shown, so the
// other pages' widgets and first reads cost nothing until they are wanted.
// Each tab of `tabs` holds an empty widget until its page is built into
// it; indexes are the order of addPage(). GUI thread.
class LazyPages : public QObject {
    Q_OBJECT
public:
    explicit LazyPages(QTabWidget *tabs);

    using Make = std::function<QWidget *(QWidget *parent)>;
    // Adds a tab whose page `make` builds, as a child of `parent`.
    int addPage(const QString &title, Make make);
    // The page, built now if it was not.
    QWidget *page(int index);
    // The page if it is built, else nullptr.
    QWidget *builtPage(int index) const;
    int count() const { return int(m_entries.size()); }
    // The index of a page (built), -1 if it is none of them.
    int indexOf(const QWidget *page) const;
    // Builds the page and brings it on top.
    void show(int index);
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // A page was just built (table menus, connections to other pages).
    void pageBuilt(int index, QWidget *page);

private:
    struct Entry {
        QWidget *holder = nullptr;
        QWidget *page = nullptr;
        Make make;
    };
    QTabWidget *m_tabs = nullptr;
    QList<Entry> m_entries;
};

} // namespace core
