#include "importcommand.h"

#include "core/domain/tablefile.h"

CliCommand importCommand(const QList<CliImporter> &importers)
{
    QStringList kinds;
    QList<QCommandLineOption> options{ QCommandLineOption(QStringLiteral("dry-run"),
                                                          CliRun::tr("Check the file and list its problems; write nothing.")),
        QCommandLineOption(QStringLiteral("again"),
            CliRun::tr("Import a file even though the same content was already imported.")),
        QCommandLineOption(QStringLiteral("sheet"),
            CliRun::tr("The sheet of an Excel workbook to read (default: the first visible one)."),
            QStringLiteral("NAME")) };
    QStringList seen{ QStringLiteral("dry-run"), QStringLiteral("again"), QStringLiteral("sheet") };
    for (const CliImporter &importer : importers) {
        kinds.append(importer.kind);
        for (const QCommandLineOption &o : importer.options)
            if (!seen.contains(o.names().constLast())) {
                seen.append(o.names().constLast());
                options.append(o);
            }
    }
    CliCommand command;
    command.name = QStringLiteral("import");
    command.synopsis
        = QStringLiteral("import %1 FILE [--sheet NAME] [--dry-run] [--again]").arg(kinds.join(QLatin1Char('|')));
    command.summary = [] { return CliRun::tr("imports a spreadsheet (Excel .xlsx or CSV), all or nothing (--dry-run: only check it)"); };
    command.options = options;
    command.minArguments = 2;
    command.maxArguments = 2;
    command.run = [importers](CliRun &run) {
        const QString kind = run.arguments().value(0);
        for (const CliImporter &importer : importers)
            if (importer.kind == kind) {
                if (auto s = run.require(importer.permission); !s)
                    return run.fail(s.error());
                const bool sheetGiven = run.parser().isSet(QStringLiteral("sheet"));
                const QString sheet = run.parser().value(QStringLiteral("sheet")).trimmed();
                if (sheetGiven && sheet.isEmpty())
                    return run.usage(CliRun::tr("--sheet wants the name of a sheet of the workbook."));
                const core::TableSheetScope scope(sheet);
                return importer.run(run, run.arguments().value(1), run.parser().isSet(QStringLiteral("dry-run")));
            }
        QStringList kinds;
        for (const CliImporter &importer : importers)
            kinds.append(importer.kind);
        return run.usage(CliRun::tr("Nothing can be imported as «%1». Use one of: %2.").arg(kind, kinds.join(QStringLiteral(", "))));
    };
    return command;
}

int failImportOnce(CliRun &run, const core::ImportOnce &once)
{
    const int code = run.fail(once.error());
    if (once.alreadyImported())
        run.err() << CliRun::tr("Nothing was imported. If the file is really new, import it again with --again.")
                  << Qt::endl;
    return code;
}
