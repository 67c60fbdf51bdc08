#include "fleet/ui/deploymentamenddialogs.h"

#include "core/ui/columnwidths.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleet {

namespace {

QString amendDay(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// "IMP-2026-0012 for «Alluvione» from 01/11/2025 to 05/11/2025, requested by ..."
QString deploymentLine(const DeploymentState &state)
{
    const QString when = state.from == state.to
        ? VoidDeploymentDialog::tr("on %1").arg(amendDay(state.from))
        : VoidDeploymentDialog::tr("from %1 to %2").arg(amendDay(state.from), amendDay(state.to));
    return VoidDeploymentDialog::tr("Deployment %1 for «%2» %3, requested by %4.")
        .arg(state.number, state.eventName, when, state.requestedBy);
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

// VoidDeploymentDialog ----------------------------------------------------------

VoidDeploymentDialog::VoidDeploymentDialog(const DeploymentState &state, QWidget *parent)
    : FleetDialog(tr("Void deployment"), parent)
    , m_state(state)
{
    auto *layout = new QVBoxLayout;
    layout->addWidget(wrappedLabel(deploymentLine(state), this));

    qint64 km = 0;
    int vehicles = 0;
    for (const DeployedVehicle &v : state.vehicles) {
        ++vehicles;
        km += v.km;
    }
    QStringList effects;
    effects.append(tr("It stays in the register, struck out with the reason; nothing is deleted."));
    if (vehicles > 0)
        effects.append(tr("The %Ln km of its vehicles leave their odometers.", nullptr, int(km)));
    if (state.activeDays > 0)
        effects.append(tr("%Ln volunteer day(s) are reversed on the activations register (person-days and art. 39 "
                          "follow).",
            nullptr, state.activeDays));
    if (state.equipment + vehicles > 0)
        effects.append(tr("Its vehicles and equipment are free again on those days."));
    auto *what = wrappedLabel(QStringLiteral("• ") + effects.join(QStringLiteral("\n• ")), this);
    layout->addWidget(what);
    if (state.certifiedDays > 0) {
        auto *warning = wrappedLabel(tr("%Ln of its days are certified by an attestato already issued: the void will "
                                        "be refused until the attestato is cancelled.",
                                         nullptr, state.certifiedDays),
            this);
        warning->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        layout->addWidget(warning);
    }
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. recorded twice; the column did not leave"));
    m_reason->setMinimumWidth(420);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    okButton()->setText(tr("&Void deployment"));
    okButton()->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    connect(m_reason, &QLineEdit::textChanged, this,
        [this](const QString &text) { okButton()->setEnabled(!text.trimmed().isEmpty()); });
    finish(layout);
}

void VoidDeploymentDialog::accept()
{
    FleetDialog::accept();
    // Refused: the message under the form makes the dialog taller, not the
    // wrapped text above it shorter.
    if (isVisible())
        adjustSize();
}

QString VoidDeploymentDialog::reason() const
{
    return m_reason->text().simplified();
}

QPushButton *VoidDeploymentDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// CorrectDeploymentDialog -------------------------------------------------------

CorrectDeploymentDialog::CorrectDeploymentDialog(const DeploymentState &state, QWidget *parent)
    : FleetDialog(tr("Correct deployment"), parent)
    , m_state(state)
{
    auto *layout = new QVBoxLayout;
    layout->addWidget(wrappedLabel(deploymentLine(state) + QLatin1Char(' ')
            + tr("Write the km each vehicle really drove: the odometers follow, and what was recorded stays in the "
                 "register."),
        this));
    const QLocale locale;
    m_table = new QTableWidget(int(state.vehicles.size()), 4, this);
    m_table->setHorizontalHeaderLabels({ tr("Vehicle"), tr("Km recorded"), tr("Km now"), tr("Correct km") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Vehicles of the deployment"));
    for (int row = 0; row < state.vehicles.size(); ++row) {
        const DeployedVehicle &v = state.vehicles.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(v.plate));
        auto number = [&locale](qint64 n) {
            auto *item = new QTableWidgetItem(locale.toString(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, 1, number(v.recordedKm));
        m_table->setItem(row, 2, number(v.km));
        auto *spin = new QSpinBox(m_table);
        spin->setRange(0, int(maxDeploymentKm));
        spin->setGroupSeparatorShown(true);
        spin->setSuffix(QStringLiteral(" km"));
        spin->setValue(int(v.km));
        spin->setAccessibleName(tr("Correct km of %1").arg(v.plate));
        connect(spin, &QSpinBox::valueChanged, this, &CorrectDeploymentDialog::updateOk);
        m_table->setCellWidget(row, 3, spin);
        m_km.append(spin);
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    core::setColumnWidth(m_table, 0, 110);
    core::setColumnWidth(m_table, 1, 110);
    core::setColumnWidth(m_table, 2, 90);
    m_table->setMinimumWidth(520);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 7);
    layout->addWidget(m_table, 1);
    if (state.vehicles.isEmpty())
        layout->addWidget(wrappedLabel(tr("No vehicle went on this deployment: there are no km to correct."), this));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. 1.200 km typed for 120"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    okButton()->setText(tr("&Save correction"));
    connect(m_reason, &QLineEdit::textChanged, this, &CorrectDeploymentDialog::updateOk);
    updateOk();
    finish(layout);
}

void CorrectDeploymentDialog::accept()
{
    FleetDialog::accept();
    if (isVisible())
        adjustSize();
}

void CorrectDeploymentDialog::updateOk()
{
    bool changed = false;
    for (int i = 0; i < m_km.size(); ++i)
        changed = changed || m_km.at(i)->value() != m_state.vehicles.at(i).km;
    okButton()->setEnabled(changed && !m_reason->text().trimmed().isEmpty());
}

DeploymentKmCorrection CorrectDeploymentDialog::correction() const
{
    DeploymentKmCorrection c;
    c.deploymentId = m_state.id;
    c.reason = m_reason->text().simplified();
    for (int i = 0; i < m_km.size(); ++i) {
        const DeployedVehicle &v = m_state.vehicles.at(i);
        if (m_km.at(i)->value() != v.km)
            c.vehicles.append({ v.vehicleId, m_km.at(i)->value(), QString() });
    }
    return c;
}

void CorrectDeploymentDialog::setKm(qint64 vehicleId, qint64 km)
{
    for (int i = 0; i < m_km.size(); ++i)
        if (m_state.vehicles.at(i).vehicleId == vehicleId)
            m_km.at(i)->setValue(int(km));
}

QPushButton *CorrectDeploymentDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// WithdrawFromDeploymentDialog -------------------------------------------------

WithdrawFromDeploymentDialog::WithdrawFromDeploymentDialog(const DeploymentState &state, QWidget *parent)
    : FleetDialog(tr("Withdraw from deployment"), parent)
    , m_state(state)
{
    auto *layout = new QVBoxLayout;
    layout->addWidget(wrappedLabel(deploymentLine(state) + QLatin1Char(' ')
            + tr("Choose what was recorded on it by mistake: a vehicle's km leave its odometer, a volunteer's days "
                 "on it are reversed on the activations register, a vehicle or a piece of equipment is free again "
                 "on those days. The rest of the deployment stays as it is; if its days or its event are wrong, "
                 "void it and record it again."),
        this));
    const QLocale locale;
    m_what = new QComboBox(this);
    m_what->setAccessibleName(tr("What to withdraw"));
    m_what->addItem(tr("(choose)"));
    for (const DeployedVehicle &v : state.vehicles)
        m_what->addItem(tr("Vehicle %1 (%2 km)").arg(v.plate, locale.toString(v.km)), QVariantList { 1, v.vehicleId });
    for (const DeployedLine &e : state.equipmentLines)
        m_what->addItem(tr("Equipment: %1").arg(e.name), QVariantList { 2, e.id });
    for (const DeployedLine &p : state.volunteerLines)
        m_what->addItem(tr("Volunteer: %1").arg(p.name), QVariantList { 3, p.id });
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. recorded by mistake: stayed at the site"));
    m_reason->setMinimumWidth(420);
    auto *form = new QFormLayout;
    form->addRow(tr("&Withdraw:"), m_what);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    okButton()->setText(tr("&Withdraw"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    connect(m_reason, &QLineEdit::textChanged, this, &WithdrawFromDeploymentDialog::updateOk);
    connect(m_what, &QComboBox::currentIndexChanged, this, &WithdrawFromDeploymentDialog::updateOk);
    updateOk();
    finish(layout);
}

void WithdrawFromDeploymentDialog::updateOk()
{
    okButton()->setEnabled(m_what->currentIndex() > 0 && !m_reason->text().trimmed().isEmpty());
}

void WithdrawFromDeploymentDialog::choose(int kind, qint64 id)
{
    for (int i = 1; i < m_what->count(); ++i) {
        const QVariantList data = m_what->itemData(i).toList();
        if (data.value(0).toInt() == kind && data.value(1).toLongLong() == id)
            m_what->setCurrentIndex(i);
    }
}

DeploymentLineWithdrawal WithdrawFromDeploymentDialog::withdrawal() const
{
    DeploymentLineWithdrawal w;
    w.deploymentId = m_state.id;
    w.reason = m_reason->text().simplified();
    const QVariantList data = m_what->currentData().toList();
    const qint64 id = data.value(1).toLongLong();
    switch (data.value(0).toInt()) {
    case 1:
        w.vehicleId = id;
        break;
    case 2:
        w.equipmentId = id;
        break;
    case 3:
        w.volunteerId = id;
        break;
    default:
        break;
    }
    return w;
}

void WithdrawFromDeploymentDialog::accept()
{
    FleetDialog::accept();
    if (isVisible())
        adjustSize();
}

QPushButton *WithdrawFromDeploymentDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace fleet
