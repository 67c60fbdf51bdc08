#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace deliveries {

// Turns the module's "deliveries." error codes into Italian-translatable
// text. Registered with core::ErrorText by DeliveriesModule.
class DeliveriesErrorText {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DeliveriesErrorText)
public:
    static QString describe(const core::Error &error);
    static void registerTranslator();
};

} // namespace deliveries
