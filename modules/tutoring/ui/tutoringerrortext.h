#pragma once

#include "core/domain/error.h"
#include "tutoring/domain/bookingrules.h"

#include <QCoreApplication>

namespace tutoring {

// Turns the "tutoring." error codes into Italian sentences that name the
// booking rule broken, and formats the free slots offered instead.
// Registered with core::ErrorText when the module is created.
class TutoringErrorText {
    Q_DECLARE_TR_FUNCTIONS(tutoring::TutoringErrorText)
public:
    static void registerTranslator();
    static QString message(const core::Error &error);
    // The short name of the rule a refusal is about ("One hour of a
    // subject a day"); empty for codes that are not booking rules.
    static QString ruleName(const QString &code);
    // "Next free slots: Tue 02/03/2021 16:00 with Conti Luca; ..."
    static QString describeSlots(const QList<FreeSlot> &offered);
    static QString slotText(const FreeSlot &slot);
    // The label of a form field ("family_name" -> "cognome").
    static QString fieldLabel(const QString &field);
};

} // namespace tutoring
