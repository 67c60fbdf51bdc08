#include "fleet/ui/vehiclespage.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "fleet/domain/fleetcommands.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/fleetrules.h"
#include "fleet/ui/fleetdialogs.h"
#include "fleet/ui/fleetimportdialog.h"
#include "fleet/ui/fleetui.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet {

using core::ColumnKind;

VehiclesPage::VehiclesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by plate, model or owner"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->addItem(tr("Every state"), QString());
    for (AssetState s : { AssetState::Operational, AssetState::Maintenance, AssetState::OutOfService })
        m_state->addItem(FleetText::assetState(assetStateCode(s)), assetStateCode(s));
    m_dueOnly = new QCheckBox(tr("Only &deadlines within 30 days or overdue"), this);

    m_model = new core::FormattedSqlModel(context.db, this);
    (void)setFleetList(m_model, FleetLists::vehicles(context.db),
        { { QString(), tr("Plate"), ColumnKind::Text, 0, true }, { QString(), tr("Type"), ColumnKind::Text, 0, true },
            { QString(), tr("Model"), ColumnKind::Text, 0, false }, { QString(), tr("Owner"), ColumnKind::Text, 0, false },
            { QString(), tr("Site"), ColumnKind::Text, 0, false }, { QString(), tr("State"), ColumnKind::Text, 0, false },
            { QString(), tr("Revision due"), ColumnKind::Date, 0, true },
            { QString(), tr("Insurance expires"), ColumnKind::Date, 0, true },
            { QString(), tr("Km"), ColumnKind::Integer, 0, false }, { QString(), QString(), ColumnKind::Text, 0, false } });
    m_model->setDefaultSort(FleetLists::VRevision, Qt::AscendingOrder);
    m_model->setFormatter(FleetLists::VPlate, [](const QVariantList &row, int c) { return Plate::display(row.value(c).toString()); });
    m_model->setFormatter(FleetLists::VType, [](const QVariantList &row, int c) { return FleetText::vehicleType(row.value(c).toString()); });
    m_model->setFormatter(FleetLists::VOwner, [](const QVariantList &row, int c) {
        const QString v = row.value(c).toString();
        return v == QLatin1String("metropolitan_city") || v == QLatin1String("ccv_mi") ? FleetText::owner(v) : v;
    });
    m_model->setFormatter(FleetLists::VState, [](const QVariantList &row, int c) { return FleetText::assetState(row.value(c).toString()); });
    m_model->setFormatter(FleetLists::VRevision, [](const QVariantList &row, int c) { return fleetDate(row.value(c)); });
    m_model->setFormatter(FleetLists::VInsurance, [](const QVariantList &row, int c) { return fleetDate(row.value(c)); });
    const core::Clock *clock = context.clock;
    m_model->setRowRoleProvider([clock](const QVariantList &row, int role) -> QVariant {
        if (role != Qt::ForegroundRole && role != Qt::ToolTipRole)
            return {};
        if (row.value(FleetLists::VStateCode).toString() == QLatin1String("out_of_service"))
            return role == Qt::ToolTipRole ? QVariant(tr("Out of service: its deadlines are not watched")) : QVariant();
        const QDate today = clock->today();
        const DueState revision = dueState(core::fromSqlDate(row.value(FleetLists::VRevision).toString()), today);
        const DueState insurance = dueState(core::fromSqlDate(row.value(FleetLists::VInsurance).toString()), today);
        const bool overdue = revision == DueState::Overdue || insurance == DueState::Overdue;
        const bool soon = revision == DueState::DueSoon || insurance == DueState::DueSoon;
        if (role == Qt::ForegroundRole)
            return overdue ? QVariant(QColor(0xb7, 0x1c, 0x1c)) : soon ? QVariant(QColor(0x9a, 0x5b, 0x00)) : QVariant();
        return overdue ? QVariant(tr("Revision or insurance overdue"))
            : soon     ? QVariant(tr("Revision or insurance due within 30 days"))
                       : QVariant();
    });
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    setUpFleetTable(m_table);
    m_table->horizontalHeader()->setSortIndicator(FleetLists::VRevision, Qt::AscendingOrder);
    m_table->setColumnHidden(FleetLists::VStateCode, true);
    core::setColumnWidth(m_table, FleetLists::VPlate, 100);
    core::setColumnWidth(m_table, FleetLists::VType, 130);
    core::setColumnWidth(m_table, FleetLists::VModel, 190);
    core::setColumnWidth(m_table, FleetLists::VOwner, 210);
    core::setColumnWidth(m_table, FleetLists::VSite, 190);
    core::setColumnWidth(m_table, FleetLists::VState, 110);
    core::setColumnWidth(m_table, FleetLists::VRevision, 100);
    core::setColumnWidth(m_table, FleetLists::VInsurance, 110);
    m_table->setAccessibleName(tr("Vehicles"));
    // The long texts take the room left, not the last column.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FleetLists::VOwner, QHeaderView::Stretch);
    m_count = new QLabel(this);

    auto *add = new QPushButton(tr("&New vehicle..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_maintenance = new QPushButton(tr("Record &maintenance..."), this);
    const bool canEdit = core::Access::allows(context.db, core::Permission::FleetEdit);
    add->setEnabled(canEdit);
    connect(add, &QPushButton::clicked, this, &VehiclesPage::addVehicle);
    auto *import = new QPushButton(tr("&Import..."), this);
    import->setToolTip(tr("Reads a spreadsheet (Excel .xlsx or CSV): its lines and problems are shown before anything is written"));
    import->setEnabled(add->isEnabled());
    connect(import, &QPushButton::clicked, this, [this] {
        FleetImportDialog dialog(m_context, m_commands, QStringLiteral("vehicles"), this);
        dialog.exec();
    });
    connect(m_edit, &QPushButton::clicked, this, &VehiclesPage::editVehicle);
    connect(m_maintenance, &QPushButton::clicked, this, &VehiclesPage::recordMaintenance);
    connect(m_table, &QTableView::doubleClicked, this, &VehiclesPage::editVehicle);

    // The selected vehicle's maintenance log.
    m_logTitle = new QLabel(this);
    m_log = new core::FormattedSqlModel(context.db, this);
    (void)setFleetList(m_log, FleetLists::maintenance(context.db),
        { { QString(), tr("Date"), ColumnKind::Date, 0, true }, { QString(), tr("Km"), ColumnKind::Integer, 0, false },
            { QString(), tr("Work"), ColumnKind::Text, 0, false }, { QString(), tr("Cost (€)"), ColumnKind::Decimal, 2, false },
            { QString(), tr("Done by"), ColumnKind::Text, 0, false }, { QString(), QString(), ColumnKind::Text, 0, false },
            { QString(), QString(), ColumnKind::Integer, 0, false } });
    m_log->setDefaultSort(0, Qt::DescendingOrder);
    m_log->setFormatter(0, [](const QVariantList &row, int c) { return fleetDate(row.value(c)); });
    m_log->setFormatter(3, [](const QVariantList &row, int c) {
        return row.value(5).toString() == QLatin1String("reversal") ? QVariant(QString()) : QVariant(row.value(c).toLongLong() / 100.0);
    });
    m_log->setFormatter(2, [](const QVariantList &row, int c) {
        if (row.value(5).toString() == QLatin1String("reversal"))
            return tr("(cancellation of an earlier entry)");
        return row.value(6).toInt() > 0 ? tr("%1 (cancelled)").arg(row.value(c).toString()) : row.value(c).toString();
    });
    m_log->setFilter(QStringLiteral("m.vehicle_id = ?"), { qint64(0) });
    m_logTable = new QTableView(this);
    m_logTable->setModel(m_log);
    setUpFleetTable(m_logTable);
    m_logTable->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_logTable->setColumnHidden(5, true);
    m_logTable->setColumnHidden(6, true);
    core::setColumnWidth(m_logTable, 0, 100);
    core::setColumnWidth(m_logTable, 1, 90);
    core::setColumnWidth(m_logTable, 2, 320);
    m_logTable->setAccessibleName(tr("Maintenance log"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_dueOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_maintenance);
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
    bottomLayout->addWidget(m_logTitle);
    bottomLayout->addWidget(m_logTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &VehiclesPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &VehiclesPage::applyFilter);
    connect(m_dueOnly, &QCheckBox::toggled, this, &VehiclesPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VehiclesPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%Ln vehicle(s)", nullptr, m_model->rowCount()));
        currentChanged();
    });
    applyFilter();
    currentChanged();
}

void VehiclesPage::tablesChanged(const QStringList &tables)
{
    Q_UNUSED(tables); // the models watch their own tables
}

void VehiclesPage::applyFilter()
{
    const QString dueOn = m_dueOnly->isChecked() ? core::toSqlDate(m_context.clock->today().addDays(dueWindowDays)) : QString();
    const FleetFilter f = FleetLists::vehicleFilter(m_search->text(), m_state->currentData().toString(), dueOn);
    m_model->setFilter(f.where, f.binds);
}

bool VehiclesPage::selectVehicle(qint64 id)
{
    int row = m_model->rowOfKey(id);
    if (row < 0) { // hidden by the filters: every vehicle
        const QSignalBlocker b1(m_search), b2(m_state), b3(m_dueOnly);
        m_search->clear();
        m_state->setCurrentIndex(0);
        m_dueOnly->setChecked(false);
        applyFilter();
        row = m_model->rowOfKey(id);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void VehiclesPage::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_selected = current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
    const bool canEdit = core::Access::allows(m_context.db, core::Permission::FleetEdit);
    m_edit->setEnabled(m_selected != 0 && canEdit);
    m_maintenance->setEnabled(m_selected != 0 && canEdit);
    m_log->setFilter(QStringLiteral("m.vehicle_id = ?"), { m_selected });
    if (m_selected == 0) {
        m_logTitle->setText(tr("Choose a vehicle to see its maintenance log."));
        return;
    }
    const QVariantList row = m_model->rowValues(current.row());
    m_logTitle->setText(tr("Maintenance log of %1").arg(Plate::display(row.value(FleetLists::VPlate).toString())));
}

void VehiclesPage::addVehicle()
{
    VehicleDialog dialog(m_context, Vehicle(), this);
    dialog.setSave([&] { return m_commands.run(std::make_shared<SaveVehicle>(dialog.vehicle())); });
    dialog.exec();
}

void VehiclesPage::editVehicle()
{
    if (m_selected == 0 || !core::Access::allows(m_context.db, core::Permission::FleetEdit))
        return;
    auto vehicle = FleetRepository(m_context.db).vehicle(m_selected);
    if (!vehicle || vehicle->id == 0)
        return;
    VehicleDialog dialog(m_context, *vehicle, this);
    dialog.setSave([&] { return m_commands.run(std::make_shared<SaveVehicle>(dialog.vehicle())); });
    dialog.exec();
}

void VehiclesPage::recordMaintenance()
{
    if (m_selected == 0)
        return;
    auto vehicle = FleetRepository(m_context.db).vehicle(m_selected);
    if (!vehicle || vehicle->id == 0)
        return;
    MaintenanceDialog dialog(m_context, vehicle->id, vehicle->plate, vehicle->odometerKm, this);
    dialog.setSave([&] {
        MaintenanceEntry entry = dialog.entry();
        if (entry.costCents < 0)
            return core::Status(core::Error(QStringLiteral("fleet.cost_out_of_range")));
        return m_commands.run(std::make_shared<RecordMaintenance>(entry));
    });
    dialog.exec();
}

} // namespace fleet
