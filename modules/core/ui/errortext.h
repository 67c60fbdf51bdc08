#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace core {

// Turns domain error codes into sentences in the user's language, with the
// place of the problem ("file.csv, riga 12, campo «comune»: ...").
// Core codes are known here; each module registers a translator for its
// own prefix ("stock.") when its UI library is set up.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(core::ErrorText)
public:
    using Translator = std::function<QString(const Error &)>; // empty: unknown code

    static QString describe(const Error &error);
    static void registerTranslator(const QString &prefix, Translator translator);
    static QString location(const ErrorLocation &where);
    // Why a file could not be written, from file.cannot_write's arguments
    // {path, system text, kind} (core/domain/wholefile.h).
    static QString writeFailureReason(const QStringList &args);
    // One entry of db.schema_mismatch ("kind|object|detail", core/db/schemacheck.h) in words.
    static QString schemaDifference(const QString &difference);

private:
    static QString coreMessage(const Error &error);
    static QString authMessage(const Error &error);
};

} // namespace core
