#include "stock/ui/movementdialogs.h"

#include "core/domain/units.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "stock/domain/kitservice.h"
#include "stock/domain/movementcommands.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stockqueries.h"
#include "stock/ui/filtercombos.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stock {

namespace {

core::DateField *dateEdit(const core::AppContext &context, QWidget *parent)
{
    auto *e = core::makeDateEdit(context.clock->today(), parent);
    e->setMaximumDate(context.clock->today());
    return e;
}

void finish(QDialog *dialog, QVBoxLayout *layout, QFormLayout *form, QLabel *error)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
}

// "Pasta di semola, lot L21001A, expiry 31/12/2021 · Magazzino Idroscalo: 120 kg"
QString describeLot(const core::AppContext &context, qint64 lotId, qint64 locationId, bool *byWeight)
{
    auto lot = StockQueries::lotAt(context.db, lotId, locationId);
    if (!lot)
        return {};
    *byWeight = lot->unit == Unit::Grams;
    return WriteOffDialog::tr("<b>%1</b>, lot %2, %3<br/>%4: %5 in stock")
        .arg(lot->itemName, lot->lotCode.isEmpty() ? WriteOffDialog::tr("without code") : lot->lotCode,
            lot->expiry.isValid() ? WriteOffDialog::tr("expiry %1").arg(lot->expiry.toString(QStringLiteral("dd/MM/yyyy")))
                                  : WriteOffDialog::tr("no expiry"),
            lot->locationName, StockLabels::quantity(lot->quantity, lot->unit));
}

// Quantity typed by a person: kg for goods by weight, pieces otherwise;
// empty gives 0; -1 on bad input.
qint64 parseQuantity(const QString &text, bool byWeight)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    if (byWeight)
        return core::parseKgToGrams(t, QLocale());
    bool ok = false;
    const qint64 v = QLocale().toLongLong(t, &ok);
    return ok && v >= 0 ? v : -1;
}

} // namespace

WriteOffDialog::WriteOffDialog(core::AppContext &context, core::CommandStack &commands, qint64 lotId, qint64 locationId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_lotId(lotId)
    , m_locationId(locationId)
{
    setWindowTitle(tr("Write off"));
    auto *lot = new QLabel(describeLot(context, lotId, locationId, &m_byWeight), this);
    m_quantity = new QLineEdit(this);
    m_quantity->setPlaceholderText(m_byWeight ? tr("kg; empty: all of it") : tr("pieces; empty: all of it"));
    m_date = dateEdit(context, this);
    m_reason = new QComboBox(this);
    m_reason->setEditable(true);
    m_reason->addItems(
        { tr("Expired"), tr("Damaged packaging"), tr("Spoiled (cold chain broken)"), tr("Recalled by the producer") });
    m_error = core::makeErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(lot);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    finish(this, new QVBoxLayout(this), form, m_error);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void WriteOffDialog::accept()
{
    const qint64 quantity = parseQuantity(m_quantity->text(), m_byWeight);
    if (quantity < 0) {
        m_error->setText(
            core::ErrorText::describe(core::Error(QStringLiteral("stock.import_bad_number"), { m_quantity->text() })));
        return;
    }
    WriteOffRequest request;
    request.lotId = m_lotId;
    request.locationId = m_locationId;
    request.quantity = quantity;
    request.date = m_date->date();
    request.reason = m_reason->currentText();
    if (auto s = m_commands.run(std::make_shared<WriteOff>(request)); !s) {
        m_error->setText(core::ErrorText::describe(s.error()));
        return;
    }
    QDialog::accept();
}

TransferDialog::TransferDialog(core::AppContext &context, core::CommandStack &commands, qint64 lotId, qint64 locationId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_lotId(lotId)
    , m_locationId(locationId)
{
    setWindowTitle(tr("Move to another location"));
    auto *lot = new QLabel(describeLot(context, lotId, locationId, &m_byWeight), this);
    m_to = new QComboBox(this);
    FilterCombos::fillLocations(m_to, context.db, QString());
    m_to->removeItem(m_to->findData(locationId));
    m_quantity = new QLineEdit(this);
    m_quantity->setPlaceholderText(m_byWeight ? tr("kg") : tr("pieces"));
    m_date = dateEdit(context, this);
    m_reason = new QLineEdit(this);
    m_error = core::makeErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(lot);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    finish(this, new QVBoxLayout(this), form, m_error);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void TransferDialog::accept()
{
    const qint64 quantity = parseQuantity(m_quantity->text(), m_byWeight);
    if (quantity <= 0) {
        m_error->setText(
            core::ErrorText::describe(core::Error(QStringLiteral("stock.bad_quantity"), { m_quantity->text() })));
        return;
    }
    TransferRequest request;
    request.lotId = m_lotId;
    request.fromLocationId = m_locationId;
    request.toLocationId = m_to->currentData().toLongLong();
    request.quantity = quantity;
    request.date = m_date->date();
    request.reason = m_reason->text().trimmed();
    if (auto s = m_commands.run(std::make_shared<Transfer>(request)); !s) {
        m_error->setText(core::ErrorText::describe(s.error()));
        return;
    }
    QDialog::accept();
}

AssemblyDialog::AssemblyDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("Assemble kits"));
    m_kit = new QComboBox(this);
    if (auto items = StockCatalog(context.db).items(true))
        for (const Item &i : *items)
            if (auto recipe = StockCatalog(context.db).kitRecipe(i.id); recipe && !recipe->isEmpty())
                m_kit->addItem(i.name, i.id);
    m_location = new QComboBox(this);
    FilterCombos::fillLocations(m_location, context.db, QString());
    m_kits = new QSpinBox(this);
    m_kits->setRange(1, 1000000);
    m_kits->setValue(1);
    m_date = dateEdit(context, this);
    m_lot = new QLineEdit(this);
    m_lot->setPlaceholderText(tr("empty: KIT-<date>"));
    m_reason = new QLineEdit(this);
    m_possible = new QLabel(this);
    m_error = core::makeErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kit:"), m_kit);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Number of kits:"), m_kits);
    form->addRow(QString(), m_possible);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Lot of the kits:"), m_lot);
    form->addRow(tr("&Reason:"), m_reason);
    finish(this, new QVBoxLayout(this), form, m_error);
    connect(m_kit, &QComboBox::currentIndexChanged, this, &AssemblyDialog::updatePossible);
    connect(m_location, &QComboBox::currentIndexChanged, this, &AssemblyDialog::updatePossible);
    connect(m_date, &core::DateField::dateChanged, this, &AssemblyDialog::updatePossible);
    updatePossible();
    if (m_kit->count() == 0)
        m_error->setText(tr("No kit has a recipe yet: set one in Master data, Items, Kit recipe."));
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void AssemblyDialog::updatePossible()
{
    auto n
        = KitService(m_context.db, *m_context.clock)
              .assemblable(m_kit->currentData().toLongLong(), m_location->currentData().toLongLong(), m_date->date());
    m_possible->setText(n ? tr("The components in stock are enough for %Ln kit(s).", nullptr, int(*n)) : QString());
}

void AssemblyDialog::accept()
{
    AssemblyRequest request;
    request.kitItemId = m_kit->currentData().toLongLong();
    request.kits = m_kits->value();
    request.date = m_date->date();
    request.locationId = m_location->currentData().toLongLong();
    request.lotCode = m_lot->text();
    request.reason = m_reason->text().trimmed();
    auto command = std::make_shared<AssembleKits>(request);
    if (auto s = m_commands.run(command); !s) {
        m_error->setText(core::ErrorText::describe(s.error()));
        return;
    }
    QMessageBox::information(this, tr("Assemble kits"),
        tr("%1 from %2.")
            .arg(tr("%Ln kit(s) assembled", nullptr, m_kits->value()),
                tr("%Ln component lot(s)", nullptr, int(command->assembly().consumed.size()))));
    QDialog::accept();
}

} // namespace stock
