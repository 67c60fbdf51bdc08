#include "deliveries/ui/actiondialogs.h"

#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/datetimefield.h"
#include "core/ui/formwidgets.h"
#include "core/ui/timefield.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/ui/choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace deliveries {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

SignDialog::SignDialog(const QString &number, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delivered: %1").arg(number));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Name and surname, as written on the delivery note"));
    m_at = new core::DateTimeField(now, this);
    auto *help = new QLabel(tr("The goods are issued from stock now if the delivery was not loaded yet. "
                               "Once delivered, the delivery can no longer be edited: only reversed by a return."),
        this);
    help->setWordWrap(true);
    auto *buttons = okCancel(this, tr("Record the delivery"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    // A name and a valid moment (re-checked after the moment's own reading
    // of a keystroke, so that the name does not enable OK over a wrong time).
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty() && m_at->isValid());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_at->dateField(), &QLineEdit::textChanged, this, update);
    connect(m_at->timeField(), &QLineEdit::textChanged, this, update);
    auto *form = new QFormLayout;
    form->addRow(tr("&Signed by:"), m_name);
    form->addRow(tr("&Delivered at:"), m_at);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(480, 200);
}

QString SignDialog::signedBy() const
{
    return m_name->text().trimmed();
}

QDateTime SignDialog::signedAt() const
{
    return m_at->dateTime();
}

ReturnDialog::ReturnDialog(const QString &number, const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Return: %1").arg(number));
    m_date = core::makeDateEdit(today, this);
    m_reason = new QComboBox(this);
    m_reason->setEditable(true);
    m_reason->addItems({ QString(), tr("Recipient absent: goods brought back"), tr("Goods refused by the recipient"),
        tr("Goods damaged during transport"), tr("Delivery entered by mistake") });
    auto *help = new QLabel(
        tr("The goods go back into the lots they came from, as return movements in the warehouse ledger."), this);
    help->setWordWrap(true);
    auto *buttons = okCancel(this, tr("Record the return"));
    auto *form = new QFormLayout;
    form->addRow(tr("Back &on:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(520, 200);
}

QDate ReturnDialog::date() const
{
    return m_date->date();
}

QString ReturnDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

DeliveryDefaultsDialog::DeliveryDefaultsDialog(core::AppContext &context, int count, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Plan the deliveries"));
    m_date = core::makeDateEdit(context.clock->today().addDays(1), this);
    m_hasTime = new QCheckBox(tr("from"), this);
    m_time = new core::TimeField(QTime(8, 30), this);
    m_time->setEnabled(false);
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
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
    auto *help = new QLabel(tr("%Ln planned delivery(ies) will be created, one per request that received something. "
                               "Each can then be given its own vehicle and time in the Deliveries page.",
                                nullptr, count),
        this);
    help->setWordWrap(true);
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_hasTime);
    when->addWidget(m_time);
    when->addStretch();
    auto *form = new QFormLayout;
    // A row that is a layout gets no buddy from addRow: without one the
    // "&" would show as it is.
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_date);
    form->addRow(dayLabel, when);
    form->addRow(tr("&Vehicle:"), m_vehicle);
    form->addRow(tr("&Driver:"), m_driver);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Reason for transport:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("Plan the deliveries")));
    resize(520, 300);
}

DeliveryDefaults DeliveryDefaultsDialog::defaults() const
{
    DeliveryDefaults d;
    d.date = m_date->date();
    if (m_hasTime->isChecked())
        d.time = m_time->time();
    d.vehicle = m_vehicle->currentText();
    d.driver = m_driver->currentText();
    d.organisation = m_organisation->currentText();
    d.reason = TransportReason(m_reason->currentData().toInt());
    return d;
}

OverrideDialog::OverrideDialog(const AllocationPoolPlan &pool, const AllocationLinePlan &line, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Change a share"));
    const QLocale locale;
    m_units = new QSpinBox(this);
    m_units->setRange(0, int(std::min<qint64>(line.requested, 99999999)));
    m_units->setValue(int(line.allocated));
    m_units->setSuffix(pool.byPiece ? tr(" pcs") : tr(" kg"));
    m_reason = new QLineEdit(this);
    m_reason->setText(line.overrideReason);
    m_reason->setPlaceholderText(tr("Why (kept with the allocation)"));
    auto *facts = new QLabel(tr("%1 · %2 · request %3\nAsked %4, the method gives %5. Still to share in %6: %7.")
                                 .arg(line.comuneName, line.recipientName, line.requestNumber,
                                     DeliveryLabels::units(line.requested, pool.byPiece, locale),
                                     DeliveryLabels::units(line.share.allocated, pool.byPiece, locale), pool.label,
                                     DeliveryLabels::units(pool.unallocated(), pool.byPiece, locale)),
        this);
    facts->setWordWrap(true);
    auto *buttons = okCancel(this, tr("Change"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Give:"), m_units);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(facts);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 220);
}

qint64 OverrideDialog::units() const
{
    return m_units->value();
}

QString OverrideDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace deliveries
