#pragma once

#include "core/commands/command.h"
#include "tutoring/domain/tutoringimporter.h"

namespace tutoring {

// Imports a CSV file of pupils, study assistants or bookings
// (TutoringImporter), all or nothing, once per file content unless `again`
// (core::ImportOnce). Needs tutoring.edit. A file with problems writes
// nothing and fails with tutoring.import_refused [count]; report() lists
// them, line by line. Not undoable: an import is corrected by editing or
// cancelling what it wrote.
class ImportTutoringFile : public core::Command {
public:
    ImportTutoringFile(ImportKind kind, const QString &path, bool again)
        : m_kind(kind)
        , m_path(path)
        , m_again(again)
    {
    }

    QString code() const override;
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

    // What the latest apply() read, wrote or refused.
    const ImportReport &report() const { return m_report; }

private:
    ImportKind m_kind;
    QString m_path;
    bool m_again = false;
    ImportReport m_report;
};

} // namespace tutoring
