#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace fleet {

// The Colonna Mobile's error codes ("fleet.plate_format") in Italian;
// registered with core::ErrorText by FleetModule.
class FleetErrors {
    Q_DECLARE_TR_FUNCTIONS(fleet::FleetErrors)
public:
    static QString describe(const core::Error &error);
    static void registerOnce();
};

} // namespace fleet
