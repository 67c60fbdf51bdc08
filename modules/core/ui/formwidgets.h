#pragma once

#include <QStringList>
#include <QVariant>

class QComboBox;
class QDate;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace core {

class DateField;

// The small widgets every tab and dialog builds the same way, so that they
// look and behave alike across modules.

// A read-only, row-selecting table for short lists (not for ledgers: those
// use PagedSqlModel), with readable row heights and alternating colours.
QTableWidget *makeReadOnlyTable(const QStringList &headers, QWidget *parent);

// A red, word-wrapped label for a dialog's validation message; empty (and
// so invisible) until a message is set.
QLabel *makeErrorLabel(QWidget *parent);

// A read-only table cell carrying an optional id (Qt::UserRole).
QTableWidgetItem *makeCell(const QString &text, const QVariant &id = {});

// A date field (DateField: typed dd/MM/yyyy, never silently replaced, with
// a calendar popup); the accessible name is for screen readers and tests
// when no label names the field.
DateField *makeDateEdit(const QDate &date, QWidget *parent, const QString &accessibleName = {});

// Selects the item whose data is `value`; keeps the selection when there
// is none (or the value is invalid).
void selectByData(QComboBox *combo, const QVariant &value);

// A date as people read it (dd/MM/yyyy), or `empty` for an invalid date.
QString formatDay(const QDate &date, const QString &empty = {});

} // namespace core
