#pragma once

#include "clicommand.h"

#include "core/db/importonce.h"

// `cisiamo import KIND FILE [options]`: one command for every importer of
// the program, so that modules add importers without fighting over the
// command name. Each module lists its importers in cliImporters()
// (commands.cpp); their options are merged into the command's.
struct CliImporter {
    QString kind;                        // "receipts"
    std::function<QString()> summary;    // translated one-liner
    QList<QCommandLineOption> options;   // besides --dry-run
    std::function<int(CliRun &, const QString &file, bool dryRun)> run;
    QString permission; // checked after the sign-in, even for --dry-run
};

QList<CliImporter> cliImporters();
CliCommand importCommand(const QList<CliImporter> &importers);

// Every importer writes inside a core::ImportOnce (same file twice refused
// unless --again): this prints its refusal and returns the exit code.
int failImportOnce(CliRun &run, const core::ImportOnce &once);
