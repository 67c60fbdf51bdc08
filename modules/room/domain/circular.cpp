#include "room/domain/circular.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "core/reference/comune.h"

#include <QRegularExpression>

namespace room {

using core::Error;
using core::Result;

namespace {

QString L(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

} // namespace

QString circularScopeCode(CircularScope scope)
{
    switch (scope) {
    case CircularScope::All:
        return QStringLiteral("all");
    case CircularScope::Zone:
        return QStringLiteral("zone");
    case CircularScope::Event:
        return QStringLiteral("event");
    }
    return {};
}

bool circularScopeFromCode(const QString &code, CircularScope *scope)
{
    for (CircularScope s : { CircularScope::All, CircularScope::Zone, CircularScope::Event })
        if (circularScopeCode(s) == code) {
            *scope = s;
            return true;
        }
    return false;
}

int CircularPreview::withoutPec() const
{
    int n = 0;
    for (const CircularRecipient &r : recipients)
        if (r.pec.trimmed().isEmpty())
            ++n;
    return n;
}

int CircularPreview::complete() const
{
    int n = 0;
    for (const QStringList &m : missing)
        if (m.isEmpty())
            ++n;
    return n;
}

QStringList mergeFieldNames()
{
    return { QStringLiteral("comune"), QStringLiteral("sindaco"), QStringLiteral("pec"), QStringLiteral("email"),
        QStringLiteral("zona"), QStringLiteral("evento"), QStringLiteral("data"), QStringLiteral("protocollo") };
}

QStringList fieldsIn(const QString &text)
{
    QStringList fields;
    auto it = fieldPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!fields.contains(name))
            fields.append(name);
    }
    return fields;
}

QString mergeText(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = fieldPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        out += value != values.constEnd() ? *value : match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QHash<QString, QString> mergeValues(
    const CircularRecipient &r, const QString &eventName, const QDate &date, const QString &protocolNumber)
{
    return { { QStringLiteral("comune"), r.comune }, { QStringLiteral("sindaco"), r.sindaco.trimmed() },
        { QStringLiteral("pec"), r.pec.trimmed() }, { QStringLiteral("email"), r.email.trimmed() },
        { QStringLiteral("zona"), r.zona }, { QStringLiteral("evento"), eventName },
        { QStringLiteral("data"), core::toItalianDate(date) }, { QStringLiteral("protocollo"), protocolNumber } };
}

Result<QList<CircularRecipient>> circularRecipients(
    const QSqlDatabase &db, CircularScope scope, const QString &zone, qint64 eventId)
{
    QString where;
    QVariantList binds;
    switch (scope) {
    case CircularScope::All:
        break;
    case CircularScope::Zone:
        where = QStringLiteral("WHERE m.zona_omogenea = ? ");
        binds.append(zone);
        break;
    case CircularScope::Event:
        where = QStringLiteral("WHERE m.comune_id IN (SELECT comune_id FROM room_event_comune WHERE event_id = ?) ");
        binds.append(eventId);
        break;
    }
    auto q = core::runQuery(db,
        QStringLiteral("SELECT c.id, c.istat_code, c.name, m.sindaco, m.pec, m.email, m.zona_omogenea "
                       "FROM comune_cmm m JOIN comune c ON c.id = m.comune_id %1ORDER BY c.name COLLATE NOCASE, c.id")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    QList<CircularRecipient> list;
    while (q->next())
        list.append({ q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
            q->value(4).toString(), q->value(5).toString(), q->value(6).toString() });
    return list;
}

Result<QList<QPair<qint64, QString>>> circularEvents(const QSqlDatabase &db)
{
    auto q = core::runQuery(
        db, QStringLiteral("SELECT id, name FROM activation_event ORDER BY start_date DESC, id DESC LIMIT 200"));
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString() });
    return list;
}

Result<QString> eventName(const QSqlDatabase &db, qint64 eventId)
{
    if (eventId == 0)
        return QString();
    auto v = core::queryValue(db, QStringLiteral("SELECT name FROM activation_event WHERE id = ?"), { eventId });
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error(QStringLiteral("room.unknown_event"), { QString::number(eventId) });
    return v->toString();
}

Result<CircularPreview> previewCircular(const QSqlDatabase &db, const CircularDraft &draft)
{
    if (draft.subject.simplified().isEmpty())
        return Error(QStringLiteral("room.no_subject"));
    if (draft.body.trimmed().isEmpty())
        return Error(QStringLiteral("room.no_body"));
    if (draft.subject.size() > 500 || draft.body.size() > 20000)
        return Error(QStringLiteral("room.text_too_long"));
    if (!draft.date.isValid())
        return Error(QStringLiteral("room.bad_date"));
    CircularPreview preview;
    preview.fieldsUsed = fieldsIn(draft.subject);
    for (const QString &f : fieldsIn(draft.body))
        if (!preview.fieldsUsed.contains(f))
            preview.fieldsUsed.append(f);
    const QStringList known = mergeFieldNames();
    for (const QString &f : std::as_const(preview.fieldsUsed))
        if (!known.contains(f))
            return Error(QStringLiteral("room.unknown_merge_field"), { f });
    if (draft.scope == CircularScope::Zone && !core::zoneOmogenee().contains(draft.zone))
        return Error(QStringLiteral("reference.bad_zone"), { draft.zone });
    if (draft.scope == CircularScope::Event && draft.eventId == 0)
        return Error(QStringLiteral("room.no_event"));
    auto event = eventName(db, draft.eventId);
    if (!event)
        return event.error();
    preview.eventName = *event;
    auto recipients = circularRecipients(db, draft.scope, draft.zone, draft.eventId);
    if (!recipients)
        return recipients.error();
    if (recipients->isEmpty())
        return draft.scope == CircularScope::Zone ? Error(QStringLiteral("room.no_recipients"), { draft.zone })
                                                  : Error(QStringLiteral("room.no_recipients"));
    preview.recipients = *recipients;
    for (const CircularRecipient &r : std::as_const(preview.recipients)) {
        const auto values = mergeValues(r, preview.eventName, draft.date, QStringLiteral("0"));
        QStringList missing;
        for (const QString &f : std::as_const(preview.fieldsUsed))
            if (values.value(f).trimmed().isEmpty())
                missing.append(f);
        if (r.pec.trimmed().isEmpty() && !missing.contains(QStringLiteral("pec")))
            missing.append(QStringLiteral("pec"));
        preview.missing.append(missing);
    }
    return preview;
}

Result<MailSender> mailSender(const QSqlDatabase &db)
{
    auto q = core::runQuery(db, QStringLiteral("SELECT key, value FROM room_mail_setting"));
    if (!q)
        return q.error();
    MailSender sender;
    while (q->next()) {
        if (q->value(0).toString() == QLatin1String("from_name"))
            sender.name = q->value(1).toString();
        else if (q->value(0).toString() == QLatin1String("from_address"))
            sender.address = q->value(1).toString();
    }
    return sender;
}

core::ReportDocument circularLetterDocument(const CircularLetter &letter)
{
    core::ReportDocument doc;
    doc.name = QStringLiteral("circolare");
    doc.title = L("Circolare prot. n. %1").arg(letter.number);
    doc.titleBlock = false;
    doc.printedAt = letter.printedAt;
    const CircularRecipient &r = letter.recipient;
    // A letter, not a table of figures: a larger type, air between the
    // blocks and the paragraphs (the report's 3 px margins made it a wall of
    // text). Protocol and date on the left, the addressee on the right, as on
    // the room's paper letters; the date once (the footer says when it was
    // printed, the preamble does not repeat it: titleBlock is off). The
    // renderer lays each block out on its own and drops a block's outer
    // margins, so the space is a cell's padding, and the size is said on
    // every run of text (a bold run does not inherit a paragraph's size).
    const QString size = L("font-size: 11pt;");
    const auto bold = [&](const QString &t) {
        return L("<span style=\"%2 font-weight: bold;\">%1</span>").arg(t.toHtmlEscaped(), size);
    };
    const auto spaced = [&](const QString &inner, int above, int below, bool justify) {
        return L("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                 "<td style=\"padding-top: %2px; padding-bottom: %3px;\"><p style=\"%4 line-height: 135%;\"%5>%1</p>"
                 "</td></tr></table>")
            .arg(inner, QString::number(above), QString::number(below), size,
                justify ? L(" align=\"justify\"") : QString());
    };
    const auto line = [&](const QString &inner) {
        return L("<p style=\"%2 line-height: 135%;\">%1</p>").arg(inner, size);
    };
    QString addressee = line(L("Al Sindaco del Comune di %1").arg(bold(r.comune)));
    if (!r.sindaco.trimmed().isEmpty())
        addressee += line(r.sindaco.trimmed().toHtmlEscaped());
    if (!r.pec.trimmed().isEmpty())
        addressee += line(L("PEC: %1").arg(r.pec.trimmed().toHtmlEscaped()));
    doc.addHtml(L("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                  "<td width=\"55%\" valign=\"top\" style=\"padding-top: 16px;\">%1%2</td>"
                  "<td width=\"45%\" valign=\"top\" style=\"padding-top: 16px;\">%3</td></tr></table>")
                    .arg(line(L("Prot. n. %1").arg(bold(letter.number))),
                        line(L("Peschiera Borromeo, %1").arg(core::toItalianDate(letter.date))), addressee));
    doc.addHtml(spaced(L("%1 %2").arg(bold(L("Oggetto:")), letter.subject.toHtmlEscaped()), 28, 14, false));
    // A protocol number is one word for the reader: "2026/P-0001" must not
    // break after the slash (line breaking allows it before a letter). Rich
    // text honours no inline "nowrap", so a word joiner follows the slash.
    const QString number = letter.number.toHtmlEscaped();
    const auto keepNumberWhole = [&](QString html) {
        if (!number.isEmpty())
            html.replace(number, QString(number).replace(QLatin1Char('/'), L("/\u2060")));
        return html;
    };
    const QStringList paragraphs = letter.body.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        doc.addHtml(spaced(keepNumberWhole(p.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), L("<br/>"))), 0, 10, true));
    doc.addHtml(L("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\"></td>"
                  "<td width=\"45%\" align=\"center\" style=\"padding-top: 30px;\">%1"
                  "<p style=\"%2\">&nbsp;</p><p style=\"%2\">&nbsp;</p><p>______________________________</p></td></tr></table>")
                    .arg(line((letter.signedBy.isEmpty() ? L("La Cabina di regia") : letter.signedBy).toHtmlEscaped()),
                        size));
    return doc;
}

} // namespace room
