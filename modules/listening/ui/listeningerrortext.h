#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>

namespace listening {

// Italian-translatable sentences for the listening domain's error codes
// ("listening."), registered with core::ErrorText when the module is made.
class ListeningErrorText {
    Q_DECLARE_TR_FUNCTIONS(listening::ListeningErrorText)
public:
    static void registerTranslator();
    static QString describe(const core::Error &error);
};

} // namespace listening
