#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace core {

// What the audit dialog lists and filters, as SQL kept with the audit log
// instead of in the widget: the sources of its two paged lists, the WHERE
// clause of a filter, and the choices of its filter boxes (audit.view).
class AuditQueries {
public:
    struct Filter {
        QDate from, to; // inclusive, local days
        QString username; // empty: everybody
        QString table; // the change log only; empty: all
        QString kind; // audit_event only; empty: all
    };
    struct Where {
        QString clause;
        QVariantList binds;
    };

    // change_log as "c" (with the account as "a"), audit_event as "e".
    static QString changesSource();
    static QString eventsSource();
    static Where changesWhere(const Filter &filter);
    static Where eventsWhere(const Filter &filter);

    // The people who changed something (one index probe each: a skip scan,
    // not a pass over years of change log). Needs audit.view.
    static Result<QStringList> operators(const QSqlDatabase &db, const Clock &clock = SystemClock::instance());
    // The tables whose changes are logged, by name.
    static Result<QStringList> loggedTables(const QSqlDatabase &db);
};

} // namespace core
