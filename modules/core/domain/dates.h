#pragma once

#include <QDate>
#include <QTime>
#include <QString>

namespace core {

// Dates are stored as TEXT 'YYYY-MM-DD'; timestamps as INTEGER Unix ms UTC.
QString toSqlDate(const QDate &date);
QDate fromSqlDate(const QString &text);

// A date as Italians write it (dd/MM/yyyy), whatever the program's
// language: for error arguments and documents; empty for an invalid date.
QString toItalianDate(const QDate &date);

// Reads a date typed by a person or found in a spreadsheet: dd/MM/yyyy
// (also d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy) or ISO yyyy-MM-dd. Returns an
// invalid QDate when the text is not a real calendar date.
QDate parseUserDate(const QString &text);

// What a person typed in a date field, read without guessing: a complete,
// real date or nothing (a partial or impossible text is never turned into
// another date, as QDateEdit's sections did).
struct TypedDate {
    enum State {
        Empty, // nothing but spaces
        Invalid, // partial ("15/03/20"), impossible (31/02/2021) or not a date
        Valid,
    };
    State state = Empty;
    QDate date; // only when Valid
    // A valid text that more typing can turn into another date: "15/03/20"
    // on the way to "15/03/2021", "150320", ISO "2021-03-1". A field takes
    // it when the person moves on, not on every key.
    bool mayGrow = false;
};

// Accepts dd/MM/yyyy and d/M/yyyy with "/", "-" or "." (also two-digit
// years), the same without separators (15032021, 150321) and ISO
// yyyy-MM-dd, with spaces around. A two-digit year is put in the century
// that places it from 80 years before `referenceYear` to 19 years after
// (with 2026: 45 is 2045, 46 is 1946); four-digit years run 1900-2099.
TypedDate parseTypedDate(const QString &text, int referenceYear);

// What a person typed in a time field, read the same way: a whole time
// of day or nothing (never a neighbouring time).
struct TypedTime {
    enum State {
        Empty, // nothing but spaces
        Invalid, // partial ("9:"), impossible (24:00, 9:60) or not a time
        Valid,
    };
    State state = Empty;
    QTime time; // only when Valid, whole minutes
    // Digits without a separator that more typing can turn into another
    // time: "9" on the way to "905", "12" to "1230". A field takes it when
    // the person moves on.
    bool mayGrow = false;
};

// Accepts H:mm and HH:mm with ":" or "." ("9:05", "09.05"), hours alone
// ("9", "09") and digits without a separator ("905", "0905"), with spaces
// around. Hours 0-23, minutes two digits 00-59.
TypedTime parseTypedTime(const QString &text);

// An inclusive range of days; an open end is an invalid QDate.
struct DateRange {
    QDate from;
    QDate to;

    bool contains(const QDate &d) const
    {
        return d.isValid() && (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
    }
    bool isValid() const { return !from.isValid() || !to.isValid() || from <= to; }
    qint64 days() const { return from.isValid() && to.isValid() ? from.daysTo(to) + 1 : -1; }
};

} // namespace core
