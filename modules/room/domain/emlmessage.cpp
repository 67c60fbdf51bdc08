#include "room/domain/emlmessage.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QTimeZone>

namespace room {

namespace {

const QByteArray crlf("\r\n");

bool isPlainAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// Printable ASCII that needs no quoting in a phrase (RFC 5322 atext and
// spaces).
bool isAtomText(const QString &text)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    for (QChar c : text)
        if (specials.contains(c))
            return false;
    return true;
}

QByteArray mailbox(const QString &name, const QString &address)
{
    const QByteArray addr = address.trimmed().toLatin1();
    if (name.trimmed().isEmpty())
        return addr;
    QByteArray phrase;
    if (!isPlainAscii(name))
        phrase = encodeHeaderText(name, 6);
    else if (isAtomText(name))
        phrase = name.toLatin1();
    else {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        phrase = '"' + quoted.toLatin1() + '"';
    }
    return phrase + " <" + addr + '>';
}

// RFC 2231: charset''percent-encoded.
QByteArray rfc2231Value(const QString &text)
{
    QByteArray out("UTF-8''");
    const QByteArray utf8 = text.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_';
        if (plain)
            out += char(c);
        else
            out += '%' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

QByteArray quotedParameter(const QString &asciiText)
{
    QByteArray v = asciiText.toLatin1();
    v.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + v + '"';
}

// One parameter of a Content-Type / Content-Disposition field.
QByteArray fileParameter(const char *name, const QString &value)
{
    if (isPlainAscii(value))
        return QByteArray(";\r\n ") + name + '=' + quotedParameter(value);
    return QByteArray(";\r\n ") + name + "*=" + rfc2231Value(value);
}

} // namespace

QByteArray encodeQuotedPrintable(const QByteArray &utf8Text)
{
    // Lines are encoded one by one; each encoded line at most 76 characters
    // (soft breaks "=" at the end), trailing spaces and tabs encoded.
    QByteArray out;
    const QList<QByteArray> lines = utf8Text.split('\n');
    for (int l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (line.endsWith('\r'))
            line.chop(1);
        QByteArray current;
        for (int i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (current.size() + piece.size() > 75) {
                out += current + "=\r\n";
                current.clear();
            }
            current += piece;
        }
        out += current;
        if (l < lines.size() - 1)
            out += crlf;
    }
    return out;
}

QByteArray encodeHeaderText(const QString &text, int firstLineUsed)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Encoded-words of at most 75 characters, never splitting a character
    // (RFC 2047 §5): whole code points are added while the word fits.
    QList<QByteArray> words;
    QByteArray chunk;
    const auto wordOf = [](const QByteArray &utf8) { return "=?UTF-8?B?" + utf8.toBase64() + "?="; };
    int limit = std::max(20, 75 - firstLineUsed);
    for (int i = 0; i < text.size(); ++i) {
        QString ch(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ch += text.at(++i);
        const QByteArray next = chunk + ch.toUtf8();
        if (!chunk.isEmpty() && wordOf(next).size() > limit) {
            words.append(wordOf(chunk));
            chunk = ch.toUtf8();
            limit = 74;
        } else {
            chunk = next;
        }
    }
    if (!chunk.isEmpty())
        words.append(wordOf(chunk));
    return words.join("\r\n ");
}

QByteArray rfc5322Date(const QDateTime &date)
{
    const QLocale c = QLocale::c();
    const QDateTime local = date.toLocalTime();
    const int offset = local.offsetFromUtc() / 60;
    const QByteArray zone = (offset < 0 ? "-" : "+")
        + QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0');
    return c.toString(local, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + ' ' + zone;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + crlf;
    return out;
}

QByteArray EmlMessage::toBytes() const
{
    // A boundary that depends on the content only (the same message gives
    // the same file) and that the encodings cannot produce.
    const QByteArray boundary = "=_cisiamo_"
        + QCryptographicHash::hash(messageId.toUtf8() + attachment, QCryptographicHash::Sha256).toHex().left(24);
    QByteArray m;
    m += "Date: " + rfc5322Date(date) + crlf;
    m += "From: " + mailbox(fromName, fromAddress) + crlf;
    m += "To: " + toAddress.trimmed().toLatin1() + crlf;
    m += "Subject: " + encodeHeaderText(subject, 9) + crlf;
    m += "Message-ID: <" + messageId.toLatin1() + '>' + crlf;
    m += "MIME-Version: 1.0" + crlf;
    m += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + '"' + crlf;
    m += crlf;
    m += "This is a multi-part message in MIME format." + crlf;
    m += "--" + boundary + crlf;
    m += "Content-Type: text/plain; charset=UTF-8" + crlf;
    m += "Content-Transfer-Encoding: quoted-printable" + crlf;
    m += crlf;
    m += encodeQuotedPrintable(body.toUtf8()) + crlf;
    m += "--" + boundary + crlf;
    m += "Content-Type: " + attachmentType + fileParameter("name", attachmentName) + crlf;
    m += "Content-Transfer-Encoding: base64" + crlf;
    m += "Content-Disposition: attachment" + fileParameter("filename", attachmentName) + crlf;
    m += crlf;
    m += base64Lines(attachment);
    m += "--" + boundary + "--" + crlf;
    return m;
}

} // namespace room
