#include "stock/ui/startercataloguedialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stock {

namespace {

enum StarterColumn { StarterName, StarterCode, StarterCounted, StarterExpiry, StarterNote };
constexpr int starterIndexRole = Qt::UserRole + 1;

} // namespace

StarterCatalogueDialog::StarterCatalogueDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent), m_context(context), m_commands(commands)
{
    setWindowTitle(tr("Starter catalogue"));
    auto *intro = new QLabel(tr("The items most rooms need: the six food categories, protective equipment (DPI) and "
                                "kits. Untick what this room does not handle; more items can be added later in "
                                "Warehouse › Master data. Items already in the catalogue are not created again."),
                             this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({ tr("Item"), tr("Code"), tr("Counted"), tr("Expiry"), tr("Note") });
    m_tree->setAccessibleName(tr("Items of the starter catalogue"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StarterName, QHeaderView::Stretch);
    for (int c : { StarterCode, StarterCounted, StarterExpiry, StarterNote })
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_count = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("&Create the items"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StarterCatalogueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StarterCatalogueDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &StarterCatalogueDialog::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 560);
    load();
}

void StarterCatalogueDialog::load()
{
    auto items = starterCatalogue(m_context.db);
    if (!items) {
        m_error->setText(core::ErrorText::describe(items.error()));
        m_error->show();
        m_create->setEnabled(false);
        return;
    }
    m_items = *items;
    const QLocale locale;
    const QSignalBlocker block(m_tree);
    QTreeWidgetItem *group = nullptr;
    for (int i = 0; i < m_items.size(); ++i) {
        const StarterItem &s = m_items.at(i);
        if (!group || group->text(StarterName) != s.categoryName) {
            group = new QTreeWidgetItem(m_tree, { s.categoryName });
            group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            QFont bold = group->font(StarterName);
            bold.setBold(true);
            group->setFont(StarterName, bold);
            group->setExpanded(true);
        }
        QString counted = tr("by weight (kg)");
        if (s.item.unit == Unit::Pieces)
            counted = s.item.piecesPerPackage > 0
                ? tr("by the piece, %1 per package").arg(locale.toString(s.item.piecesPerPackage))
                : tr("by the piece");
        auto *row = new QTreeWidgetItem(group, { s.item.name, s.item.code, counted,
                                                  s.item.tracksExpiry ? tr("yes") : tr("no"),
                                                  s.present ? tr("already in the catalogue") : QString() });
        row->setData(StarterName, starterIndexRole, i);
        if (s.present) {
            row->setFlags(Qt::ItemIsUserCheckable); // shown, not enabled
            row->setCheckState(StarterName, Qt::Unchecked);
        } else {
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(StarterName, Qt::Checked);
        }
    }
    // A group whose items are all present cannot be ticked either.
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *top = m_tree->topLevelItem(g);
        bool any = false;
        for (int c = 0; c < top->childCount(); ++c)
            any = any || (top->child(c)->flags() & Qt::ItemIsEnabled);
        if (!any) {
            top->setFlags(Qt::ItemIsEnabled);
            top->setData(StarterName, Qt::CheckStateRole, QVariant());
        }
    }
    updateCount();
}

QList<Item> StarterCatalogueDialog::chosenItems() const
{
    QList<Item> chosen;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *top = m_tree->topLevelItem(g);
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *row = top->child(c);
            if ((row->flags() & Qt::ItemIsEnabled) && row->checkState(StarterName) == Qt::Checked)
                chosen.append(m_items.at(row->data(StarterName, starterIndexRole).toInt()).item);
        }
    }
    return chosen;
}

void StarterCatalogueDialog::updateCount()
{
    const int n = int(chosenItems().size());
    int present = 0;
    for (const StarterItem &s : std::as_const(m_items))
        present += s.present ? 1 : 0;
    QString text = tr("%Ln item(s) to create.", nullptr, n);
    if (present > 0)
        text += QLatin1Char(' ') + tr("%Ln already in the catalogue.", nullptr, present);
    m_count->setText(text);
    m_create->setEnabled(n > 0);
}

void StarterCatalogueDialog::accept()
{
    auto command = std::make_shared<CreateStarterItems>(chosenItems());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status s = m_commands.run(command);
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_error->setText(core::ErrorText::describe(s.error()));
        m_error->show();
        return;
    }
    m_created = int(command->createdIds().size());
    QDialog::accept();
}

} // namespace stock
