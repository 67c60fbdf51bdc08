#pragma once

#include "core/commands/command.h"
#include "tutoring/domain/tutoringtypes.h"

namespace tutoring {

// Saves a person of ConosciAMO (a pupil, a study assistant with subjects
// and weekly availability, a tutor) through PeopleRepository: a new one
// when the id is 0, else an edit. Needs tutoring.edit.
//
// Undo writes the previous values back as a new update; a person the
// command created is deactivated (never deleted: the change log and a
// sync have already seen the row). Undo refuses with tutoring.changed_since
// [code] when the row no longer holds what the command wrote (edited
// since, here or by a sync). Redo saves the same values again (a created
// person comes back on the same row).
//
//   auto save = std::make_shared<SavePupil>(pupil);
//   if (auto s = commands()->run(save); s) select(save->id());
template <typename Person> class SavePerson : public core::Command {
public:
    explicit SavePerson(Person person)
        : m_person(std::move(person))
    {
    }

    QString code() const override;
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    // The row saved by the latest apply().
    qint64 id() const { return m_written.id; }
    bool created() const { return m_created; }

private:
    Person m_person; // what to save
    Person m_before; // the row before apply() (edits only)
    Person m_written; // the row as apply() left it
    bool m_created = false;
};

using SavePupil = SavePerson<Pupil>;
using SaveAssistant = SavePerson<Assistant>;
using SaveTutor = SavePerson<Tutor>;

// Deletes a person who was never booked nor assigned (tutoring.in_use
// otherwise: deactivate instead). Not undoable: the row is gone, and a
// person to keep is deactivated, not deleted.
template <typename Person> class DeletePerson : public core::Command {
public:
    explicit DeletePerson(qint64 id)
        : m_id(id)
    {
    }

    QString code() const override;
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_id); }

private:
    qint64 m_id = 0;
};

using DeletePupil = DeletePerson<Pupil>;
using DeleteAssistant = DeletePerson<Assistant>;
using DeleteTutor = DeletePerson<Tutor>;

} // namespace tutoring
