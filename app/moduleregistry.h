#pragma once

#include "core/db/demo.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/module.h"

#include <memory>
#include <vector>

// The modules of the program, in tab order, listed in plain code.
std::vector<std::unique_ptr<core::Module>> createModules();

// Every report of every module, for the Print menu and `cisiamo report`.
core::ReportCatalog createReportCatalog(const std::vector<std::unique_ptr<core::Module>> &modules);

// Tells the sync engine what it must know about the tables: the modules'
// ledgers (append-only, merged by union) and readable titles for the
// conflict dialog. Called once at start, for the window and the command
// line alike; each module adds one call here (see HACKING.md).
void declareSyncTables();
// How the audit log says commands and names rows (called by declareSyncTables()).
void declareAuditTexts();
// The foundation's columns in words, and those common to every table, for
// the conflict dialog (app/columntitles.cpp; called by declareSyncTables()).
void declareCoreColumnTitles();

// What `cisiamo demo` runs after the reference data, in order.
QList<core::DemoStep> demoSteps();
