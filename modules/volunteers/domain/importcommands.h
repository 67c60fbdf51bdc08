#pragma once

#include "core/commands/command.h"
#include "volunteers/domain/volunteerimport.h"

namespace volunteers {

// Imports a CSV of volunteers, of activation days or of organisations
// (VolunteerImporter), all or nothing, once per file unless `again` (core::ImportOnce),
// Permission::VolunteersEdit. A file with problems writes nothing:
// volunteers.import_problems (arg: how many), and report() lists them.
// Not undoable: a wrong import is corrected by another.
class ImportVolunteerFile : public core::Command {
public:
    // kind: "volunteers", "activations" or "organisations".
    ImportVolunteerFile(QString kind, QString path, bool again);

    QString code() const override { return QStringLiteral("volunteers.import"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

    const ImportReport &report() const { return m_report; }

private:
    QString m_kind;
    QString m_path;
    bool m_again = false;
    ImportReport m_report;
};

} // namespace volunteers
