#pragma once

#include "core/commands/command.h"
#include "fleet/domain/fleetimport.h"

namespace fleet {

// Imports a CSV of vehicles or equipment (FleetImporter), all or nothing,
// once per file unless `again` (core::ImportOnce), Permission::FleetEdit.
// A file with problems writes nothing: fleet.import_problems {count}, and
// report() lists them. Not undoable: a wrong import is corrected by another.
class ImportFleetFile : public core::Command {
public:
    // kind: "vehicles" or "equipment".
    ImportFleetFile(QString kind, QString path, bool again);

    QString code() const override { return QStringLiteral("fleet.import"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

    const FleetImportReport &report() const { return m_report; }

private:
    QString m_kind;
    QString m_path;
    bool m_again = false;
    FleetImportReport m_report;
};

} // namespace fleet
