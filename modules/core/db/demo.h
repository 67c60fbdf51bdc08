#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <functional>

namespace core {

// What a module's demo step gets: the new database (reference data loaded,
// operator "demo"), how many years of activity to invent for performance
// work (0 = the published period only), a fixed "today" and a seeded random
// generator, so the same command always builds the same database.
struct DemoContext {
    QSqlDatabase db;
    int years = 0;
    QDate today;
    QRandomGenerator random{ 20210319 };
    std::function<void(const QString &)> progress = [](const QString &) {};
};

// One module's contribution to the demo database. Steps run in module order
// (stock before deliveries); each should commit in transactions of its own.
struct DemoStep {
    QString name;
    std::function<Status(DemoContext &)> run;
};

} // namespace core
