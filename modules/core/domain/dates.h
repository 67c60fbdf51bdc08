#pragma once

#include <QDate>
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
