#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace room {

// Circulars to the mayors: a template (subject and body) with merge fields
// in braces, sent to all 133 comuni, to those of a zona omogenea or to the
// comuni of an event. Every comune gets a PDF letter (letterhead, date,
// protocol number) and, when it has a PEC, a ready-to-send .eml message to
// it; comuni without a PEC are listed before anything is written and get no
// message. The merge fields:
//   {comune} {sindaco} {pec} {email} {zona} {evento} {data} {protocollo}
// QtCore and the report document only: the rendering is circularfiles.h.

enum class CircularScope { All, Zone, Event };
QString circularScopeCode(CircularScope scope);
bool circularScopeFromCode(const QString &code, CircularScope *scope);

struct CircularDraft {
    QString subject;
    QString body;
    CircularScope scope = CircularScope::All;
    QString zone;      // scope Zone: a zona omogenea
    qint64 eventId = 0; // scope Event, and the {evento} field for any scope
    QDate date;         // the protocol's date
    QString folder;     // where the letters and messages go
};

// A comune as the circular sees it (comune + comune_cmm).
struct CircularRecipient {
    int comuneId = 0;
    QString istatCode;
    QString comune;
    QString sindaco;
    QString pec;
    QString email;
    QString zona;
};

// What a circular would produce, before anything is written.
struct CircularPreview {
    QList<CircularRecipient> recipients;
    QStringList fieldsUsed;       // in subject and body, in order of appearance
    QString eventName;
    // Per recipient (same index) the fields the template uses that are
    // empty for that comune; a comune without PEC always lists "pec" (it
    // gets the letter but no message).
    QList<QStringList> missing;
    int withoutPec() const;
    int complete() const; // recipients with nothing missing
};

QStringList mergeFieldNames();
// The field names used in a text ("{comune}" -> "comune"), once each.
QStringList fieldsIn(const QString &text);
// Replaces each known {field} by its value; unknown braces stay as they are.
QString mergeText(const QString &text, const QHash<QString, QString> &values);
QHash<QString, QString> mergeValues(const CircularRecipient &recipient, const QString &eventName, const QDate &date,
    const QString &protocolNumber);

core::Result<QList<CircularRecipient>> circularRecipients(
    const QSqlDatabase &db, CircularScope scope, const QString &zone, qint64 eventId);
// The events a circular can name or go to (the latest 200), id and name.
core::Result<QList<QPair<qint64, QString>>> circularEvents(const QSqlDatabase &db);
core::Result<QString> eventName(const QSqlDatabase &db, qint64 eventId); // empty for 0
// Checks the draft (subject, body, known fields, scope, a recipient at
// least) and lists what each comune lacks. Error codes: room.*.
core::Result<CircularPreview> previewCircular(const QSqlDatabase &db, const CircularDraft &draft);

// The room's sender (room_mail_setting).
struct MailSender {
    QString name;
    QString address;
};
core::Result<MailSender> mailSender(const QSqlDatabase &db);

// One letter, for one comune: the CCV-MI letterhead, protocol number and
// date (dd/MM/yyyy), the addressee, the subject and the merged body.
struct CircularLetter {
    QString number;
    QDate date;
    QString subject; // merged
    QString body;    // merged
    CircularRecipient recipient;
    QDateTime printedAt;
    QString signedBy; // "La Cabina di regia"
};
core::ReportDocument circularLetterDocument(const CircularLetter &letter);

} // namespace room
