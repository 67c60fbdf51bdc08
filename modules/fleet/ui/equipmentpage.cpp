#include "fleet/ui/equipmentpage.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "fleet/domain/fleetcommands.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/ui/fleetdialogs.h"
#include "fleet/ui/fleetimportdialog.h"
#include "fleet/ui/fleetui.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet {

using core::ColumnKind;

EquipmentPage::EquipmentPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by description or serial number"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_type->addItem(tr("Every type"), QString());
    for (const QString &code : equipmentTypeCodes())
        m_type->addItem(FleetText::equipmentType(code), code);
    m_onLoan = new QCheckBox(tr("Only &on loan"), this);

    m_model = new core::FormattedSqlModel(context.db, this);
    (void)setFleetList(m_model, FleetLists::equipment(context.db),
        { { QString(), tr("Type"), ColumnKind::Text, 0, true }, { QString(), tr("Description"), ColumnKind::Text, 0, false },
            { QString(), tr("Serial number"), ColumnKind::Text, 0, true }, { QString(), tr("Site"), ColumnKind::Text, 0, false },
            { QString(), tr("State"), ColumnKind::Text, 0, false }, { QString(), tr("Next check"), ColumnKind::Date, 0, true },
            { QString(), tr("On loan to"), ColumnKind::Text, 0, false } });
    m_model->setDefaultSort(FleetLists::EType, Qt::AscendingOrder);
    m_model->setFormatter(FleetLists::EType, [](const QVariantList &row, int c) { return FleetText::equipmentType(row.value(c).toString()); });
    m_model->setFormatter(FleetLists::EState, [](const QVariantList &row, int c) { return FleetText::assetState(row.value(c).toString()); });
    m_model->setFormatter(FleetLists::ECheck, [](const QVariantList &row, int c) { return fleetDate(row.value(c)); });
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    setUpFleetTable(m_table);
    m_table->horizontalHeader()->setSortIndicator(FleetLists::EType, Qt::AscendingOrder);
    core::setColumnWidth(m_table, FleetLists::EType, 130);
    core::setColumnWidth(m_table, FleetLists::EDescription, 280);
    core::setColumnWidth(m_table, FleetLists::ESerial, 110);
    core::setColumnWidth(m_table, FleetLists::ESite, 200);
    core::setColumnWidth(m_table, FleetLists::EState, 110);
    core::setColumnWidth(m_table, FleetLists::ECheck, 100);
    m_table->setAccessibleName(tr("Equipment"));

    m_count = new QLabel(this);

    auto *add = new QPushButton(tr("&New equipment..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_lend = new QPushButton(tr("&Lend..."), this);
    m_back = new QPushButton(tr("&Return..."), this);
    add->setEnabled(core::Access::allows(context.db, core::Permission::FleetEdit));
    connect(add, &QPushButton::clicked, this, &EquipmentPage::addEquipment);
    auto *import = new QPushButton(tr("&Import..."), this);
    import->setToolTip(tr("Reads a spreadsheet (Excel .xlsx or CSV): its lines and problems are shown before anything is written"));
    import->setEnabled(add->isEnabled());
    connect(import, &QPushButton::clicked, this, [this] {
        FleetImportDialog dialog(m_context, m_commands, QStringLiteral("equipment"), this);
        dialog.exec();
    });
    connect(m_edit, &QPushButton::clicked, this, &EquipmentPage::editEquipment);
    connect(m_table, &QTableView::doubleClicked, this, &EquipmentPage::editEquipment);
    connect(m_lend, &QPushButton::clicked, this, &EquipmentPage::lend);
    connect(m_back, &QPushButton::clicked, this, &EquipmentPage::giveBack);

    // The loans ledger: every piece out and back.
    m_loans = new core::FormattedSqlModel(context.db, this);
    (void)setFleetList(m_loans, FleetLists::loans(context.db),
        { { QString(), tr("Date"), ColumnKind::Date, 0, true }, { QString(), tr("Movement"), ColumnKind::Text, 0, false },
            { QString(), tr("Equipment"), ColumnKind::Text, 0, false }, { QString(), tr("Serial number"), ColumnKind::Text, 0, false },
            { QString(), tr("Organisation"), ColumnKind::Text, 0, false }, { QString(), tr("Condition on return"), ColumnKind::Text, 0, false } });
    m_loans->setDefaultSort(0, Qt::DescendingOrder);
    m_loans->setFormatter(0, [](const QVariantList &row, int c) { return fleetDate(row.value(c)); });
    m_loans->setFormatter(1, [](const QVariantList &row, int c) {
        return row.value(c).toString() == QLatin1String("out") ? tr("Lent") : tr("Returned");
    });
    m_loans->setFormatter(5, [](const QVariantList &row, int c) { return FleetText::condition(row.value(c).toString()); });
    m_loansTable = new QTableView(this);
    m_loansTable->setModel(m_loans);
    setUpFleetTable(m_loansTable);
    m_loansTable->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_loans->setFilter(QString()); // read now, in the order set above
    core::setColumnWidth(m_loansTable, 0, 100);
    core::setColumnWidth(m_loansTable, 2, 260);
    core::setColumnWidth(m_loansTable, 3, 110);
    core::setColumnWidth(m_loansTable, 4, 300);
    m_loansTable->setAccessibleName(tr("Loans"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_onLoan);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_lend);
    buttons->addWidget(m_back);
    buttons->addWidget(import);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Loans to organisations"), bottom));
    bottomLayout->addWidget(m_loansTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &EquipmentPage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EquipmentPage::applyFilter);
    connect(m_onLoan, &QCheckBox::toggled, this, &EquipmentPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EquipmentPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%Ln piece(s)", nullptr, m_model->rowCount()));
        currentChanged();
    });
    applyFilter();
    currentChanged();
}

void EquipmentPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("fleet_loan")))
        currentChanged(); // lent or back: the buttons follow
}

void EquipmentPage::applyFilter()
{
    const FleetFilter f = FleetLists::equipmentFilter(m_search->text(), m_type->currentData().toString(), m_onLoan->isChecked());
    m_model->setFilter(f.where, f.binds);
}

bool EquipmentPage::selectEquipment(qint64 id)
{
    int row = m_model->rowOfKey(id);
    if (row < 0) { // hidden by the filters: every piece
        const QSignalBlocker b1(m_search), b2(m_type), b3(m_onLoan);
        m_search->clear();
        m_type->setCurrentIndex(0);
        m_onLoan->setChecked(false);
        applyFilter();
        row = m_model->rowOfKey(id);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void EquipmentPage::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_selected = current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
    const bool canEdit = core::Access::allows(m_context.db, core::Permission::FleetEdit);
    const bool canLend = core::Access::allows(m_context.db, core::Permission::FleetLoan);
    m_edit->setEnabled(m_selected != 0 && canEdit);
    bool out = false;
    if (m_selected != 0)
        if (auto loan = FleetRepository(m_context.db).openLoan(m_selected))
            out = loan->loanId != 0;
    m_lend->setEnabled(m_selected != 0 && canLend && !out);
    m_back->setEnabled(m_selected != 0 && canLend && out);
}

void EquipmentPage::addEquipment()
{
    EquipmentDialog dialog(m_context, Equipment(), this);
    dialog.setSave([&] { return m_commands.run(std::make_shared<SaveEquipment>(dialog.equipment())); });
    dialog.exec();
}

void EquipmentPage::editEquipment()
{
    if (m_selected == 0 || !core::Access::allows(m_context.db, core::Permission::FleetEdit))
        return;
    auto piece = FleetRepository(m_context.db).equipment(m_selected);
    if (!piece || piece->id == 0)
        return;
    EquipmentDialog dialog(m_context, *piece, this);
    dialog.setSave([&] { return m_commands.run(std::make_shared<SaveEquipment>(dialog.equipment())); });
    dialog.exec();
}

void EquipmentPage::lend()
{
    auto piece = FleetRepository(m_context.db).equipment(m_selected);
    if (!piece || piece->id == 0)
        return;
    LoanDialog dialog(m_context, LoanDialog::Out, piece->description, this);
    const qint64 id = piece->id;
    dialog.setSave([&] {
        return m_commands.run(std::make_shared<LendEquipment>(id, dialog.organisationId(), dialog.day(), dialog.notes()));
    });
    dialog.exec();
    currentChanged();
}

void EquipmentPage::giveBack()
{
    auto piece = FleetRepository(m_context.db).equipment(m_selected);
    if (!piece || piece->id == 0)
        return;
    LoanDialog dialog(m_context, LoanDialog::Back, piece->description, this);
    const qint64 id = piece->id;
    dialog.setSave([&] {
        return m_commands.run(std::make_shared<ReturnEquipment>(id, dialog.day(), dialog.condition(), dialog.notes()));
    });
    dialog.exec();
    currentChanged();
}

} // namespace fleet
