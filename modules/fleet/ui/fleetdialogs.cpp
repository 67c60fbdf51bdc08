#include "fleet/ui/fleetdialogs.h"

#include "core/ui/comunepicker.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/fleetrules.h"
#include "volunteers/domain/organisationrepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleet {

namespace {

void fillStates(QComboBox *combo)
{
    for (AssetState s : { AssetState::Operational, AssetState::Maintenance, AssetState::OutOfService })
        combo->addItem(FleetText::assetState(assetStateCode(s)), assetStateCode(s));
}

core::DateField *optionalDate(const QDate &date, QWidget *parent)
{
    auto *field = core::makeDateEdit(date, parent);
    field->setEmptyAllowed(true);
    return field;
}

} // namespace

void fillSites(QComboBox *combo, const QSqlDatabase &db, const QString &none)
{
    combo->clear();
    combo->addItem(none, qint64(0));
    if (auto all = FleetRepository(db).sites())
        for (const Site &s : *all)
            combo->addItem(s.name, s.id);
}

void fillOrganisations(QComboBox *combo, const QSqlDatabase &db)
{
    combo->clear();
    if (auto all = volunteers::OrganisationRepository(db).all(true))
        for (const volunteers::Organisation &o : *all)
            combo->addItem(o.name, o.id);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

FleetDialog::FleetDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_error = core::makeErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FleetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FleetDialog::reject);
}

void FleetDialog::finish(QLayout *form)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

QString FleetDialog::errorText() const
{
    return m_error->text();
}

void FleetDialog::accept()
{
    if (auto *field = core::DateField::firstInvalid(this)) {
        m_error->setText(field->problem());
        return;
    }
    if (m_save) {
        const core::Status s = m_save();
        if (!s) {
            m_error->setText(core::ErrorText::describe(s.error()));
            return;
        }
    }
    QDialog::accept();
}

VehicleDialog::VehicleDialog(core::AppContext &context, const Vehicle &vehicle, QWidget *parent)
    : FleetDialog(vehicle.id ? tr("Vehicle %1").arg(Plate::display(vehicle.plate)) : tr("New vehicle"), parent)
    , m_vehicle(vehicle)
{
    m_plate = new QLineEdit(Plate::display(vehicle.plate), this);
    m_plate->setPlaceholderText(tr("AB 123 CD"));
    m_type = new QComboBox(this);
    for (const QString &code : vehicleTypeCodes())
        m_type->addItem(FleetText::vehicleType(code), code);
    core::selectByData(m_type, vehicleTypeCode(vehicle.type));
    m_model = new QLineEdit(vehicle.model, this);
    m_owner = new QComboBox(this);
    for (Vehicle::Owner o : { Vehicle::Owner::MetropolitanCity, Vehicle::Owner::CcvMi, Vehicle::Owner::Organisation })
        m_owner->addItem(FleetText::owner(ownerCode(o)), ownerCode(o));
    core::selectByData(m_owner, ownerCode(vehicle.owner));
    m_organisation = new QComboBox(this);
    fillOrganisations(m_organisation, context.db);
    core::selectByData(m_organisation, vehicle.organisationId);
    m_organisation->setEnabled(vehicle.owner == Vehicle::Owner::Organisation);
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_organisation->setEnabled(m_owner->currentData().toString() == QLatin1String("organisation"));
    });
    m_site = new QComboBox(this);
    fillSites(m_site, context.db, tr("(none)"));
    core::selectByData(m_site, vehicle.siteId);
    m_state = new QComboBox(this);
    fillStates(m_state);
    core::selectByData(m_state, assetStateCode(vehicle.state));
    m_registration = optionalDate(vehicle.registrationDate, this);
    m_revision = optionalDate(vehicle.revisionDue, this);
    m_insurance = optionalDate(vehicle.insuranceExpiry, this);
    m_km = new QSpinBox(this);
    m_km->setRange(0, int(maxOdometerKm));
    m_km->setGroupSeparatorShown(true);
    m_km->setSuffix(QStringLiteral(" km"));
    m_km->setValue(int(vehicle.odometerKm));
    m_notes = new QPlainTextEdit(vehicle.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    auto *form = new QFormLayout;
    form->addRow(tr("&Plate:"), m_plate);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Make and model:"), m_model);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("Or&ganisation:"), m_organisation);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("S&tate:"), m_state);
    form->addRow(tr("&Registered on:"), m_registration);
    form->addRow(tr("Re&vision due:"), m_revision);
    form->addRow(tr("&Insurance expires:"), m_insurance);
    form->addRow(tr("&Odometer:"), m_km);
    form->addRow(tr("&Notes:"), m_notes);
    finish(form);
}

Vehicle VehicleDialog::vehicle() const
{
    Vehicle v = m_vehicle;
    v.plate = m_plate->text();
    vehicleTypeFromCode(m_type->currentData().toString(), &v.type);
    v.model = m_model->text();
    ownerFromCode(m_owner->currentData().toString(), &v.owner);
    v.organisationId = v.owner == Vehicle::Owner::Organisation ? m_organisation->currentData().toLongLong() : 0;
    v.siteId = m_site->currentData().toLongLong();
    assetStateFromCode(m_state->currentData().toString(), &v.state);
    v.registrationDate = m_registration->date();
    v.revisionDue = m_revision->date();
    v.insuranceExpiry = m_insurance->date();
    v.odometerKm = m_km->value();
    v.notes = m_notes->toPlainText();
    return v;
}

MaintenanceDialog::MaintenanceDialog(
    core::AppContext &context, qint64 vehicleId, const QString &plate, qint64 odometer, QWidget *parent)
    : FleetDialog(tr("Maintenance of %1").arg(Plate::display(plate)), parent)
    , m_vehicleId(vehicleId)
{
    m_day = core::makeDateEdit(context.clock->today(), this);
    m_km = new QSpinBox(this);
    m_km->setRange(0, int(maxOdometerKm));
    m_km->setGroupSeparatorShown(true);
    m_km->setSuffix(QStringLiteral(" km"));
    m_km->setValue(int(odometer));
    m_work = new QLineEdit(this);
    m_work->setPlaceholderText(tr("e.g. service and oil change"));
    m_cost = new QLineEdit(this);
    m_cost->setPlaceholderText(tr("euro, e.g. 245,50"));
    m_doneBy = new QLineEdit(this);
    m_doneBy->setPlaceholderText(tr("workshop or volunteer"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_day);
    form->addRow(tr("&Km:"), m_km);
    form->addRow(tr("&Work done:"), m_work);
    form->addRow(tr("&Cost:"), m_cost);
    form->addRow(tr("Done &by:"), m_doneBy);
    finish(form);
}

MaintenanceEntry MaintenanceDialog::entry() const
{
    MaintenanceEntry e;
    e.vehicleId = m_vehicleId;
    e.day = m_day->date();
    e.km = m_km->value();
    e.work = m_work->text();
    // Euro with comma or dot decimals, read into cents without floating point.
    QString text = m_cost->text().trimmed();
    text.remove(QLatin1Char(' ')).remove(QChar(0x20AC));
    const int sep = std::max(text.lastIndexOf(QLatin1Char(',')), text.lastIndexOf(QLatin1Char('.')));
    QString whole = sep >= 0 ? text.left(sep) : text;
    QString cents = sep >= 0 ? text.mid(sep + 1) : QString();
    if (cents.size() == 3) { // "1.234": a thousands separator
        whole += cents;
        cents.clear();
    }
    whole.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    bool okWhole = true, okCents = true;
    const qint64 euros = whole.isEmpty() ? 0 : whole.toLongLong(&okWhole);
    const qint64 c = cents.isEmpty() ? 0 : cents.leftJustified(2, QLatin1Char('0')).left(2).toLongLong(&okCents);
    e.costCents = okWhole && okCents && euros >= 0 && euros < maxCostCents / 100 ? euros * 100 + c : -1;
    e.doneBy = m_doneBy->text();
    return e;
}

EquipmentDialog::EquipmentDialog(core::AppContext &context, const Equipment &equipment, QWidget *parent)
    : FleetDialog(equipment.id ? tr("Equipment %1").arg(equipment.description) : tr("New equipment"), parent)
    , m_equipment(equipment)
{
    m_type = new QComboBox(this);
    for (const QString &code : equipmentTypeCodes())
        m_type->addItem(FleetText::equipmentType(code), code);
    core::selectByData(m_type, equipmentTypeCode(equipment.type));
    m_description = new QLineEdit(equipment.description, this);
    m_serial = new QLineEdit(equipment.serialNumber, this);
    m_site = new QComboBox(this);
    fillSites(m_site, context.db, tr("(none)"));
    core::selectByData(m_site, equipment.siteId);
    m_state = new QComboBox(this);
    fillStates(m_state);
    core::selectByData(m_state, assetStateCode(equipment.state));
    m_check = optionalDate(equipment.checkDue, this);
    m_notes = new QPlainTextEdit(equipment.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Serial number:"), m_serial);
    form->addRow(tr("S&ite:"), m_site);
    form->addRow(tr("S&tate:"), m_state);
    form->addRow(tr("Next &check:"), m_check);
    form->addRow(tr("&Notes:"), m_notes);
    finish(form);
}

Equipment EquipmentDialog::equipment() const
{
    Equipment e = m_equipment;
    equipmentTypeFromCode(m_type->currentData().toString(), &e.type);
    e.description = m_description->text();
    e.serialNumber = m_serial->text();
    e.siteId = m_site->currentData().toLongLong();
    assetStateFromCode(m_state->currentData().toString(), &e.state);
    e.checkDue = m_check->date();
    e.notes = m_notes->toPlainText();
    return e;
}

LoanDialog::LoanDialog(core::AppContext &context, Mode mode, const QString &what, QWidget *parent)
    : FleetDialog(mode == Out ? tr("Lend %1").arg(what) : tr("Return of %1").arg(what), parent)
{
    auto *form = new QFormLayout;
    if (mode == Out) {
        m_organisation = new QComboBox(this);
        fillOrganisations(m_organisation, context.db);
        form->addRow(tr("To &organisation:"), m_organisation);
    }
    m_day = core::makeDateEdit(context.clock->today(), this);
    form->addRow(mode == Out ? tr("&Lent on:") : tr("&Returned on:"), m_day);
    if (mode == Back) {
        m_condition = new QComboBox(this);
        for (ReturnCondition c : { ReturnCondition::Good, ReturnCondition::Worn, ReturnCondition::Damaged, ReturnCondition::Lost })
            m_condition->addItem(FleetText::condition(conditionCode(c)), conditionCode(c));
        form->addRow(tr("&Condition:"), m_condition);
    }
    m_notes = new QLineEdit(this);
    form->addRow(tr("&Notes:"), m_notes);
    finish(form);
}

qint64 LoanDialog::organisationId() const
{
    return m_organisation ? m_organisation->currentData().toLongLong() : 0;
}

QDate LoanDialog::day() const
{
    return m_day->date();
}

ReturnCondition LoanDialog::condition() const
{
    ReturnCondition c = ReturnCondition::Good;
    if (m_condition)
        conditionFromCode(m_condition->currentData().toString(), &c);
    return c;
}

QString LoanDialog::notes() const
{
    return m_notes->text();
}

SiteDialog::SiteDialog(core::AppContext &context, const Site &site, QWidget *parent)
    : FleetDialog(site.id ? tr("Site %1").arg(site.name) : tr("New site"), parent)
    , m_site(site)
{
    m_name = new QLineEdit(site.name, this);
    m_kind = new QComboBox(this);
    for (Site::Kind k : { Site::Kind::Headquarters, Site::Kind::Pole, Site::Kind::Other })
        m_kind->addItem(FleetText::siteKind(siteKindCode(k)), siteKindCode(k));
    core::selectByData(m_kind, siteKindCode(site.kind));
    m_address = new QLineEdit(site.address, this);
    m_comune = new QComboBox(this);
    core::fillComuneCombo(m_comune, context.db, tr("(not recorded)"));
    core::selectComune(m_comune, context.db, site.comuneId);
    m_state = new QComboBox(this);
    for (Site::State s : { Site::State::Operational, Site::State::Planned, Site::State::Closed })
        m_state->addItem(FleetText::siteState(siteStateCode(s)), siteStateCode(s));
    core::selectByData(m_state, siteStateCode(site.state));
    m_capacity = new QPlainTextEdit(site.capacityNotes, this);
    m_capacity->setTabChangesFocus(true);
    m_capacity->setMaximumHeight(70);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Comune:"), m_comune);
    form->addRow(tr("S&tate:"), m_state);
    form->addRow(tr("Ca&pacity:"), m_capacity);
    finish(form);
}

Site SiteDialog::site() const
{
    Site s = m_site;
    s.name = m_name->text();
    siteKindFromCode(m_kind->currentData().toString(), &s.kind);
    s.address = m_address->text();
    s.comuneId = core::chosenComune(m_comune);
    siteStateFromCode(m_state->currentData().toString(), &s.state);
    s.capacityNotes = m_capacity->toPlainText();
    return s;
}

} // namespace fleet
