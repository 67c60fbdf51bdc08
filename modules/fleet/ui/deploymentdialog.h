#pragma once

#include "fleet/domain/deployment.h"
#include "fleet/domain/deploymentchoices.h"
#include "fleet/ui/fleetdialogs.h"

#include <QSet>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTabWidget;
class QTableWidget;

namespace core {
struct AppContext;
}

namespace fleet {

// The form of a deployment: event, service, scope, requesting body, days,
// comune and place; then, in tabs, the modules (ticking one ticks its
// vehicles and equipment), the vehicles with the km driven, the equipment
// and the volunteers (a search over the active ones; those holding a skill
// of the ticked modules first). A vehicle or piece not fit on the last day
// shows why, in red, and asks for the reason it goes anyway; the command
// refuses it without one. The form holds no rules: fleet::RecordDeployment
// does. GUI thread.
class DeploymentDialog : public FleetDialog {
    Q_OBJECT
public:
    DeploymentDialog(core::AppContext &context, DeploymentChoices choices, QWidget *parent);
    NewDeployment deployment() const;

    // Ticks (or unticks) a module, its vehicles and equipment.
    void tickModule(qint64 id, bool ticked = true);
    void tickVehicle(qint64 id, qint64 km = 0, const QString &overrideReason = {});
    void tickEquipment(qint64 id, const QString &overrideReason = {});
    void tickVolunteer(qint64 id, bool ticked = true);
    void setEvent(qint64 id);
    void setRequestedBy(const QString &text);
    void setDays(const QDate &from, const QDate &to);
    // Why a vehicle cannot go as it is, as the form shows it (not fit on
    // the last day, already deployed on those days; empty when fit or not
    // listed).
    QString vehicleProblem(qint64 id) const;
    // Tests: the volunteers as listed (id order on screen) and the search.
    QList<qint64> listedVolunteers() const;
    QLineEdit *volunteerSearch() const { return m_volunteerSearch; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    int vehicleRow(qint64 id) const;
    int equipmentRow(qint64 id) const;
    void updateFitness();
    void fillVolunteers();
    void filterEquipment();
    void filterVolunteers();
    void updateCounts();
    void moduleChanged(QListWidgetItem *item);

    DeploymentChoices m_choices;
    QComboBox *m_event = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_requestedBy = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_notes = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_modules = nullptr;
    QTableWidget *m_vehicles = nullptr;
    QLineEdit *m_equipmentSearch = nullptr;
    QTableWidget *m_equipment = nullptr;
    QLineEdit *m_volunteerSearch = nullptr;
    QListWidget *m_volunteers = nullptr;
    QLabel *m_summary = nullptr;
    QSet<qint64> m_chosenVolunteers;
    bool m_filling = false;
};

} // namespace fleet
