#include "volunteers/ui/servicesdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/tablemenu.h"
#include "volunteers/domain/eventcommands.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/ui/uihelpers.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace volunteers {

ServicesDialog::ServicesDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Services"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Service"), tr("Published figures"), tr("In use") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&Add..."), this);
    auto *rename = new QPushButton(tr("&Rename..."), this);
    auto *toggle = new QPushButton(tr("&In use / not in use"), this);
    connect(add, &QPushButton::clicked, this, &ServicesDialog::add);
    connect(rename, &QPushButton::clicked, this, &ServicesDialog::rename);
    connect(toggle, &QPushButton::clicked, this, &ServicesDialog::toggleActive);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(rename);
    row->addWidget(toggle);
    row->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(buttons);
    core::installTableContextMenu(m_table);
    resize(620, 460);
    reload();
}

void ServicesDialog::reload()
{
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    auto services = EventRepository(m_context.db).services();
    if (!services)
        return;
    m_table->setRowCount(int(services->size()));
    for (int r = 0; r < services->size(); ++r) {
        const Service &s = services->at(r);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(s.published ? tr("yes") : QString()));
        m_table->setItem(r, 2, new QTableWidgetItem(s.active ? tr("yes") : tr("no")));
    }
    m_table->setCurrentCell(std::max(0, std::min(current, m_table->rowCount() - 1)), 0);
}

void ServicesDialog::add()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New service"), tr("Name of the service:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Service s;
    s.name = name;
    if (auto r = m_commands.run(std::make_shared<SaveService>(s)); !r)
        ui::showError(this, tr("New service"), r.error());
    reload();
}

void ServicesDialog::rename()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    EventRepository repo(m_context.db);
    auto s = repo.service(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!s || s->id == 0)
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename service"), tr("New name:"), QLineEdit::Normal, s->name, &ok);
    if (!ok)
        return;
    Service changed = *s;
    changed.name = name;
    if (auto r = m_commands.run(std::make_shared<SaveService>(changed)); !r)
        ui::showError(this, tr("Rename service"), r.error());
    reload();
}

void ServicesDialog::toggleActive()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    EventRepository repo(m_context.db);
    auto s = repo.service(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!s || s->id == 0)
        return;
    Service changed = *s;
    changed.active = !changed.active;
    if (auto r = m_commands.run(std::make_shared<SaveService>(changed)); !r)
        ui::showError(this, windowTitle(), r.error());
    reload();
}

} // namespace volunteers
