#pragma once

#include "core/commands/command.h"
#include "core/reference/comune.h"

namespace comuni {

// Saves the town hall and COC details of one of the 133 comuni
// (ComuneRepository::saveDetails validates zone, e-mail addresses, CAP).
// Needs comuni.edit. Undo writes the previous values back as a new update,
// refused with reference.changed_since [comune] when the details were
// changed since (here, on another workstation, by a sync).
class SaveComuneDetails : public core::Command {
public:
    explicit SaveComuneDetails(const core::ComuneDetails &details)
        : m_details(details)
    {
    }

    QString code() const override { return QStringLiteral("comuni.details.save"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_details.comuneId); }
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

private:
    core::ComuneDetails m_details;
    core::ComuneDetails m_before;
    core::ComuneDetails m_written;
    QString m_name;
};

} // namespace comuni
