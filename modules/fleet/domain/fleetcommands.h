#pragma once

#include "core/commands/command.h"
#include "fleet/domain/fleettypes.h"

#include <QCoreApplication>

namespace fleet {

// The Colonna Mobile's writes (core/commands/command.h): each checks its
// rules before the runner opens the transaction, writes through
// FleetRepository and names ids only in its audit detail. Master data
// (sites, vehicles, equipment) need Permission::FleetEdit, as does the
// maintenance log; loans Permission::FleetLoan. QtCore only.

class SaveSite : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::SaveSite)
public:
    explicit SaveSite(Site site) : m_site(std::move(site)) { }
    QString code() const override { return QStringLiteral("fleet.site.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_site.id); }
    QString text() const override;
    qint64 siteId() const { return m_site.id; }

private:
    Site m_site;
};

class SaveVehicle : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::SaveVehicle)
public:
    explicit SaveVehicle(Vehicle vehicle) : m_vehicle(std::move(vehicle)) { }
    QString code() const override { return QStringLiteral("fleet.vehicle.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_vehicle.id); }
    QString text() const override;
    qint64 vehicleId() const { return m_vehicle.id; }

private:
    Vehicle m_vehicle;
};

// Appends an entry to a vehicle's maintenance log (the odometer follows).
// Undo appends a reversal of the entry (the odometer stays: it never goes
// back); Redo records a new entry.
class RecordMaintenance : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::RecordMaintenance)
public:
    explicit RecordMaintenance(MaintenanceEntry entry) : m_entry(std::move(entry)) { }
    QString code() const override { return QStringLiteral("fleet.maintenance.record"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_entryId); }
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;
    qint64 entryId() const { return m_entryId; }

private:
    MaintenanceEntry m_entry;
    qint64 m_entryId = 0;
};

class SaveEquipment : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::SaveEquipment)
public:
    explicit SaveEquipment(Equipment equipment) : m_equipment(std::move(equipment)) { }
    QString code() const override { return QStringLiteral("fleet.equipment.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_equipment.id); }
    QString text() const override;
    qint64 equipmentId() const { return m_equipment.id; }

private:
    Equipment m_equipment;
};

// Lends a piece of equipment to an organisation ('out' row of fleet_loan).
class LendEquipment : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::LendEquipment)
public:
    LendEquipment(qint64 equipmentId, qint64 organisationId, QDate day, QString notes = {})
        : m_equipmentId(equipmentId), m_organisationId(organisationId), m_day(day), m_notes(std::move(notes))
    {
    }
    QString code() const override { return QStringLiteral("fleet.loan.out"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    qint64 loanId() const { return m_loanId; }

private:
    qint64 m_equipmentId = 0;
    qint64 m_organisationId = 0;
    QDate m_day;
    QString m_notes;
    qint64 m_loanId = 0;
};

// Records the return of a piece out on loan, with its condition.
class ReturnEquipment : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(fleet::ReturnEquipment)
public:
    ReturnEquipment(qint64 equipmentId, QDate day, ReturnCondition condition, QString notes = {})
        : m_equipmentId(equipmentId), m_day(day), m_condition(condition), m_notes(std::move(notes))
    {
    }
    QString code() const override { return QStringLiteral("fleet.loan.back"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    QString text() const override;
    qint64 returnId() const { return m_returnId; }

private:
    qint64 m_equipmentId = 0;
    QDate m_day;
    ReturnCondition m_condition = ReturnCondition::Good;
    QString m_notes;
    qint64 m_returnId = 0;
};

} // namespace fleet
