#include "fleet/ui/deploymentamenddialogs.h"

#include "core/ui/columnwidths.h"

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
    const QLocale locale;
    auto *layout = new QVBoxLayout;
    const QString when = state.from == state.to ? tr("on %1").arg(amendDay(state.from))
                                                : tr("from %1 to %2").arg(amendDay(state.from), amendDay(state.to));
    layout->addWidget(wrappedLabel(tr("Deployment for «%1» %2, requested by %3.").arg(state.eventName, when, state.requestedBy), this));

    qint64 km = 0;
    int vehicles = 0;
    for (const DeployedVehicle &v : state.vehicles) {
        ++vehicles;
        km += v.beforeReadings ? 0 : v.km;
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
    const QString when = state.from == state.to ? tr("on %1").arg(amendDay(state.from))
                                                : tr("from %1 to %2").arg(amendDay(state.from), amendDay(state.to));
    layout->addWidget(wrappedLabel(tr("Deployment for «%1» %2, requested by %3. Write the km each vehicle really "
                                      "drove: the odometers follow, and what was recorded stays in the register.")
                                       .arg(state.eventName, when, state.requestedBy),
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
        if (v.beforeReadings) {
            spin->setEnabled(false);
            spin->setToolTip(tr("Recorded before corrections were possible: its km are already in the odometer. "
                                "Correct the odometer on the vehicle."));
        }
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

} // namespace fleet
