#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace room {

// A ready-to-send e-mail message (RFC 5322, MIME RFC 2045-2049): a text
// body and one attached file, written as an .eml file that the room's PEC
// client sends as it is. Pure functions, any thread.
//
// - Lines end in CRLF; header fields with non-ASCII text are RFC 2047
//   encoded-words (UTF-8, base64), folded under 78 characters.
// - multipart/mixed: the text part UTF-8 quoted-printable, the attachment
//   base64 (76-character lines) with its name in the Content-Type's `name`
//   and the Content-Disposition's `filename` parameters, RFC 2231
//   (`filename*=UTF-8''...`) when it is not plain ASCII.
// - The boundary starts with "=_", which neither quoted-printable nor base64
//   can produce.
struct EmlMessage {
    QString fromName;
    QString fromAddress;
    QString toAddress;
    QString subject;
    QString body; // plain text, '\n' line ends
    QDateTime date;
    QString messageId; // without the angle brackets: "circolare-12-015146@pec.example.it"
    QString attachmentName;
    QByteArray attachment;
    QByteArray attachmentType = "application/pdf";

    QByteArray toBytes() const;
};

// Helpers, public for the tests.
QByteArray encodeQuotedPrintable(const QByteArray &utf8Text); // CRLF line ends in the output
QByteArray encodeHeaderText(const QString &text, int firstLineUsed); // RFC 2047 when needed
QByteArray rfc5322Date(const QDateTime &date);
QByteArray base64Lines(const QByteArray &data);

} // namespace room
