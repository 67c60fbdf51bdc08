#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "tutoring/domain/bookingrules.h"

#include <QSqlDatabase>

namespace tutoring {

enum class ImportKind { Pupils, Assistants, Bookings };

// One refused record: the error (with file, line and field in `where`)
// and, for a booking refused by a slot rule, the next free slots.
struct ImportIssue {
    core::Error error;
    QList<FreeSlot> alternatives;
};

// What an import did, or would do (dry run).
struct ImportReport {
    ImportKind kind = ImportKind::Pupils;
    QString file;
    bool dryRun = false;
    bool applied = false; // committed: no errors and not a dry run
    int records = 0;
    int created = 0; // people created, or bookings
    int updated = 0; // people updated (same code)
    int outcomes = 0; // outcomes recorded with the bookings
    QList<ImportIssue> errors;
    // Things done that the person should know: comune names corrected
    // ("Cislino" -> "Cisliano"), with their line (tutoring.import_comune_corrected).
    QList<core::Error> notes;
};

// Imports pupils, study assistants or bookings from CSV as Italian
// offices write it (comma or semicolon, UTF-8 or Latin-1, headers in
// Italian or English: see README). All or nothing: every record is
// checked, every error is reported with its line and field, and the file
// is written only when there is none; a dry run checks everything and
// writes nothing. Comune names go through core::ComuneMatcher: exact or
// clearly corrected names are accepted (and reported as notes), ambiguous
// or unknown ones are errors with suggestions. People with a code already
// on record are updated; bookings obey every booking rule except the past
// (they may come from the platform after the fact) and, when refused by a
// slot rule, the error carries the next free slots.
//
// File-level errors (the Result's error): file.cannot_read, csv.*,
// tutoring.import_missing_column [columns], tutoring.import_empty.
class TutoringImporter {
public:
    explicit TutoringImporter(QSqlDatabase db, const core::Clock &clock = core::SystemClock::instance())
        : m_db(std::move(db))
        , m_clock(clock)
    {
    }

    core::Result<ImportReport> importFile(ImportKind kind, const QString &path, bool dryRun);
    core::Result<ImportReport> importData(
        ImportKind kind, const QByteArray &data, const QString &fileName, bool dryRun);

    static QString kindName(ImportKind kind); // "pupils", "assistants", "bookings"

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace tutoring
