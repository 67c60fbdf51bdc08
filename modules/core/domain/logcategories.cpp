#include "core/domain/logcategories.h"

namespace core::logcat {

Q_LOGGING_CATEGORY(app, "cisiamo.app", QtInfoMsg)
Q_LOGGING_CATEGORY(db, "cisiamo.db", QtInfoMsg)
Q_LOGGING_CATEGORY(auth, "cisiamo.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(command, "cisiamo.command", QtInfoMsg)
Q_LOGGING_CATEGORY(sync, "cisiamo.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(syncthing, "cisiamo.syncthing", QtInfoMsg)
Q_LOGGING_CATEGORY(opendata, "cisiamo.opendata", QtInfoMsg)
Q_LOGGING_CATEGORY(backup, "cisiamo.backup", QtInfoMsg)
Q_LOGGING_CATEGORY(check, "cisiamo.check", QtInfoMsg)
Q_LOGGING_CATEGORY(reports, "cisiamo.reports", QtInfoMsg)
Q_LOGGING_CATEGORY(import, "cisiamo.import", QtInfoMsg)
Q_LOGGING_CATEGORY(batch, "cisiamo.batch", QtInfoMsg)
Q_LOGGING_CATEGORY(ui, "cisiamo.ui", QtInfoMsg)

} // namespace core::logcat
