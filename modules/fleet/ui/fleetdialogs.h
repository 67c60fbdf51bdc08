#pragma once

#include "core/domain/result.h"
#include "fleet/domain/fleettypes.h"

#include <QDialog>
#include <QSqlDatabase>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace core {
struct AppContext;
class DateField;
}

namespace fleet {

// Base of the module's forms: OK runs `save` (a command through the tab's
// stack); a refusal is shown in the dialog, which stays open, so nothing
// typed is lost. The dialogs hold no rules: the commands do. GUI thread.
class FleetDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<core::Status()>;
    FleetDialog(const QString &title, QWidget *parent);
    void setSave(Save save) { m_save = std::move(save); }
    QString errorText() const;
    void accept() override;

protected:
    void finish(QLayout *form);

    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

private:
    Save m_save;
};

// A vehicle: plate, type, model, owner, site, state, dates, odometer.
class VehicleDialog : public FleetDialog {
    Q_OBJECT
public:
    VehicleDialog(core::AppContext &context, const Vehicle &vehicle, QWidget *parent);
    Vehicle vehicle() const;
    QLineEdit *plateField() const { return m_plate; }

private:
    Vehicle m_vehicle;
    QLineEdit *m_plate = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_model = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_organisation = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_state = nullptr;
    core::DateField *m_registration = nullptr;
    core::DateField *m_revision = nullptr;
    core::DateField *m_insurance = nullptr;
    QSpinBox *m_km = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

// One entry of a vehicle's maintenance log.
class MaintenanceDialog : public FleetDialog {
    Q_OBJECT
public:
    MaintenanceDialog(core::AppContext &context, qint64 vehicleId, const QString &plate, qint64 odometer, QWidget *parent);
    MaintenanceEntry entry() const;

private:
    qint64 m_vehicleId = 0;
    core::DateField *m_day = nullptr;
    QSpinBox *m_km = nullptr;
    QLineEdit *m_work = nullptr;
    QLineEdit *m_cost = nullptr;
    QLineEdit *m_doneBy = nullptr;
};

// A piece of equipment.
class EquipmentDialog : public FleetDialog {
    Q_OBJECT
public:
    EquipmentDialog(core::AppContext &context, const Equipment &equipment, QWidget *parent);
    Equipment equipment() const;

private:
    Equipment m_equipment;
    QComboBox *m_type = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_serial = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_state = nullptr;
    core::DateField *m_check = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

// A loan of a piece to an organisation (out), or its return (back).
class LoanDialog : public FleetDialog {
    Q_OBJECT
public:
    enum Mode { Out, Back };
    LoanDialog(core::AppContext &context, Mode mode, const QString &what, QWidget *parent);
    qint64 organisationId() const;
    QDate day() const;
    ReturnCondition condition() const;
    QString notes() const;

private:
    QComboBox *m_organisation = nullptr;
    core::DateField *m_day = nullptr;
    QComboBox *m_condition = nullptr;
    QLineEdit *m_notes = nullptr;
};

// A site: name, kind, address, comune, state, capacity notes.
class SiteDialog : public FleetDialog {
    Q_OBJECT
public:
    SiteDialog(core::AppContext &context, const Site &site, QWidget *parent);
    Site site() const;

private:
    Site m_site;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_comune = nullptr;
    QComboBox *m_state = nullptr;
    QPlainTextEdit *m_capacity = nullptr;
};

// Fills a combo with the sites (an empty first choice: `none`).
void fillSites(QComboBox *combo, const QSqlDatabase &db, const QString &none);
// Fills a combo with the active organisations of the Volontari module.
void fillOrganisations(QComboBox *combo, const QSqlDatabase &db);

} // namespace fleet
