#pragma once

#include "core/domain/result.h"
#include "tutoring/domain/bookingrules.h"

#include <QSqlDatabase>

namespace tutoring {

// Reads a BookingWorld from the database: periods, pupils, assistants
// (subjects, availability), subjects, BES assignments, and the bookings in
// force (not cancelled) on the days from..to. People are few (hundreds);
// bookings are read only for the days asked. Read-only.
core::Result<BookingWorld> loadBookingWorld(const QSqlDatabase &db, const QDate &from, const QDate &to);

// Adds the bookings in force on from..to to a world loaded earlier.
core::Status loadBookingsInto(const QSqlDatabase &db, BookingWorld &world, const QDate &from, const QDate &to);

} // namespace tutoring
