#pragma once

#include "room/domain/plantypes.h"

#include <QCoreApplication>

namespace room {

// The words and colours of the emergency plans, for the page, the map and
// the report (translated at the moment of use).
class PlanText {
    Q_DECLARE_TR_FUNCTIONS(room::PlanText)
public:
    static QString risk(Risk r);
    static QString risks(const QList<Risk> &risks); // "idrogeologico, sismico"
    static QString status(PlanStatus s);
    // The status's colour on the map and in the list (0xRRGGBB): blue valid,
    // amber due soon, red overdue, dark grey without a plan, light grey not
    // recorded (readable without telling red from green).
    static quint32 statusColour(PlanStatus s);
    static QString yesNo(bool value);
    // "aperto dal 03/11/2020 14:30", "chiuso dal ...", "mai attivato".
    static QString coc(bool active, const QDateTime &since);
};

} // namespace room
