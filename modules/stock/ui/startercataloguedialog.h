#pragma once

#include "stock/domain/startercatalogue.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace core {
struct AppContext;
class CommandStack;
}

namespace stock {

// The starter catalogue of a new room (the first-start guide): the usual
// items of the six food categories, DPI and kits, grouped by category, each
// with a check box. What is already in the catalogue is shown but cannot be
// chosen. "Create" runs one CreateStarterItems command for the chosen ones;
// a refusal is said in the dialog, which stays open.
class StarterCatalogueDialog : public QDialog {
    Q_OBJECT
public:
    StarterCatalogueDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    // For tests and the guide.
    QTreeWidget *itemsTree() const { return m_tree; }
    QPushButton *createButton() const { return m_create; }
    QList<Item> chosenItems() const;
    int created() const { return m_created; }
    void accept() override;

private:
    void load();
    void updateCount();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QList<StarterItem> m_items;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    int m_created = 0;
};

} // namespace stock
