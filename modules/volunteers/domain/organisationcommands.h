#pragma once

#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/saverecordcommand.h"

#include <QCoreApplication>

namespace volunteers {

// Creates (id 0) or edits an organisation (OrganisationRepository::save),
// Permission::VolunteersEdit. Undo: an edit puts the previous values back,
// a creation makes the organisation inactive (saverecordcommand.h).
class SaveOrganisation : public SaveRecordCommand<Organisation> {
    Q_DECLARE_TR_FUNCTIONS(SaveOrganisation)
public:
    explicit SaveOrganisation(Organisation organisation)
        : SaveRecordCommand(std::move(organisation))
    {
    }

    QString code() const override { return QStringLiteral("volunteers.organisation.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    QString text() const override;

protected:
    QString unknownCode() const override { return QStringLiteral("volunteers.unknown_organisation"); }
    core::Result<Organisation> read(const QSqlDatabase &db, qint64 id) const override;
    core::Status write(const QSqlDatabase &db, Organisation &row) override;
    bool same(const Organisation &a, const Organisation &b) const override;
    QString nameOf(const Organisation &row) const override { return row.name; }
    void retire(Organisation &row) const override { row.active = false; }
};

// Saves an organisation's yearly renewal checklist
// (OrganisationRepository::saveRenewal), Permission::VolunteersEdit.
// Not undoable: the checklist is edited again.
class SaveRenewal : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(SaveRenewal)
public:
    explicit SaveRenewal(Renewal renewal)
        : m_renewal(std::move(renewal))
    {
    }

    QString code() const override { return QStringLiteral("volunteers.renewal.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

    const Renewal &renewal() const { return m_renewal; }

private:
    Renewal m_renewal;
};

} // namespace volunteers
