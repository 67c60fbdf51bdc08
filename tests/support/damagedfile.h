#pragma once

#include <QString>
#include <QStringList>

namespace testsupport {

// The ways a database file is found damaged, done to a closed,
// checkpointed database file (no -wal). The latest stage at which the
// program must notice: "open" (core::openDatabase refuses it as damage),
// "quick" (at the latest the quick check before the first paint finds it)
// or "full" (only integrity_check, which the window runs in the background
// after the first paint and `cisiamo check` runs).
QStringList damageKinds();
QString damageStage(const QString &kind);
// Returns an empty string on success, else what went wrong.
QString damageDatabaseFile(const QString &path, const QString &kind);

} // namespace testsupport
