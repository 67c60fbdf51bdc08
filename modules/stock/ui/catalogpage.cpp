#include "stock/ui/catalogpage.h"

#include "core/ui/appcontext.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stockqueries.h"
#include "stock/ui/catalogdialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stock {

namespace {

QTableWidget *sortableTable(const QStringList &headers, QWidget *parent)
{
    QTableWidget *table = core::makeReadOnlyTable(headers, parent);
    table->setSortingEnabled(true);
    return table;
}

void setRow(QTableWidget *table, int row, qint64 id, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}

QWidget *pageWith(QTableWidget *table, const QList<QPushButton *> &buttons, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *row = new QHBoxLayout;
    row->addStretch();
    for (QPushButton *b : buttons)
        row->addWidget(b);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addLayout(row);
    return page;
}

} // namespace

CatalogPage::CatalogPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_items = sortableTable({ tr("Code"), tr("Name"), tr("Category"), tr("Unit"), tr("Weight of a piece"),
                                tr("Per package"), tr("Minimum"), tr("Expires"), tr("In use") },
        this);
    m_items->setAccessibleName(tr("Items"));
    m_donors = sortableTable({ tr("Name"), tr("Kind"), tr("Comune"), tr("Contact"), tr("Phone"), tr("E-mail") }, this);
    m_donors->setAccessibleName(tr("Donors"));
    m_locations
        = sortableTable({ tr("Code"), tr("Name"), tr("Kind"), tr("Comune"), tr("Default"), tr("In use") }, this);
    m_locations->setAccessibleName(tr("Locations"));
    m_categories = sortableTable({ tr("Code"), tr("Name"), tr("Kind"), tr("In use") }, this);
    m_categories->setAccessibleName(tr("Goods categories"));

    auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(pageWith(m_items,
                       { button(tr("Kit &recipe..."), [this] { editRecipe(); }),
                           button(tr("&Edit item..."), [this] { editItem(selectedId(m_items)); }),
                           button(tr("&New item..."), [this] { editItem(0); }) },
                       this),
        tr("Items"));
    m_tabs->addTab(pageWith(m_donors,
                       { button(tr("&Edit donor..."), [this] { editDonor(selectedId(m_donors)); }),
                           button(tr("&New donor..."), [this] { editDonor(0); }) },
                       this),
        tr("Donors"));
    m_tabs->addTab(pageWith(m_locations,
                       { button(tr("&Edit location..."), [this] { editLocation(selectedId(m_locations)); }),
                           button(tr("&New location..."), [this] { editLocation(0); }) },
                       this),
        tr("Locations"));
    m_tabs->addTab(pageWith(m_categories,
                       { button(tr("&Edit category..."), [this] { editCategory(selectedId(m_categories)); }),
                           button(tr("&New category..."), [this] { editCategory(0); }) },
                       this),
        tr("Goods categories"));
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this] { editItem(selectedId(m_items)); });
    connect(m_donors, &QTableWidget::cellDoubleClicked, this, [this] { editDonor(selectedId(m_donors)); });
    connect(m_locations, &QTableWidget::cellDoubleClicked, this, [this] { editLocation(selectedId(m_locations)); });
    connect(m_categories, &QTableWidget::cellDoubleClicked, this, [this] { editCategory(selectedId(m_categories)); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

qint64 CatalogPage::selectedId(QTableWidget *table)
{
    const int row = table->currentRow();
    return row >= 0 ? table->item(row, 0)->data(Qt::UserRole).toLongLong() : -1;
}

void CatalogPage::refresh()
{
    const QLocale locale;
    StockCatalog catalog(m_context.db);
    QHash<qint64, QString> categories;
    if (auto list = catalog.categories())
        for (const Category &c : *list)
            categories.insert(c.id, c.name);
    for (QTableWidget *t : { m_items, m_donors, m_locations, m_categories }) {
        t->setSortingEnabled(false);
        t->setRowCount(0);
    }
    if (auto items = catalog.items()) {
        m_items->setRowCount(int(items->size()));
        for (int row = 0; row < items->size(); ++row) {
            const Item &i = items->at(row);
            setRow(m_items, row, i.id,
                { i.code, i.name, categories.value(i.categoryId), StockLabels::unit(i.unit),
                    i.gramsPerPiece ? StockLabels::quantity(i.gramsPerPiece, Unit::Grams, locale) : QString(),
                    i.piecesPerPackage ? locale.toString(i.piecesPerPackage) : QString(),
                    i.minLevel ? StockLabels::quantity(i.minLevel, i.unit, locale) : QString(),
                    i.tracksExpiry ? tr("yes") : tr("no"), i.active ? tr("yes") : tr("no") });
        }
    }
    auto comuneName = [this](int id) {
        auto name = StockQueries::comuneName(m_context.db, id);
        return name ? *name : QString();
    };
    if (auto donors = catalog.donors()) {
        m_donors->setRowCount(int(donors->size()));
        for (int row = 0; row < donors->size(); ++row) {
            const Donor &d = donors->at(row);
            setRow(m_donors, row, d.id,
                { d.name, StockLabels::donorKind(d.kind), comuneName(d.comuneId), d.contact, d.phone, d.email });
        }
    }
    if (auto locations = catalog.locations()) {
        m_locations->setRowCount(int(locations->size()));
        for (int row = 0; row < locations->size(); ++row) {
            const Location &l = locations->at(row);
            setRow(m_locations, row, l.id,
                { l.code, l.name, StockLabels::locationKind(l.kind), comuneName(l.comuneId),
                    l.isDefault ? tr("yes") : QString(), l.active ? tr("yes") : tr("no") });
        }
    }
    if (auto list = catalog.categories(false)) {
        m_categories->setRowCount(int(list->size()));
        for (int row = 0; row < list->size(); ++row) {
            const Category &c = list->at(row);
            setRow(m_categories, row, c.id,
                { c.code, c.name, StockLabels::categoryKind(c.kind), c.active ? tr("yes") : tr("no") });
        }
    }
    for (QTableWidget *t : { m_items, m_donors, m_locations, m_categories }) {
        t->resizeColumnsToContents();
        t->setSortingEnabled(true);
    }
}

void CatalogPage::editItem(qint64 id)
{
    if (id < 0)
        return;
    Item item;
    if (id > 0) {
        auto found = StockCatalog(m_context.db).item(id);
        if (!found)
            return;
        item = *found;
    }
    ItemDialog dialog(m_context.db, m_commands, item, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit catalogChanged();
    }
}

void CatalogPage::editDonor(qint64 id)
{
    if (id < 0)
        return;
    Donor donor;
    if (id > 0) {
        auto found = StockCatalog(m_context.db).donor(id);
        if (!found)
            return;
        donor = *found;
    }
    DonorDialog dialog(m_context.db, m_commands, donor, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit catalogChanged();
    }
}

void CatalogPage::editLocation(qint64 id)
{
    if (id < 0)
        return;
    Location location;
    if (id > 0) {
        auto found = StockCatalog(m_context.db).location(id);
        if (!found)
            return;
        location = *found;
    }
    LocationDialog dialog(m_context.db, m_commands, location, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit catalogChanged();
    }
}

void CatalogPage::editCategory(qint64 id)
{
    if (id < 0)
        return;
    Category category;
    if (id > 0) {
        auto found = StockCatalog(m_context.db).category(id);
        if (!found)
            return;
        category = *found;
    }
    CategoryDialog dialog(m_commands, category, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit catalogChanged();
    }
}

void CatalogPage::editRecipe()
{
    const qint64 id = selectedId(m_items);
    if (id <= 0)
        return;
    auto item = StockCatalog(m_context.db).item(id);
    auto category = item ? StockCatalog(m_context.db).category(item->categoryId) : core::Result<Category>(item.error());
    if (!category || category->kind != QLatin1String("kit")) {
        QMessageBox::information(this, tr("Kit recipe"),
            core::ErrorText::describe(
                core::Error(QStringLiteral("stock.kit_not_kit"), { item ? item->name : QString() })));
        return;
    }
    KitRecipeDialog dialog(m_context.db, m_commands, id, this);
    dialog.exec();
}

} // namespace stock
