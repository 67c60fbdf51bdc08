#pragma once

#include "volunteers/domain/saverecordcommand.h"
#include "volunteers/domain/volunteerrepository.h"

#include <QCoreApplication>

#include <optional>

namespace volunteers {

// Creates (id 0) or edits a volunteer, with the employer found by tax code
// and updated or created (VolunteerRepository::saveWithEmployer),
// Permission::VolunteersEdit. Undo: an edit puts the volunteer's previous
// values back (the employer's record keeps its update: it is shared); a
// creation makes the volunteer inactive.
class SaveVolunteer : public SaveRecordCommand<Volunteer> {
    Q_DECLARE_TR_FUNCTIONS(SaveVolunteer)
public:
    explicit SaveVolunteer(Volunteer volunteer, std::optional<Employer> employer = std::nullopt)
        : SaveRecordCommand(std::move(volunteer))
        , m_employer(std::move(employer))
    {
    }

    QString code() const override { return QStringLiteral("volunteers.volunteer.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    QString text() const override;

protected:
    QString unknownCode() const override { return QStringLiteral("volunteers.unknown_volunteer"); }
    core::Result<Volunteer> read(const QSqlDatabase &db, qint64 id) const override;
    core::Status write(const QSqlDatabase &db, Volunteer &row) override;
    core::Status restore(const QSqlDatabase &db, Volunteer &row) override;
    bool same(const Volunteer &a, const Volunteer &b) const override;
    QString nameOf(const Volunteer &row) const override { return row.fullName(); }
    void retire(Volunteer &row) const override { row.active = false; }

private:
    std::optional<Employer> m_employer;
};

// Adds (id 0) or edits a course or qualification of a volunteer
// (VolunteerRepository::saveQualification), Permission::VolunteersEdit.
class SaveQualification : public core::Command {
public:
    explicit SaveQualification(Qualification qualification)
        : m_qualification(std::move(qualification))
    {
    }
    QString code() const override { return QStringLiteral("volunteers.qualification.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_qualification.id); }

private:
    Qualification m_qualification;
};

// Removes a course or qualification (a data-entry fix: the row goes),
// Permission::VolunteersEdit. Not undoable.
class RemoveQualification : public core::Command {
public:
    explicit RemoveQualification(qint64 id)
        : m_id(id)
    {
    }
    QString code() const override { return QStringLiteral("volunteers.qualification.remove"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }

private:
    qint64 m_id = 0;
};

} // namespace volunteers
