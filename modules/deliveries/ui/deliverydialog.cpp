#include "deliveries/ui/deliverydialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/timefield.h"
#include "deliveries/domain/deliverycommands.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliveryrepository.h"
#include "deliveries/ui/choices.h"
#include "deliveries/ui/goodslineseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace deliveries {

DeliveryDialog::DeliveryDialog(core::AppContext &context, core::CommandStack &commands, qint64 deliveryId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_id(deliveryId)
{
    setWindowTitle(deliveryId ? tr("Edit the planned delivery") : tr("New delivery"));
    resize(900, 640);
    m_recipient = new QComboBox(this);
    Choices::fillRecipients(m_recipient, context.db);
    m_recipient->setAccessibleName(tr("Recipient"));
    m_date = core::makeDateEdit(context.clock->today(), this);
    m_hasTime = new QCheckBox(tr("at"), this);
    m_time = new core::TimeField(QTime(9, 0), this);
    m_time->setEnabled(false);
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    m_location = new QComboBox(this);
    Choices::fillLocations(m_location, context.db);
    m_vehicle = new QComboBox(this);
    Choices::fillUsedValues(m_vehicle, context.db, QStringLiteral("vehicle"));
    m_vehicle->setCurrentText(QString());
    m_driver = new QComboBox(this);
    Choices::fillUsedValues(m_driver, context.db, QStringLiteral("driver"));
    m_driver->setCurrentText(QString());
    m_organisation = new QComboBox(this);
    Choices::fillUsedValues(m_organisation, context.db, QStringLiteral("organisation"));
    m_organisation->setCurrentText(QString());
    m_reason = new QComboBox(this);
    m_reason->addItem(
        DeliveryLabels::transportReason(TransportReason::FreeTransfer), int(TransportReason::FreeTransfer));
    m_reason->addItem(DeliveryLabels::transportReason(TransportReason::Donation), int(TransportReason::Donation));
    m_packages = new QSpinBox(this);
    m_packages->setRange(0, 99999);
    m_packages->setSpecialValueText(tr("sum of the lines"));
    m_notes = new QLineEdit(this);
    m_lines = new GoodsLinesEditor(context, GoodsLinesEditor::Mode::Delivery, this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_hasTime);
    when->addWidget(m_time);
    when->addStretch();
    auto *grid = new QGridLayout;
    int row = 0;
    auto add = [&](const QString &label, QWidget *left, const QString &label2 = {}, QWidget *right = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(left);
        grid->addWidget(l, row, 0);
        grid->addWidget(left, row, 1);
        if (right) {
            auto *l2 = new QLabel(label2, this);
            l2->setBuddy(right);
            grid->addWidget(l2, row, 2);
            grid->addWidget(right, row, 3);
        }
        ++row;
    };
    add(tr("&Recipient:"), m_recipient, tr("Leaves &from:"), m_location);
    auto *whenBox = new QWidget(this);
    whenBox->setLayout(when);
    when->setContentsMargins(0, 0, 0, 0);
    add(tr("&Day of transport:"), whenBox, tr("Reason for &transport:"), m_reason);
    add(tr("&Vehicle:"), m_vehicle, tr("&Driver:"), m_driver);
    add(tr("&Organisation:"), m_organisation, tr("&Packages:"), m_packages);
    add(tr("&Notes:"), m_notes);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    auto stockDay = [this] {
        m_lines->setStockDay(
            std::min(m_date->date(), m_context.clock->today()), m_location->currentData().toLongLong());
    };
    connect(m_date, &core::DateField::dateChanged, this, stockDay);
    connect(m_location, &QComboBox::currentIndexChanged, this, stockDay);
    stockDay();
    if (deliveryId)
        load(deliveryId);
    else
        m_lines->addLine();
    // A refused line's message goes once the line is fixed.
    connect(m_lines, &GoodsLinesEditor::changed, this, [this] {
        if (!m_linesRefused)
            return;
        const auto s = m_lines->check();
        m_problem->setText(s ? QString() : core::ErrorText::describe(s.error()));
        m_linesRefused = !s;
    });
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void DeliveryDialog::load(qint64 deliveryId)
{
    auto d = DeliveryRepository(m_context.db).delivery(deliveryId, false);
    if (!d) {
        m_problem->setText(core::ErrorText::describe(d.error()));
        return;
    }
    setWindowTitle(tr("Edit the planned delivery %1").arg(d->number));
    m_requestId = d->requestId;
    m_allocationId = d->allocationId;
    m_origin = int(d->origin);
    Choices::fillRecipients(m_recipient, m_context.db, true);
    core::selectByData(m_recipient, d->recipientId);
    m_date->setDate(d->date);
    m_hasTime->setChecked(d->time.isValid());
    if (d->time.isValid())
        m_time->setTime(d->time);
    core::selectByData(m_location, d->locationId);
    m_vehicle->setCurrentText(d->vehicle);
    m_driver->setCurrentText(d->driver);
    m_organisation->setCurrentText(d->organisation);
    m_reason->setCurrentIndex(m_reason->findData(int(d->reason)));
    m_packages->setValue(d->packages);
    m_notes->setText(d->notes);
    m_lines->setLines(d->lines);
}

bool DeliveryDialog::save()
{
    if (auto s = m_lines->check(); !s) {
        m_problem->setText(core::ErrorText::describe(s.error()));
        m_linesRefused = true;
        return false;
    }
    DeliveryDraft draft;
    draft.id = m_id;
    draft.recipientId = Choices::typed(m_recipient).toLongLong();
    if (!draft.recipientId)
        draft.recipientId = m_recipient->currentData().toLongLong();
    draft.date = m_date->date();
    if (m_hasTime->isChecked())
        draft.time = m_time->time();
    draft.locationId = m_location->currentData().toLongLong();
    draft.vehicle = m_vehicle->currentText();
    draft.driver = m_driver->currentText();
    draft.organisation = m_organisation->currentText();
    draft.reason = TransportReason(m_reason->currentData().toInt());
    draft.packages = m_packages->value();
    draft.notes = m_notes->text();
    draft.requestId = m_requestId;
    draft.allocationId = m_allocationId;
    draft.origin = m_id ? DeliveryOrigin(m_origin) : DeliveryOrigin::Manual;
    draft.lines = m_lines->lines();
    auto command = std::make_shared<SaveDelivery>(draft);
    if (auto s = m_commands.run(command); !s) {
        m_problem->setText(core::ErrorText::describe(s.error()));
        return false;
    }
    m_saved = command->deliveryId();
    return true;
}

} // namespace deliveries
