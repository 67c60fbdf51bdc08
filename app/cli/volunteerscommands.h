#pragma once

#include "importcommand.h"

// The commands of the Volontari module: attestati (batch production) ...
QList<CliCommand> volunteersCommands();
// ... and what `import` reads for it: volunteers and activations.
QList<CliImporter> volunteersImporters();

// What the command line accepts for an event (id or exact name), a
// volunteer (id or codice fiscale) and a comune (its name, one typing error
// allowed): the id, 0 when unknown. Shared with the Colonna Mobile's
// `deployment record`.
qint64 cliFindEvent(const QSqlDatabase &db, const QString &text);
qint64 cliFindVolunteer(const QSqlDatabase &db, const QString &text);
int cliFindComune(const QSqlDatabase &db, const QString &text);
