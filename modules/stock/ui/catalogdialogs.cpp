#include "stock/ui/catalogdialogs.h"

#include "core/ui/discardguard.h"
#include "core/domain/units.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "stock/domain/catalogcommands.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stockqueries.h"
#include "stock/ui/filtercombos.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stock {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void showError(QLabel *label, const core::Error &error)
{
    label->setText(core::ErrorText::describe(error));
    label->show();
}

} // namespace

void fillComuni(QComboBox *combo, const QSqlDatabase &db, int selected)
{
    combo->clear();
    combo->addItem(QString(), 0);
    if (auto comuni = StockQueries::metropolitanComuni(db))
        for (const ComuneChoice &c : *comuni)
            combo->addItem(c.name, c.id);
    const int index = combo->findData(selected);
    if (index < 0 && selected) { // outside the metropolitan city
        auto name = StockQueries::comuneName(db, selected);
        combo->addItem(name && !name->isEmpty() ? *name : QString::number(selected), selected);
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(std::max(0, index));
    }
}

ItemDialog::ItemDialog(const QSqlDatabase &db, core::CommandStack &commands, const Item &item, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_item(item)
{
    setWindowTitle(item.id ? tr("Item %1").arg(item.name) : tr("New item"));
    const QLocale locale;
    m_code = new QLineEdit(item.code, this);
    m_code->setPlaceholderText(tr("e.g. PAS-PASTA"));
    m_name = new QLineEdit(item.name, this);
    m_category = new QComboBox(this);
    FilterCombos::fillCategories(m_category, db, QString());
    FilterCombos::select(m_category, item.categoryId ? QVariant(item.categoryId) : QVariant());
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("by weight (kg)"), unitCode(Unit::Grams));
    m_unit->addItem(tr("by the piece"), unitCode(Unit::Pieces));
    m_unit->setCurrentIndex(item.unit == Unit::Pieces ? 1 : 0);
    m_gramsPerPiece = new QLineEdit(item.gramsPerPiece
            ? core::kgFull(item.gramsPerPiece, locale)
            : QString(),
        this);
    m_gramsPerPiece->setPlaceholderText(tr("kg, e.g. 1,5"));
    m_perPackage = new QSpinBox(this);
    m_perPackage->setRange(0, 100000);
    m_perPackage->setSpecialValueText(tr("not packaged"));
    m_perPackage->setValue(int(item.piecesPerPackage));
    m_minLevel = new QLineEdit(this);
    m_minLevel->setText(item.minLevel == 0 ? QString()
            : item.unit == Unit::Grams
            ? core::kgFull(item.minLevel, locale)
            : locale.toString(item.minLevel));
    m_minLevel->setPlaceholderText(tr("none"));
    m_expires = new QCheckBox(tr("Lots have an expiry date"), this);
    m_expires->setChecked(item.tracksExpiry);
    m_active = new QCheckBox(tr("In use"), this);
    m_active->setChecked(item.active);
    m_notes = new QLineEdit(item.notes, this);
    m_error = core::makeErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("Counted &by:"), m_unit);
    form->addRow(tr("&Weight of one piece:"), m_gramsPerPiece);
    form->addRow(tr("&Pieces per package:"), m_perPackage);
    form->addRow(tr("&Minimum level:"), m_minLevel);
    form->addRow(QString(), m_expires);
    form->addRow(QString(), m_active);
    form->addRow(tr("N&otes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ItemDialog::unitChanged);
    unitChanged();
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void ItemDialog::unitChanged()
{
    const bool pieces = m_unit->currentData().toString() == unitCode(Unit::Pieces);
    m_gramsPerPiece->setEnabled(pieces);
    m_perPackage->setEnabled(pieces);
    m_minLevel->setToolTip(pieces ? tr("In pieces") : tr("In kg"));
}

void ItemDialog::accept()
{
    const QLocale locale;
    Item item = m_item;
    item.code = m_code->text();
    item.name = m_name->text();
    item.categoryId = m_category->currentData().toLongLong();
    item.unit = unitFromCode(m_unit->currentData().toString());
    item.gramsPerPiece = 0;
    item.piecesPerPackage = 0;
    if (item.unit == Unit::Pieces) {
        if (!m_gramsPerPiece->text().trimmed().isEmpty()) {
            item.gramsPerPiece = core::parseKgToGrams(m_gramsPerPiece->text(), locale);
            if (item.gramsPerPiece <= 0) {
                showError(m_error, core::Error(QStringLiteral("stock.import_bad_number"), { m_gramsPerPiece->text() }));
                return;
            }
        }
        item.piecesPerPackage = m_perPackage->value();
    }
    const QString min = m_minLevel->text().trimmed();
    if (!min.isEmpty()) {
        bool ok = true;
        item.minLevel = item.unit == Unit::Grams ? core::parseKgToGrams(min, locale) : locale.toLongLong(min, &ok);
        if (!ok || item.minLevel < 0) {
            showError(m_error, core::Error(QStringLiteral("stock.import_bad_number"), { min }));
            return;
        }
    } else {
        item.minLevel = 0;
    }
    item.tracksExpiry = m_expires->isChecked();
    item.active = m_active->isChecked();
    item.notes = m_notes->text().trimmed();
    auto command = std::make_shared<SaveItem>(item);
    if (auto s = m_commands.run(command); !s) {
        showError(m_error, s.error());
        return;
    }
    m_id = command->id();
    QDialog::accept();
}

DonorDialog::DonorDialog(const QSqlDatabase &db, core::CommandStack &commands, const Donor &donor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_donor(donor)
{
    setWindowTitle(donor.id ? tr("Donor %1").arg(donor.name) : tr("New donor"));
    m_name = new QLineEdit(donor.name, this);
    m_kind = new QComboBox(this);
    for (DonorKind k : allDonorKinds())
        m_kind->addItem(StockLabels::donorKind(k), donorKindCode(k));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(donorKindCode(donor.kind))));
    m_taxCode = new QLineEdit(donor.taxCode, this);
    m_taxCode->setPlaceholderText(tr("codice fiscale or partita IVA, for the donation receipt"));
    m_address = new QLineEdit(donor.address, this);
    m_comune = new QComboBox(this);
    fillComuni(m_comune, db, donor.comuneId);
    m_contact = new QLineEdit(donor.contact, this);
    m_phone = new QLineEdit(donor.phone, this);
    m_email = new QLineEdit(donor.email, this);
    m_notes = new QLineEdit(donor.notes, this);
    m_active = new QCheckBox(tr("Still donating"), this);
    m_active->setChecked(donor.active);
    m_error = core::makeErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Tax code:"), m_taxCode);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("C&omune:"), m_comune);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), m_active);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(520, sizeHint().height());
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void DonorDialog::accept()
{
    Donor d = m_donor;
    d.name = m_name->text();
    d.kind = donorKindFromCode(m_kind->currentData().toString());
    d.taxCode = m_taxCode->text();
    d.address = m_address->text();
    d.comuneId = m_comune->currentData().toInt();
    d.contact = m_contact->text();
    d.phone = m_phone->text();
    d.email = m_email->text();
    d.notes = m_notes->text();
    d.active = m_active->isChecked();
    auto command = std::make_shared<SaveDonor>(d);
    if (auto s = m_commands.run(command); !s) {
        showError(m_error, s.error());
        return;
    }
    m_id = command->id();
    QDialog::accept();
}

LocationDialog::LocationDialog(const QSqlDatabase &db, core::CommandStack &commands, const Location &location, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_location(location)
{
    setWindowTitle(location.id ? tr("Location %1").arg(location.name) : tr("New location"));
    m_code = new QLineEdit(location.code, this);
    m_name = new QLineEdit(location.name, this);
    m_kind = new QComboBox(this);
    for (LocationKind k : { LocationKind::Warehouse, LocationKind::Pole, LocationKind::Coc, LocationKind::Other })
        m_kind->addItem(StockLabels::locationKind(k), locationKindCode(k));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(locationKindCode(location.kind))));
    m_comune = new QComboBox(this);
    fillComuni(m_comune, db, location.comuneId);
    m_address = new QLineEdit(location.address, this);
    m_default = new QCheckBox(tr("Default location (receipts and issues go here unless said otherwise)"), this);
    m_default->setChecked(location.isDefault);
    m_active = new QCheckBox(tr("In use"), this);
    m_active->setChecked(location.active);
    m_error = core::makeErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&omune:"), m_comune);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_default);
    form->addRow(QString(), m_active);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void LocationDialog::accept()
{
    Location l = m_location;
    l.code = m_code->text();
    l.name = m_name->text();
    l.kind = locationKindFromCode(m_kind->currentData().toString());
    l.comuneId = m_comune->currentData().toInt();
    l.address = m_address->text();
    l.isDefault = m_default->isChecked();
    l.active = m_active->isChecked();
    if (auto s = m_commands.run(std::make_shared<SaveLocation>(l)); !s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

CategoryDialog::CategoryDialog(core::CommandStack &commands, const Category &category, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_category(category)
{
    setWindowTitle(category.id ? tr("Category %1").arg(category.name) : tr("New goods category"));
    m_code = new QLineEdit(category.code, this);
    m_name = new QLineEdit(category.name, this);
    m_kind = new QComboBox(this);
    for (const QString &kind : StockLabels::categoryKinds())
        m_kind->addItem(StockLabels::categoryKind(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(category.kind)));
    m_active = new QCheckBox(tr("In use"), this);
    m_active->setChecked(category.active);
    m_error = core::makeErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_active);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void CategoryDialog::accept()
{
    Category c = m_category;
    c.code = m_code->text();
    c.name = m_name->text();
    c.kind = m_kind->currentData().toString();
    c.active = m_active->isChecked();
    if (auto s = m_commands.run(std::make_shared<SaveCategory>(c)); !s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

KitRecipeDialog::KitRecipeDialog(const QSqlDatabase &db, core::CommandStack &commands, qint64 kitItemId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
    , m_kitItemId(kitItemId)
{
    StockCatalog catalog(db);
    auto kit = catalog.item(kitItemId);
    setWindowTitle(tr("Recipe of %1").arg(kit ? kit->name : QString()));
    resize(560, 360);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({ tr("Component"), tr("Quantity per kit") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_error = core::makeErrorLabel(this);
    auto *add = new QPushButton(tr("&Add component"), this);
    auto *remove = new QPushButton(tr("&Remove component"), this);
    connect(add, &QPushButton::clicked, this, [this] { addRow(0, 1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    if (auto recipe = catalog.kitRecipe(kitItemId))
        for (const KitComponent &c : *recipe)
            addRow(c.componentItemId, c.quantity);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("What one kit contains (pieces for items by the piece, grams for items by weight):"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void KitRecipeDialog::addRow(qint64 itemId, qint64 quantity)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *combo = new QComboBox(m_table);
    FilterCombos::fillItems(combo, m_db, QString());
    FilterCombos::select(combo, itemId ? QVariant(itemId) : QVariant());
    auto *spin = new QSpinBox(m_table);
    spin->setRange(1, 1000000);
    spin->setValue(int(quantity));
    m_table->setCellWidget(row, 0, combo);
    m_table->setCellWidget(row, 1, spin);
}

void KitRecipeDialog::accept()
{
    QList<KitComponent> components;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0));
        const auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 1));
        components.append({ combo->currentData().toLongLong(), spin->value() });
    }
    if (auto s = m_commands.run(std::make_shared<SaveKitRecipe>(m_kitItemId, components)); !s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace stock
