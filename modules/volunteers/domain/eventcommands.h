#pragma once

#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/saverecordcommand.h"

#include <QCoreApplication>

namespace volunteers {

// Creates (id 0) or edits an activation event (EventRepository::saveEvent),
// Permission::VolunteersEdit. Undo of an edit puts the previous values
// back (refused by the repository when days were recorded since outside
// the old dates); a creation cannot be undone: events have no "inactive"
// and are never deleted.
class SaveEvent : public SaveRecordCommand<ActivationEvent> {
    Q_DECLARE_TR_FUNCTIONS(SaveEvent)
public:
    explicit SaveEvent(ActivationEvent event)
        : SaveRecordCommand(std::move(event))
    {
    }

    QString code() const override { return QStringLiteral("volunteers.event.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    QString text() const override;

protected:
    QString unknownCode() const override { return QStringLiteral("volunteers.unknown_event"); }
    core::Result<ActivationEvent> read(const QSqlDatabase &db, qint64 id) const override;
    core::Status write(const QSqlDatabase &db, ActivationEvent &row) override;
    bool same(const ActivationEvent &a, const ActivationEvent &b) const override;
    QString nameOf(const ActivationEvent &row) const override { return row.name; }
    bool canRetire() const override { return false; }
    void retire(ActivationEvent &) const override { }
};

// Adds (id 0), renames or (de)activates a service of the configurable
// list (EventRepository::saveService), Permission::VolunteersEdit. Undo:
// the previous values; a new service is deactivated.
class SaveService : public SaveRecordCommand<Service> {
    Q_DECLARE_TR_FUNCTIONS(SaveService)
public:
    explicit SaveService(Service service)
        : SaveRecordCommand(std::move(service))
    {
    }

    QString code() const override { return QStringLiteral("volunteers.service.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    QString text() const override;

protected:
    QString unknownCode() const override { return QStringLiteral("volunteers.unknown_service"); }
    core::Result<Service> read(const QSqlDatabase &db, qint64 id) const override;
    core::Status write(const QSqlDatabase &db, Service &row) override;
    bool same(const Service &a, const Service &b) const override;
    QString nameOf(const Service &row) const override { return row.name; }
    void retire(Service &row) const override { row.active = false; }
};

} // namespace volunteers
