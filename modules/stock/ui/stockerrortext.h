#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace stock {

// Turns the module's "stock." error codes into Italian-translatable text.
// Registered with core::ErrorText by StockModule.
class StockErrorText {
    Q_DECLARE_TR_FUNCTIONS(stock::StockErrorText)
public:
    static QString describe(const core::Error &error);
    static void registerTranslator();
};

} // namespace stock
