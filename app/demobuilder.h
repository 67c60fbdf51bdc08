#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QString>

#include <functional>

struct DemoOptions {
    int years = 0;          // years of invented activity for performance work
    bool force = false;     // replace an existing file (kept aside, never deleted)
    int workstation = 1;
    QDate today;            // invalid: the real today
    std::function<void(const QString &)> progress = [](const QString &) {};
};

// Builds a demo database at `path`: reference data, then every module's demo
// step. It is built under a temporary name and renamed only when complete,
// so an interrupted build never leaves a half database under the real name.
// An existing file is refused (db.exists) unless `force`, and then renamed
// to "<path>.replaced-<time>" rather than deleted.
core::Status createDemoDatabase(const QString &path, const DemoOptions &options);
