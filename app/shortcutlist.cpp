#include "shortcutlist.h"

#include "core/ui/moduletab.h"
#include "core/ui/tablemenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &k : shortcuts)
        if (!k.isEmpty())
            keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collectMenu(QMenu *menu, const QString &where, QList<ShortcutEntry> &out, QSet<const QAction *> &seen)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            collectMenu(a->menu(), where + QStringLiteral(" › ") + plain(a->menu()->title()), out, seen);
            continue;
        }
        seen.insert(a);
        const QString keys = keysOf(a->shortcuts());
        if (!a->isSeparator() && !keys.isEmpty())
            out.append({ where, plain(a->text()), keys });
    }
}

} // namespace

QList<ShortcutEntry> collectShortcuts(QMainWindow *window)
{
    QList<ShortcutEntry> out;
    QSet<const QAction *> seen;
    for (QAction *a : window->menuBar()->actions())
        if (a->menu())
            collectMenu(a->menu(), QCoreApplication::translate("ShortcutList", "Menu %1").arg(plain(a->menu()->title())), out, seen);
    // Window actions outside the menus (the search's second key...).
    for (QAction *a : window->actions())
        if (!seen.contains(a) && !keysOf(a->shortcuts()).isEmpty()) {
            seen.insert(a);
            out.append({ QCoreApplication::translate("ShortcutList", "Window"), plain(a->text()), keysOf(a->shortcuts()) });
        }
    // The tabs' own buttons and actions with a shortcut.
    const QString lists = QCoreApplication::translate("ShortcutList", "Every list");
    auto *tabs = window->findChild<QTabWidget *>();
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        auto *tab = qobject_cast<core::ModuleTab *>(tabs->widget(i));
        if (!tab)
            continue;
        tab->ensureBuilt(); // its buttons exist once built
        const QString where = QCoreApplication::translate("ShortcutList", "Tab %1").arg(plain(tabs->tabText(i)));
        for (QAbstractButton *b : tab->findChildren<QAbstractButton *>()) {
            const QKeySequence k = b->shortcut();
            // Alt+letter alone is the underlined mnemonic, not a shortcut.
            if (k.isEmpty() || (k.count() == 1 && (k[0].keyboardModifiers() == Qt::AltModifier)))
                continue;
            out.append({ where, plain(b->text().isEmpty() ? b->toolTip() : b->text()), keysOf({ k }) });
        }
        for (QAction *a : tab->findChildren<QAction *>()) {
            if (seen.contains(a) || keysOf(a->shortcuts()).isEmpty() || a->text().isEmpty())
                continue;
            seen.insert(a);
            // The lists' own actions (copy) are the same on every list: once.
            const bool onList = qobject_cast<QAbstractItemView *>(a->parent()) != nullptr;
            const ShortcutEntry entry { onList ? lists : where, plain(a->text()), keysOf(a->shortcuts()) };
            if (onList && std::any_of(out.cbegin(), out.cend(), [&](const ShortcutEntry &e) {
                    return e.where == entry.where && e.what == entry.what;
                }))
                continue;
            out.append(entry);
        }
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(int(entries.size()), 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Keys"), tr("Action"), tr("Where") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &e = entries.at(row);
        auto *keys = new QTableWidgetItem(e.keys);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        m_table->setItem(row, 0, keys);
        m_table->setItem(row, 1, new QTableWidgetItem(e.what));
        m_table->setItem(row, 2, new QTableWidgetItem(e.where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    core::installTableContextMenu(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 520);
}
