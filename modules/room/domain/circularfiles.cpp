#include "room/domain/circularfiles.h"

#include "core/auth/permissions.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "core/domain/wholefile.h"
#include "core/reporting/reportrenderer.h"
#include "room/domain/protocol.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace room {

using core::Error;
using core::Result;
using core::Status;

namespace {

QString italianText(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A name that every file system takes: letters (accents kept), digits,
// '-' and '_'.
QString safeName(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-'))
            out += c;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QStringLiteral("cisiamo.invalid") : address.mid(at + 1).trimmed();
}

QString folderFor(const QString &base, const QString &number)
{
    QString n = number;
    n.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(base).filePath(QStringLiteral("circolare_%1").arg(n));
}

} // namespace

Result<CircularContent> loadCircular(const QSqlDatabase &db, qint64 circularId)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT c.id, p.number, p.dated, c.subject, c.body, c.scope, c.zone, coalesce(c.event_id, 0), "
                       "c.folder, c.created_at FROM room_circular c JOIN room_protocol p ON p.id = c.protocol_id "
                       "WHERE c.id = ?"),
        { circularId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("room.unknown_circular"), { QString::number(circularId) });
    CircularContent content;
    content.circularId = q->value(0).toLongLong();
    content.number = q->value(1).toString();
    content.date = core::fromSqlDate(q->value(2).toString());
    content.subject = q->value(3).toString();
    content.body = q->value(4).toString();
    CircularScope scope = CircularScope::All;
    circularScopeFromCode(q->value(5).toString(), &scope);
    const QString zone = q->value(6).toString();
    const qint64 eventId = q->value(7).toLongLong();
    content.folder = q->value(8).toString();
    content.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(9).toLongLong());
    auto event = eventName(db, eventId);
    if (!event)
        return event.error();
    content.eventName = *event;
    auto sender = mailSender(db);
    if (!sender)
        return sender.error();
    content.sender = *sender;
    auto recipients = circularRecipients(db, scope, zone, eventId);
    if (!recipients)
        return recipients.error();
    auto done = core::runQuery(
        db, QStringLiteral("SELECT comune_id FROM room_circular_sending WHERE circular_id = ?"), { circularId });
    if (!done)
        return done.error();
    QSet<int> logged;
    while (done->next())
        logged.insert(done->value(0).toInt());
    for (const CircularRecipient &r : std::as_const(*recipients))
        if (!logged.contains(r.comuneId))
            content.recipients.append(r);
    return content;
}

QString circularFileStem(const CircularContent &content, const CircularRecipient &recipient)
{
    return QDir(content.folder).filePath(QStringLiteral("%1_%2").arg(recipient.istatCode, safeName(recipient.comune)));
}

EmlMessage circularMessage(const CircularContent &content, const CircularRecipient &recipient, const QByteArray &pdf)
{
    const auto values = mergeValues(recipient, content.eventName, content.date, content.number);
    EmlMessage m;
    m.fromName = content.sender.name;
    m.fromAddress = content.sender.address;
    m.toAddress = recipient.pec.trimmed();
    m.subject = italianText("Prot. n. %1 - %2").arg(content.number, mergeText(content.subject, values).simplified());
    m.body = italianText("Al Sindaco del Comune di %1\n\n%2\n\nSi trasmette in allegato la circolare prot. n. %3 del %4.\n\n%5\n")
                 .arg(recipient.comune, mergeText(content.body, values).trimmed(), content.number,
                     core::toItalianDate(content.date), content.sender.name);
    m.date = content.createdAt;
    QString number = content.number;
    number.replace(QLatin1Char('/'), QLatin1Char('-'));
    m.messageId = QStringLiteral("circolare-%1-%2-%3@%4")
                      .arg(number)
                      .arg(content.circularId)
                      .arg(recipient.istatCode, domainOf(content.sender.address));
    m.attachmentName = italianText("Circolare %1 - %2.pdf").arg(number, recipient.comune);
    m.attachment = pdf;
    return m;
}

namespace {

// What one group of letters gives: the bytes of its files, in order.
struct CircularGroup {
    QList<QPair<QString, QByteArray>> files;
    QList<PreparedFile> prepared;
    core::Error error;
    bool skipped = false; // cancelled before it started
};

CircularLetter letterFor(const CircularContent &content, const CircularRecipient &r)
{
    const auto values = mergeValues(r, content.eventName, content.date, content.number);
    CircularLetter letter;
    letter.number = content.number;
    letter.date = content.date;
    letter.subject = mergeText(content.subject, values).simplified();
    letter.body = mergeText(content.body, values);
    letter.recipient = r;
    letter.printedAt = content.createdAt;
    return letter;
}

CircularGroup renderGroup(const CircularContent &content, qsizetype first, qsizetype count)
{
    CircularGroup group;
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    QList<core::ReportDocument> documents;
    documents.reserve(count);
    for (qsizetype i = first; i < first + count; ++i)
        documents.append(circularLetterDocument(letterFor(content, content.recipients.at(i))));
    const QList<QByteArray> pdfs = core::ReportRenderer::pdfDataEach(documents, italian);
    for (qsizetype i = 0; i < count; ++i) {
        const CircularRecipient &r = content.recipients.at(first + i);
        const QByteArray pdf = pdfs.value(i);
        if (!pdf.startsWith("%PDF")) {
            group.error = Error(QStringLiteral("report.cannot_print"), { content.number });
            return group;
        }
        PreparedFile file;
        file.comuneId = r.comuneId;
        const QString stem = circularFileStem(content, r);
        file.letterFile = stem + QStringLiteral(".pdf");
        group.files.append({ file.letterFile, pdf });
        if (!r.pec.trimmed().isEmpty()) {
            file.messageFile = stem + QStringLiteral(".eml");
            file.toAddress = r.pec.trimmed();
            group.files.append({ file.messageFile, circularMessage(content, r, pdf).toBytes() });
        }
        group.prepared.append(file);
    }
    return group;
}

} // namespace

Result<QList<PreparedFile>> writeCircularFiles(const CircularContent &content, const CircularWriteOptions &options)
{
    const auto cancelled = [&options] { return options.cancel && options.cancel->load(); };
    const QFileInfo folderInfo(content.folder);
    if (folderInfo.exists() && !folderInfo.isDir())
        return Error(QStringLiteral("file.cannot_write"), { content.folder, QString(), QString() });
    // The circular's own folder, made here, goes again if nothing is written.
    const bool madeFolder = !folderInfo.exists();
    if (!QDir().mkpath(content.folder))
        return Error(QStringLiteral("file.cannot_write"), { content.folder, QString(), QString() });
    const auto nothingWritten = [&](const Error &error) -> Result<QList<PreparedFile>> {
        if (madeFolder)
            QDir().rmdir(content.folder); // only when empty
        return error;
    };
    const int total = int(content.recipients.size());
    const int groupSize = std::max(1, options.groupSize);
    // Progress from the pool's threads, one call at a time.
    int done = 0;
    QMutex progressLock;
    const auto render = [&](qsizetype first) {
        if (cancelled()) {
            CircularGroup skipped;
            skipped.skipped = true;
            return skipped;
        }
        const qsizetype count = std::min<qsizetype>(groupSize, total - first);
        CircularGroup group = renderGroup(content, first, count);
        // Counted under the lock: the calls see a growing count.
        QMutexLocker locker(&progressLock);
        done += int(count);
        if (options.progress)
            options.progress(done, total);
        return group;
    };
    QList<CircularGroup> groups;
    if (options.pool) {
        QList<QFuture<CircularGroup>> futures;
        for (qsizetype first = 0; first < total; first += groupSize)
            futures.append(QtConcurrent::run(options.pool, render, first));
        for (QFuture<CircularGroup> &f : futures)
            groups.append(f.result());
    } else {
        for (qsizetype first = 0; first < total; first += groupSize)
            groups.append(render(first));
    }
    // Nothing is on disk yet: a cancel or a failed letter leaves nothing.
    if (cancelled())
        return nothingWritten(Error(QStringLiteral("room.cancelled"), { content.number }));
    QList<QPair<QString, QByteArray>> files;
    QList<PreparedFile> prepared;
    for (const CircularGroup &g : std::as_const(groups)) {
        if (!g.error.code.isEmpty())
            return nothingWritten(g.error);
        files += g.files;
        prepared += g.prepared;
    }
    groups.clear();
    // A file of this run already there (an earlier run of a circular is
    // logged and not written again, so it is one left by hand) is replaced;
    // the others are removed again when a later one fails.
    QStringList existed;
    for (const auto &f : std::as_const(files))
        if (QFileInfo::exists(f.first))
            existed.append(f.first);
    if (auto s = core::writeWholeFiles(files); !s) {
        for (const auto &f : std::as_const(files))
            if (!existed.contains(f.first))
                QFile::remove(f.first);
        return nothingWritten(s.error());
    }
    return prepared;
}

QString RegisterCircular::permission() const
{
    return core::Permission::RoomCommunications;
}

Status RegisterCircular::check(const core::CommandContext &context) const
{
    auto preview = previewCircular(context.db, m_draft);
    if (!preview)
        return preview.error();
    if (m_draft.date > context.clock.today())
        return Error(QStringLiteral("room.protocol_in_future"), { core::toSqlDate(m_draft.date) });
    if (m_draft.folder.trimmed().isEmpty())
        return Error(QStringLiteral("room.no_folder"));
    if (auto s = checkCircularFolder(m_draft.folder.trimmed()); !s)
        return s;
    auto sender = mailSender(context.db);
    if (!sender)
        return sender.error();
    if (preview->withoutPec() < preview->recipients.size() && !sender->address.contains(QLatin1Char('@')))
        return Error(QStringLiteral("room.no_sender"));
    return {};
}

Status RegisterCircular::apply(const core::CommandContext &context)
{
    auto recipients = circularRecipients(context.db, m_draft.scope, m_draft.zone, m_draft.eventId);
    if (!recipients)
        return recipients.error();
    m_recipients = int(recipients->size());
    ProtocolEntry entry;
    entry.direction = Direction::Out;
    entry.dated = m_draft.date;
    entry.counterpart = m_draft.scope == CircularScope::Zone
        ? italianText("Sindaci dei comuni della zona %1 (%2)").arg(m_draft.zone).arg(m_recipients)
        : italianText("Sindaci dei comuni (%1)").arg(m_recipients);
    entry.subject = m_draft.subject;
    auto protocolId = insertProtocolEntry(context.db, &entry, context.clock.nowMs());
    if (!protocolId)
        return protocolId.error();
    m_protocolId = *protocolId;
    m_number = entry.number;
    const QString folder = folderFor(m_draft.folder.trimmed(), m_number);
    auto id = core::allocateRowId(context.db);
    if (!id)
        return id.error();
    auto q = core::runQuery(context.db,
        QStringLiteral("INSERT INTO room_circular(id, protocol_id, subject, body, scope, zone, event_id, folder, "
                       "created_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, m_protocolId, m_draft.subject.simplified(), m_draft.body.trimmed(), circularScopeCode(m_draft.scope),
            m_draft.scope == CircularScope::Zone ? m_draft.zone : QString(),
            m_draft.eventId ? QVariant(m_draft.eventId) : QVariant(), folder, context.clock.nowMs(),
            core::sessionOperator(context.db) });
    if (!q)
        return q.error();
    m_id = *id;
    return {};
}

QString RegisterCircular::auditDetail() const
{
    return QStringLiteral("%1 protocol %2 comuni %3").arg(m_id).arg(m_protocolId).arg(m_recipients);
}

QString LogCircularSendings::permission() const
{
    return core::Permission::RoomCommunications;
}

Status LogCircularSendings::check(const core::CommandContext &context) const
{
    auto exists = core::queryValue(context.db, QStringLiteral("SELECT 1 FROM room_circular WHERE id = ?"), { m_circularId });
    if (!exists)
        return exists.error();
    if (!exists->isValid())
        return Error(QStringLiteral("room.unknown_circular"), { QString::number(m_circularId) });
    QSet<int> seen;
    for (const PreparedFile &f : m_files) {
        if (seen.contains(f.comuneId))
            return Error(QStringLiteral("room.already_sent"), { QString::number(f.comuneId) });
        seen.insert(f.comuneId);
        auto logged = core::queryValue(context.db,
            QStringLiteral("SELECT 1 FROM room_circular_sending WHERE circular_id = ? AND comune_id = ?"),
            { m_circularId, f.comuneId });
        if (!logged)
            return logged.error();
        if (logged->isValid())
            return Error(QStringLiteral("room.already_sent"), { QString::number(f.comuneId) });
        if (!QFileInfo(f.letterFile).isFile())
            return Error(QStringLiteral("room.file_missing"), { f.letterFile });
        if (!f.messageFile.isEmpty() && !QFileInfo(f.messageFile).isFile())
            return Error(QStringLiteral("room.file_missing"), { f.messageFile });
    }
    return {};
}

Status LogCircularSendings::apply(const core::CommandContext &context)
{
    if (m_files.isEmpty())
        return {};
    auto first = core::allocateRowId(context.db, m_files.size());
    if (!first)
        return first.error();
    const QString operatorName = core::sessionOperator(context.db);
    const qint64 now = context.clock.nowMs();
    qint64 id = *first;
    for (const PreparedFile &f : std::as_const(m_files)) {
        auto q = core::runQuery(context.db,
            QStringLiteral("INSERT INTO room_circular_sending(id, circular_id, comune_id, outcome, to_address, "
                           "letter_file, message_file, created_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id++, m_circularId, f.comuneId,
                f.messageFile.isEmpty() ? QStringLiteral("no_pec") : QStringLiteral("prepared"), f.toAddress,
                f.letterFile, f.messageFile, now, operatorName });
        if (!q)
            return q.error();
    }
    return {};
}

QString LogCircularSendings::auditDetail() const
{
    return QStringLiteral("%1 comuni %2").arg(m_circularId).arg(m_files.size());
}

QString SetMayor::permission() const
{
    return core::Permission::RoomCommunications;
}

Status SetMayor::check(const core::CommandContext &context) const
{
    if (m_name.size() > 120)
        return Error(QStringLiteral("room.text_too_long"));
    auto v = core::queryValue(context.db, QStringLiteral("SELECT 1 FROM comune_cmm WHERE comune_id = ?"), { m_comuneId });
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error(QStringLiteral("reference.not_metropolitan"), { QString::number(m_comuneId) });
    return {};
}

Status SetMayor::apply(const core::CommandContext &context)
{
    auto q = core::runQuery(context.db,
        QStringLiteral("UPDATE comune_cmm SET sindaco = ? WHERE comune_id = ? AND sindaco IS NOT ?"),
        { m_name.simplified(), m_comuneId, m_name.simplified() });
    if (!q)
        return q.error();
    return {};
}

QString SetMailSender::permission() const
{
    return core::Permission::RoomCommunications;
}

Status SetMailSender::check(const core::CommandContext &) const
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    if (!pattern.match(m_sender.address.trimmed()).hasMatch())
        return Error(QStringLiteral("reference.bad_email"), { m_sender.address.trimmed() });
    if (m_sender.name.simplified().isEmpty() || m_sender.name.size() > 120)
        return Error(QStringLiteral("room.bad_sender_name"));
    return {};
}

Status SetMailSender::apply(const core::CommandContext &context)
{
    for (const auto &kv : { qMakePair(QStringLiteral("from_name"), m_sender.name.simplified()),
             qMakePair(QStringLiteral("from_address"), m_sender.address.trimmed()) }) {
        auto q = core::runQuery(context.db,
            QStringLiteral("UPDATE room_mail_setting SET value = ? WHERE key = ? AND value IS NOT ?"),
            { kv.second, kv.first, kv.second });
        if (!q)
            return q.error();
    }
    return {};
}

Status checkCircularFolder(const QString &folder)
{
    QFileInfo info(QDir::cleanPath(QDir(folder).absolutePath()));
    // The nearest part of the path that exists is what takes the new folder.
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    if (!info.isDir() || !info.isWritable())
        return Error(QStringLiteral("room.bad_folder"), { folder });
    return {};
}

Result<qint64> circularNumbered(const QSqlDatabase &db, const QString &number)
{
    auto v = core::queryValue(db,
        QStringLiteral("SELECT c.id FROM room_circular c JOIN room_protocol p ON p.id = c.protocol_id WHERE p.number = ?"),
        { number.trimmed() });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

Result<core::ReportDocument> CircularLog::document(
    const QSqlDatabase &db, const QDateTime &printedAt, const QString &operatorName, qint64 circularId)
{
    using core::ColumnKind;
    core::ReportDocument doc;
    doc.name = QStringLiteral("circulars");
    doc.title = tr("Circulars to the mayors: sendings");
    doc.printedAt = printedAt;
    doc.operatorName = operatorName;
    doc.landscape = true;
    core::ReportTable table;
    table.columns = { { QStringLiteral("number"), tr("Protocol"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("dated"), tr("Date"), ColumnKind::Date },
        { QStringLiteral("subject"), tr("Subject"), ColumnKind::Text },
        { QStringLiteral("istat_code"), tr("ISTAT code"), ColumnKind::Text, 0, false },
        { QStringLiteral("comune"), tr("Comune"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("outcome"), tr("Outcome"), ColumnKind::Text },
        { QStringLiteral("outcome_code"), tr("Outcome code"), ColumnKind::Text, 0, false },
        { QStringLiteral("to_address"), tr("PEC"), ColumnKind::Text },
        { QStringLiteral("letter_file"), tr("Letter"), ColumnKind::Text, 0, false },
        { QStringLiteral("message_file"), tr("Message"), ColumnKind::Text, 0, false },
        { QStringLiteral("prepared_at"), tr("Prepared"), ColumnKind::DateTime },
        { QStringLiteral("operator"), tr("Operator"), ColumnKind::Text } };
    QVariantList binds;
    QString where;
    if (circularId) {
        where = QStringLiteral(" WHERE s.circular_id = ?");
        binds.append(circularId);
    }
    auto q = core::runQuery(db,
        QStringLiteral("SELECT p.number, p.dated, c.subject, m.istat_code, m.name, s.outcome, s.to_address, "
                       "s.letter_file, s.message_file, s.created_at, s.operator FROM room_circular_sending s "
                       "JOIN room_circular c ON c.id = s.circular_id JOIN room_protocol p ON p.id = c.protocol_id "
                       "JOIN comune m ON m.id = s.comune_id%1 ORDER BY p.dated, p.number, m.name COLLATE NOCASE, s.id")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    int prepared = 0;
    int withoutPec = 0;
    while (q->next()) {
        const QString outcome = q->value(5).toString();
        (outcome == QLatin1String("prepared") ? prepared : withoutPec)++;
        table.rows.append({ q->value(0).toString(), core::fromSqlDate(q->value(1).toString()), q->value(2).toString(),
            q->value(3).toString(), q->value(4).toString(),
            outcome == QLatin1String("prepared") ? tr("message ready") : tr("letter only: no PEC"), outcome,
            q->value(6).toString(), q->value(7).toString(), q->value(8).toString(), q->value(9).toLongLong(),
            q->value(10).toString() });
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    doc.parameters = { { tr("Sendings"), QLocale().toString(int(table.rows.size())) },
        { tr("Messages ready"), QLocale().toString(prepared) }, { tr("Letter only"), QLocale().toString(withoutPec) } };
    if (table.rows.isEmpty())
        doc.addParagraph(tr("No circular has been prepared yet."));
    doc.addTable(table);
    return doc;
}

CircularOutcome circularOutcome(const CircularContent &content, const QList<PreparedFile> &files)
{
    CircularOutcome outcome;
    outcome.circularId = content.circularId;
    outcome.number = content.number;
    outcome.folder = content.folder;
    QHash<int, QString> names;
    for (const CircularRecipient &r : std::as_const(content.recipients))
        names.insert(r.comuneId, r.comune);
    for (const PreparedFile &f : files) {
        ++outcome.letters;
        if (f.messageFile.isEmpty())
            outcome.withoutPec.append(names.value(f.comuneId));
        else
            ++outcome.messages;
    }
    return outcome;
}

Result<CircularOutcome> produceCircular(const std::function<Status(core::Command &)> &run, const QSqlDatabase &db,
    qint64 circularId, const CircularWriteOptions &options)
{
    auto content = loadCircular(db, circularId);
    if (!content)
        return content.error();
    if (content->recipients.isEmpty())
        return circularOutcome(*content, {});
    auto files = writeCircularFiles(*content, options);
    if (!files)
        return files.error();
    LogCircularSendings log(circularId, *files);
    if (auto s = run(log); !s)
        return s.error();
    return circularOutcome(*content, *files);
}

Result<CircularOutcome> prepareCircular(const std::function<Status(core::Command &)> &run, const QSqlDatabase &db,
    const CircularDraft &draft, const CircularWriteOptions &options)
{
    RegisterCircular registration(draft);
    if (auto s = run(registration); !s)
        return s.error();
    return produceCircular(run, db, registration.circularId(), options);
}

} // namespace room
