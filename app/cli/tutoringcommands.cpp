#include "tutoringcommands.h"

#include "importcommand.h"

#include "core/auth/permissions.h"
#include "core/ui/errortext.h"
#include "tutoring/domain/tutoringimporter.h"
#include "tutoring/ui/tutoringerrortext.h"

#include <QFileInfo>

namespace {

// Problems go to stderr, one per line with file, line and field; what was
// understood differently (comune names) and the summary to stdout.
int runTutoringImport(CliRun &run, tutoring::ImportKind kind, const QString &file, bool dryRun)
{
    auto connection = run.openDatabase();
    if (!connection)
        return run.fail(connection.error());
    core::ImportOnce once(connection->db(), tutoring::TutoringImporter::kindName(kind), file,
        run.parser().isSet(QStringLiteral("again")), core::SystemClock::instance());
    if (!once)
        return failImportOnce(run, once);
    auto report = tutoring::TutoringImporter(connection->db()).importFile(kind, file, dryRun);
    if (report && report->errors.isEmpty() && !dryRun)
        if (auto s = once.commit(); !s)
            report = s.error();
    if (!report)
        return run.fail(report.error());
    const QString name = QFileInfo(file).fileName();
    for (const core::Error &note : report->notes)
        run.out() << core::ErrorText::describe(note) << Qt::endl;
    for (const tutoring::ImportIssue &issue : report->errors) {
        run.err() << core::ErrorText::describe(issue.error) << Qt::endl;
        if (!issue.alternatives.isEmpty())
            run.err() << "    " << tutoring::TutoringErrorText::describeSlots(issue.alternatives) << Qt::endl;
    }
    if (!report->errors.isEmpty()) {
        run.err() << CliRun::tr(
            "%1: %n problem(s) in %2 record(s); nothing was written.", nullptr, int(report->errors.size()))
                         .arg(name)
                         .arg(report->records)
                  << Qt::endl;
        return ExitFailed;
    }
    if (dryRun)
        run.out() << CliRun::tr(
            "%1: %2 record(s) checked, no problems: %3 to create, %4 to update. Dry run: nothing was written.")
                         .arg(name)
                         .arg(report->records)
                         .arg(report->created)
                         .arg(report->updated)
                  << Qt::endl;
    else
        run.out() << CliRun::tr("%1: %2 record(s) imported: %3 created, %4 updated, %5 outcome(s) recorded.")
                         .arg(name)
                         .arg(report->records)
                         .arg(report->created)
                         .arg(report->updated)
                         .arg(report->outcomes)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliImporter> tutoringImporters()
{
    QList<CliImporter> kinds;
    for (const tutoring::ImportKind kind :
        { tutoring::ImportKind::Pupils, tutoring::ImportKind::Assistants, tutoring::ImportKind::Bookings }) {
        CliImporter k;
        k.kind = tutoring::TutoringImporter::kindName(kind);
        switch (kind) {
        case tutoring::ImportKind::Pupils:
            k.summary = [] { return CliRun::tr("ConosciAMO pupils"); };
            break;
        case tutoring::ImportKind::Assistants:
            k.summary = [] { return CliRun::tr("ConosciAMO study assistants"); };
            break;
        case tutoring::ImportKind::Bookings:
            k.summary = [] { return CliRun::tr("ConosciAMO bookings and their outcomes"); };
            break;
        }
        k.run = [kind](CliRun &run, const QString &file, bool dryRun) {
            return runTutoringImport(run, kind, file, dryRun);
        };
        k.permission = core::Permission::TutoringEdit;
        kinds.append(k);
    }
    return kinds;
}
