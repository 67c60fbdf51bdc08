#include "fleet/ui/deploymentspage.h"

#include "fleet/ui/deploymentamenddialogs.h"
#include "fleet/ui/deploymentdialog.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/db/backgroundreader.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/columnwidths.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/formwidgets.h"
#include "fleet/domain/fleetlists.h"
#include "fleet/domain/modulecommands.h"
#include "fleet/ui/fleetui.h"

#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QItemSelectionModel>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleet {

using core::ColumnKind;

namespace {

struct ChoicesRead {
    core::Result<DeploymentChoices> choices = DeploymentChoices();
};

struct StateRead {
    core::Result<DeploymentState> state = DeploymentState();
};

} // namespace

// DeploymentsPage ---------------------------------------------------------------

DeploymentsPage::DeploymentsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    const QDate today = context.clock->today();
    // The last twelve months: a deployment of last autumn is still news in
    // January (and one still running is always in).
    m_from = core::makeDateEdit(today.addMonths(-12), this, tr("From"));
    m_from->setEmptyAllowed(true);
    m_to = core::makeDateEdit(QDate(), this, tr("To"));
    m_to->setEmptyAllowed(true);

    m_model = new core::FormattedSqlModel(context.db, this);
    (void)setFleetList(m_model, FleetLists::deployments(context.db),
        { { QString(), tr("Number"), ColumnKind::Text, 0, false }, { QString(), tr("From"), ColumnKind::Date, 0, true }, { QString(), tr("To"), ColumnKind::Date, 0, false },
            { QString(), tr("Event"), ColumnKind::Text, 0, false }, { QString(), tr("Scope"), ColumnKind::Text, 0, false },
            { QString(), tr("Requested by"), ColumnKind::Text, 0, false },
            { QString(), tr("Where"), ColumnKind::Text, 0, false }, { QString(), tr("Modules"), ColumnKind::Text, 0, false },
            { QString(), tr("Vehicles"), ColumnKind::Integer, 0, false },
            { QString(), tr("Equipment"), ColumnKind::Integer, 0, false },
            { QString(), tr("Volunteers"), ColumnKind::Integer, 0, false },
            { QString(), tr("Km"), ColumnKind::Integer, 0, false },
            { QString(), tr("State"), ColumnKind::Text, 0, false }, { QString(), QString(), ColumnKind::Text, 0, false } });
    m_model->setDefaultSort(FleetLists::DFrom, Qt::DescendingOrder);
    m_model->setFormatter(FleetLists::DFrom, [](const QVariantList &row, int c) { return fleetDate(row.value(c)); });
    m_model->setFormatter(FleetLists::DTo, [](const QVariantList &row, int c) { return fleetDate(row.value(c)); });
    m_model->setFormatter(FleetLists::DScope,
        [](const QVariantList &row, int c) { return DeploymentText::scope(row.value(c).toString()); });
    m_model->setFormatter(FleetLists::DState, [](const QVariantList &row, int c) -> QVariant {
        const QString state = row.value(c).toString();
        if (state == QLatin1String("voided"))
            return tr("Voided");
        if (state == QLatin1String("corrected"))
            return tr("Corrected");
        return QString();
    });
    // A voided deployment stays listed, greyed and struck out, its reason
    // as tooltip.
    m_model->setRowRoleProvider([](const QVariantList &row, int role) -> QVariant {
        if (row.value(FleetLists::DState).toString() != QLatin1String("voided"))
            return {};
        if (role == Qt::ForegroundRole)
            return QColor(0x6b, 0x6b, 0x6b);
        if (role == Qt::FontRole) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return tr("Voided: %1").arg(row.value(FleetLists::DVoidReason).toString());
        return {};
    });
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    setUpFleetTable(m_table);
    m_table->setColumnHidden(FleetLists::DVoidReason, true);
    m_table->horizontalHeader()->setSortIndicator(FleetLists::DFrom, Qt::DescendingOrder);
    core::setColumnWidth(m_table, FleetLists::DNumber, 105);
    core::setColumnWidth(m_table, FleetLists::DFrom, 90);
    core::setColumnWidth(m_table, FleetLists::DTo, 90);
    core::setColumnWidth(m_table, FleetLists::DEvent, 200);
    core::setColumnWidth(m_table, FleetLists::DScope, 100);
    core::setColumnWidth(m_table, FleetLists::DRequestedBy, 125);
    core::setColumnWidth(m_table, FleetLists::DWhere, 125);
    core::setColumnWidth(m_table, FleetLists::DModules, 110);
    core::setColumnWidth(m_table, FleetLists::DVehicles, 60);
    core::setColumnWidth(m_table, FleetLists::DEquipment, 95);
    core::setColumnWidth(m_table, FleetLists::DVolunteers, 80);
    core::setColumnWidth(m_table, FleetLists::DKm, 70);
    core::setColumnWidth(m_table, FleetLists::DState, 90);
    // The event takes the room left (at 1366 px the others keep their
    // width; the state, last shown, does not stretch).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FleetLists::DEvent, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Deployments"));
    m_count = new QLabel(this);

    m_new = new QPushButton(tr("&New deployment..."), this);
    m_new->setEnabled(core::Access::allows(context.db, core::Permission::FleetDeploy));
    if (!m_new->isEnabled())
        m_new->setToolTip(tr("Only the coordinators record deployments."));
    connect(m_new, &QPushButton::clicked, this, [this] { newDeployment(); });
    m_correct = new QPushButton(tr("&Correct..."), this);
    m_correct->setToolTip(tr("Correct the km of the selected deployment's vehicles"));
    m_withdraw = new QPushButton(tr("&Withdraw..."), this);
    m_withdraw->setToolTip(tr("Withdraw a vehicle, a piece of equipment or a volunteer recorded on the selected "
                              "deployment by mistake"));
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdrawFromDeployment(selectedDeployment()); });
    m_void = new QPushButton(tr("&Void deployment..."), this);
    m_void->setToolTip(tr("Void the selected deployment: its km and its volunteers' days are withdrawn"));
    connect(m_correct, &QPushButton::clicked, this, [this] { correctDeployment(selectedDeployment()); });
    connect(m_void, &QPushButton::clicked, this, [this] { voidDeployment(selectedDeployment()); });

    auto *filters = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Running &from:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_void);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_reader = new core::BackgroundReader(this);
    connect(m_from, &core::DateField::dateChanged, this, &DeploymentsPage::applyFilter);
    connect(m_to, &core::DateField::dateChanged, this, &DeploymentsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%Ln deployment(s)", nullptr, m_model->rowCount()));
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeploymentsPage::updateActions);
    // A row's state may arrive after it was selected (pages are read on a worker).
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeploymentsPage::updateActions);
    applyFilter();
    updateActions();
}

void DeploymentsPage::tablesChanged(const QStringList &tables)
{
    Q_UNUSED(tables); // the model watches its own tables
}

qint64 DeploymentsPage::selectedDeployment() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->keyAt(rows.first().row()).toLongLong();
}

void DeploymentsPage::updateActions()
{
    const bool may = core::Access::allows(m_context.db, core::Permission::FleetDeploy);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool voided = !rows.isEmpty()
        && m_model->rowValues(rows.first().row()).value(FleetLists::DState).toString() == QLatin1String("voided");
    const bool enabled = may && !m_reading && !rows.isEmpty() && !voided;
    m_correct->setEnabled(enabled);
    m_withdraw->setEnabled(enabled);
    m_void->setEnabled(enabled);
    if (!may) {
        m_correct->setToolTip(tr("Only the coordinators correct deployments."));
        m_withdraw->setToolTip(tr("Only the coordinators correct deployments."));
        m_void->setToolTip(tr("Only the coordinators void deployments."));
    }
}

void DeploymentsPage::readState(qint64 deploymentId, std::function<void(const DeploymentState &)> open)
{
    if (deploymentId == 0 || m_reading || !core::Access::allows(m_context.db, core::Permission::FleetDeploy))
        return;
    m_reading = true;
    updateActions();
    auto answer = std::make_shared<StateRead>();
    const core::Clock *clock = m_context.clock;
    m_reader->read(
        m_context.db.databaseName(),
        [answer, clock, deploymentId](const QSqlDatabase &db) {
            answer->state = DeploymentAmendments(db, *clock).state(deploymentId);
        },
        [this, answer, open = std::move(open)](const core::Error &openError) {
            m_reading = false;
            updateActions();
            if (!openError.code.isEmpty() || !answer->state) {
                QMessageBox::warning(this, tr("Deployments"),
                    core::ErrorText::describe(openError.code.isEmpty() ? answer->state.error() : openError));
                return;
            }
            if (answer->state->id == 0)
                return; // gone since (cannot happen: ledgers keep their rows)
            open(*answer->state);
        });
}

void DeploymentsPage::correctDeployment(qint64 deploymentId)
{
    readState(deploymentId, [this](const DeploymentState &state) {
        CorrectDeploymentDialog dialog(state, this);
        dialog.setSave([&] {
            auto command = std::make_shared<CorrectDeployment>(dialog.correction());
            return m_commands.run(command);
        });
        emit correctionOpened(&dialog);
        dialog.exec();
    });
}

void DeploymentsPage::voidDeployment(qint64 deploymentId)
{
    readState(deploymentId, [this](const DeploymentState &state) {
        VoidDeploymentDialog dialog(state, this);
        dialog.setSave([&] {
            auto command = std::make_shared<VoidDeployment>(dialog.deploymentId(), dialog.reason());
            return m_commands.run(command);
        });
        emit voidOpened(&dialog);
        dialog.exec();
    });
}

void DeploymentsPage::withdrawFromDeployment(qint64 deploymentId)
{
    readState(deploymentId, [this](const DeploymentState &state) {
        WithdrawFromDeploymentDialog dialog(state, this);
        dialog.setSave([&] {
            auto command = std::make_shared<WithdrawDeploymentLine>(dialog.withdrawal());
            return m_commands.run(command);
        });
        emit withdrawalOpened(&dialog);
        dialog.exec();
    });
}

void DeploymentsPage::applyFilter()
{
    const FleetFilter f = FleetLists::deploymentFilter(m_from->date(), m_to->date());
    m_model->setFilter(f.where, f.binds);
}

void DeploymentsPage::newDeployment(qint64 moduleId)
{
    if (m_reading || !core::Access::allows(m_context.db, core::Permission::FleetDeploy))
        return;
    m_reading = true;
    m_new->setEnabled(false);
    auto answer = std::make_shared<ChoicesRead>();
    const QDate today = m_context.clock->today();
    m_reader->read(
        m_context.db.databaseName(), [answer, today](const QSqlDatabase &db) { answer->choices = DeploymentChoices::read(db, today); },
        [this, answer, moduleId](const core::Error &openError) {
            m_reading = false;
            m_new->setEnabled(true);
            if (!openError.code.isEmpty() || !answer->choices) {
                QMessageBox::warning(this, tr("Deployments"),
                    core::ErrorText::describe(openError.code.isEmpty() ? answer->choices.error() : openError));
                return;
            }
            DeploymentDialog dialog(m_context, *answer->choices, this);
            if (moduleId != 0)
                dialog.tickModule(moduleId);
            dialog.setSave([&] {
                auto command = std::make_shared<RecordDeployment>(dialog.deployment());
                return m_commands.run(command);
            });
            emit dialogOpened(&dialog);
            dialog.exec();
        });
}

} // namespace fleet
