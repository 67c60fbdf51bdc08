#pragma once

#include <QWidget>

class QTableWidget;
class QTabWidget;

namespace core {
struct AppContext;
class CommandStack;
}

namespace stock {

// The warehouse's master data: items (with kit recipes), goods
// categories, donors and locations, each with New and Edit (commands on the tab's CommandStack).
// Small lists: read whole on refresh.
class CatalogPage : public QWidget {
    Q_OBJECT
public:
    CatalogPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *itemsTable() const { return m_items; }
    QTableWidget *donorsTable() const { return m_donors; }
    QTableWidget *categoriesTable() const { return m_categories; }

signals:
    void catalogChanged();

private:
    void editItem(qint64 id);
    void editDonor(qint64 id);
    void editLocation(qint64 id);
    void editCategory(qint64 id);
    void editRecipe();
    static qint64 selectedId(QTableWidget *table);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_items = nullptr;
    QTableWidget *m_donors = nullptr;
    QTableWidget *m_locations = nullptr;
    QTableWidget *m_categories = nullptr;
};

} // namespace stock
