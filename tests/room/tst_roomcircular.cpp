// Circulars to the mayors and the communications register: merge fields,
// the preview that lists the comuni without PEC (they get a letter and no
// message), one PDF letter and one .eml per comune, each message parsed
// back (RFC 5322 headers, MIME multipart/mixed, quoted-printable text, the
// PDF attached base64 and equal to the letter), each sending logged once,
// protocol numbers per workstation and year past the restore floor, and
// the permission room.communications.

#include "core/db/numberfloor.h"
#include "core/domain/wholefile.h"
#include "room/domain/circularfiles.h"
#include "support/permissionprobe.h"
#include "room/domain/emlmessage.h"
#include "room/domain/protocol.h"
#include "roomcommsfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QThreadPool>

#include <atomic>

using namespace room;

namespace {

// A parsed message: unfolded header fields (name lower case) and the body.
struct ParsedPart {
    QMap<QString, QString> headers;
    QByteArray body;
};

ParsedPart parsePart(const QByteArray &bytes)
{
    ParsedPart part;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? bytes : bytes.left(end);
    part.body = end < 0 ? QByteArray() : bytes.mid(end + 4);
    QString unfolded = QString::fromLatin1(head);
    unfolded.replace(QStringLiteral("\r\n "), QStringLiteral(" ")).replace(QStringLiteral("\r\n\t"), QStringLiteral(" "));
    for (const QString &line : unfolded.split(QStringLiteral("\r\n"))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            part.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    return part;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') {
            i += 2;
        } else if (in.at(i) == '=' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += in.at(i);
        }
    }
    return out;
}

QString decodeEncodedWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray utf8;
    QString rest = text;
    auto it = word.globalMatch(text);
    if (!it.hasNext())
        return text;
    while (it.hasNext())
        utf8 += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(utf8);
}

QString parameter(const QString &field, const QString &name)
{
    const QRegularExpression quoted(QStringLiteral("%1=\"([^\"]*)\"").arg(name));
    if (auto m = quoted.match(field); m.hasMatch())
        return m.captured(1);
    const QRegularExpression extended(QStringLiteral("%1\\*=UTF-8''([^;\\s]*)").arg(name));
    if (auto m = extended.match(field); m.hasMatch())
        return QString::fromUtf8(QByteArray::fromPercentEncoding(m.captured(1).toLatin1()));
    return {};
}

// Every file under a folder (hidden ones too: a temporary file), relative.
QStringList filesUnder(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(folder).relativeFilePath(it.next()));
    names.sort();
    return names;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRoomCircular : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mergeFields();
    void quotedPrintable_data();
    void quotedPrintable();
    void headerWordsAndFileNames();
    void previewListsWhatIsMissing();
    void badDraftsRefused_data();
    void badDraftsRefused();
    void oneLetterAndOneMessagePerComune();
    void aStoppedCircularIsCompletedWithoutSendingTwice();
    void serialAndParallelWriteTheSameBytes();
    void stoppedWritesAndLogsNothing_data();
    void stoppedWritesAndLogsNothing();
    void aFailedWriteLeavesNoFileAndNoSending_data();
    void aFailedWriteLeavesNoFileAndNoSending();
    void commandLineRefusesBadInput_data();
    void commandLineRefusesBadInput();
    void commandLineWritesCompletesAndLists();
    void protocolNumbers();
    void refusedWithoutThePermission();

private:
    CircularDraft draft(CircularScope scope = CircularScope::Zone) const;
    void setSender();
    qint64 lastCircular() const { return m_f->count(QStringLiteral("SELECT max(id) FROM room_circular")); }
    testsupport::ProcessResult cli(const QStringList &arguments, const QString &user = QStringLiteral("coord"));
    std::unique_ptr<RoomCommsFixture> m_f;
    QString m_folder;
};

void TestRoomCircular::init()
{
    m_f = std::make_unique<RoomCommsFixture>();
    QVERIFY(m_f->setUp());
    m_folder = QDir(m_f->database.dir()).filePath(QStringLiteral("circolari"));
    // The reference data leaves the zones to the Comuni tab: eight comuni
    // are put in Adda Martesana, as a coordinator would.
    QVERIFY(core::runQuery(m_f->db(), QStringLiteral("UPDATE comune_cmm SET zona_omogenea = 'Adda Martesana' WHERE "
                                                     "comune_id IN (SELECT comune_id FROM comune_cmm ORDER BY comune_id "
                                                     "LIMIT 8 OFFSET 20)")));
}

void TestRoomCircular::cleanup()
{
    m_f.reset();
}

CircularDraft TestRoomCircular::draft(CircularScope scope) const
{
    CircularDraft d;
    d.subject = QStringLiteral("Consegne nel Comune di {comune}");
    d.body = QString::fromUtf8("Egregio Sindaco {sindaco},\n\nsi comunica che le consegne ai COC della zona {zona} "
                               "riprenderanno lunedì. Rif. {protocollo} del {data}.\n\nDistinti saluti.");
    d.scope = scope;
    d.zone = scope == CircularScope::Zone ? QStringLiteral("Adda Martesana") : QString();
    d.date = QDate(2021, 3, 19);
    d.folder = m_folder;
    return d;
}

void TestRoomCircular::setSender()
{
    SetMailSender sender({ QString::fromUtf8("CCV-MI Sala operativa — Cabina di regia"),
        QStringLiteral("sala.operativa@pec.ccvmi.invalid") });
    QVERIFY(m_f->run(sender));
}

void TestRoomCircular::mergeFields()
{
    CircularRecipient r { 15146, QStringLiteral("015146"), QStringLiteral("Milano"), QStringLiteral("Anna Sindaca"),
        QStringLiteral("protocollo@pec.comune.milano.it"), QString(), QStringLiteral("Milano") };
    const auto values = mergeValues(r, QStringLiteral("Emergenza COVID-19"), QDate(2021, 3, 1), QStringLiteral("2021/P-0007"));
    QCOMPARE(mergeText(QStringLiteral("{comune}, {sindaco}, {evento}, {data}, {protocollo}, {email}, {altro}, {"), values),
        QStringLiteral("Milano, Anna Sindaca, Emergenza COVID-19, 01/03/2021, 2021/P-0007, , {altro}, {"));
    QCOMPARE(fieldsIn(QStringLiteral("{comune} e {sindaco} di {comune} {x_y}")),
        QStringList({ QStringLiteral("comune"), QStringLiteral("sindaco"), QStringLiteral("x_y") }));
}

void TestRoomCircular::quotedPrintable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << "Distinti saluti." << QByteArray("Distinti saluti.");
    QTest::newRow("equals") << "a=b" << QByteArray("a=3Db");
    QTest::newRow("accent") << QString::fromUtf8("lunedì") << QByteArray("luned=C3=AC");
    QTest::newRow("trailing space") << "fine \nriga" << QByteArray("fine=20\r\nriga");
    QTest::newRow("long line") << QString(100, QLatin1Char('x'))
                               << QByteArray(75, 'x') + "=\r\n" + QByteArray(25, 'x');
}

void TestRoomCircular::quotedPrintable()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    const QByteArray out = encodeQuotedPrintable(text.toUtf8());
    QCOMPARE(out, encoded);
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(out)).replace(QStringLiteral("\r\n"), QStringLiteral("\n")), text);
    for (const QByteArray &line : out.split('\n'))
        QVERIFY(line.size() <= 77); // 76 and the CR
}

void TestRoomCircular::headerWordsAndFileNames()
{
    const QString subject = QString::fromUtf8("Attività dei volontari: città di Cantù e Sesto San Giovanni, comunicazione "
                                              "formale ai Sindaci — seconda parte");
    const QByteArray encoded = encodeHeaderText(subject, 9);
    for (const QByteArray &line : encoded.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData());
    QCOMPARE(decodeEncodedWords(QString::fromLatin1(encoded).replace(QStringLiteral("\r\n "), QString())), subject);
    QCOMPARE(encodeHeaderText(QStringLiteral("Plain subject"), 9), QByteArray("Plain subject"));

    EmlMessage m;
    m.fromName = QStringLiteral("Sala");
    m.fromAddress = QStringLiteral("sala@pec.invalid");
    m.toAddress = QStringLiteral("comune@pec.invalid");
    m.subject = QStringLiteral("x");
    m.date = QDateTime(QDate(2021, 3, 19), QTime(9, 0));
    m.messageId = QStringLiteral("a@b");
    m.attachment = "%PDF-1.4";
    m.attachmentName = QString::fromUtf8("Circolare Cantù.pdf");
    const QByteArray bytes = m.toBytes();
    QVERIFY(bytes.contains("filename*=UTF-8''Circolare%20Cant%C3%B9.pdf"));
    m.attachmentName = QStringLiteral("Circolare Rho.pdf");
    QVERIFY(m.toBytes().contains("filename=\"Circolare Rho.pdf\""));
    QVERIFY(rfc5322Date(m.date).contains(" Mar 2021 09:00:00 +0100"));
    QVERIFY(rfc5322Date(m.date).startsWith("Fri, 19 Mar 2021"));
}

void TestRoomCircular::previewListsWhatIsMissing()
{
    // Two comuni of the zone without PEC, one without a mayor on file.
    auto zone = circularRecipients(m_f->db(), CircularScope::Zone, QStringLiteral("Adda Martesana"), 0);
    QVERIFY(zone && zone->size() > 5);
    QVERIFY(core::runQuery(m_f->db(), QStringLiteral("UPDATE comune_cmm SET sindaco = 'Mario Sindaco'")));
    QVERIFY(core::runQuery(m_f->db(), QStringLiteral("UPDATE comune_cmm SET pec = '' WHERE comune_id IN (?, ?)"),
        { zone->at(0).comuneId, zone->at(1).comuneId }));
    QVERIFY(core::runQuery(m_f->db(), QStringLiteral("UPDATE comune_cmm SET sindaco = '' WHERE comune_id = ?"),
        { zone->at(2).comuneId }));
    auto preview = previewCircular(m_f->db(), draft());
    QVERIFY(preview);
    QCOMPARE(preview->recipients.size(), zone->size());
    QCOMPARE(preview->withoutPec(), 2);
    QCOMPARE(preview->missing.at(0), QStringList({ QStringLiteral("pec") }));
    QCOMPARE(preview->missing.at(1), QStringList({ QStringLiteral("pec") }));
    QCOMPARE(preview->missing.at(2), QStringList({ QStringLiteral("sindaco") }));
    QCOMPARE(preview->complete(), int(zone->size()) - 3);
    for (const CircularRecipient &r : preview->recipients)
        QCOMPARE(r.zona, QStringLiteral("Adda Martesana"));
    // All the comuni.
    auto all = previewCircular(m_f->db(), draft(CircularScope::All));
    QCOMPARE(all->recipients.size(), 133);
}

void TestRoomCircular::badDraftsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown merge field") << "field" << "room.unknown_merge_field";
    QTest::newRow("no subject") << "subject" << "room.no_subject";
    QTest::newRow("no text") << "body" << "room.no_body";
    QTest::newRow("unknown zone") << "zone" << "reference.bad_zone";
    QTest::newRow("event scope without an event") << "event" << "room.no_event";
    QTest::newRow("unknown event") << "unknown-event" << "room.unknown_event";
    QTest::newRow("dated tomorrow") << "future" << "room.protocol_in_future";
    QTest::newRow("no folder") << "folder" << "room.no_folder";
    QTest::newRow("folder is a file") << "folder-file" << "room.bad_folder";
    QTest::newRow("folder under a file") << "folder-under-file" << "room.bad_folder";
    QTest::newRow("no sender") << "sender" << "room.no_sender";
}

void TestRoomCircular::badDraftsRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, error);
    if (change != QLatin1String("sender"))
        setSender();
    CircularDraft d = draft();
    if (change == QLatin1String("field"))
        d.body += QStringLiteral(" {assessore}");
    else if (change == QLatin1String("subject"))
        d.subject = QStringLiteral("  ");
    else if (change == QLatin1String("body"))
        d.body.clear();
    else if (change == QLatin1String("zone"))
        d.zone = QStringLiteral("Brianza");
    else if (change == QLatin1String("event"))
        d.scope = CircularScope::Event;
    else if (change == QLatin1String("unknown-event"))
        d.eventId = 424242;
    else if (change == QLatin1String("future"))
        d.date = QDate(2021, 3, 20);
    else if (change == QLatin1String("folder"))
        d.folder.clear();
    const QString file = QDir(m_f->database.dir()).filePath(QStringLiteral("a-file"));
    if (change.startsWith(QLatin1String("folder-"))) {
        QVERIFY(core::writeWholeFile(file, "x"));
        d.folder = change == QLatin1String("folder-file") ? file : file + QStringLiteral("/circolari");
    }
    RegisterCircular command(d);
    const auto s = m_f->run(command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_protocol")), qint64(0));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular")), qint64(0));
    QVERIFY(!QDir(m_folder).exists());
}

void TestRoomCircular::oneLetterAndOneMessagePerComune()
{
    setSender();
    QVERIFY(core::runQuery(m_f->db(), QStringLiteral("UPDATE comune_cmm SET sindaco = 'Sindaco ' || comune_id")));
    // Two comuni without PEC: letters, no messages, and said so.
    QVERIFY(core::runQuery(m_f->db(), QStringLiteral("UPDATE comune_cmm SET pec = '' WHERE comune_id IN (15002, 15146)")));
    const auto run = [this](core::Command &c) { return m_f->run(c); };
    auto outcome = prepareCircular(run, m_f->db(), draft(CircularScope::All));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().code));
    QCOMPARE(outcome->number, QStringLiteral("2021/P-0001"));
    QCOMPARE(outcome->letters, 133);
    QCOMPARE(outcome->messages, 131);
    QCOMPARE(outcome->withoutPec, QStringList({ QStringLiteral("Abbiategrasso"), QStringLiteral("Milano") }));
    const QDir folder(outcome->folder);
    QCOMPARE(folder.entryList({ QStringLiteral("*.pdf") }, QDir::Files).size(), 133);
    QCOMPARE(folder.entryList({ QStringLiteral("*.eml") }, QDir::Files).size(), 131);
    QCOMPARE(folder.entryList({ QStringLiteral("*.tmp"), QStringLiteral("*.part") }, QDir::Files).size(), 0);
    QVERIFY(!folder.exists(QStringLiteral("015146_Milano.eml")));
    QVERIFY(folder.exists(QStringLiteral("015146_Milano.pdf")));

    // The register: one outgoing entry; the ledger: one row per comune.
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_protocol WHERE direction = 'out'")), qint64(1));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(DISTINCT comune_id) FROM room_circular_sending")), qint64(133));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending WHERE outcome = 'no_pec'")), qint64(2));
    const auto summary = circularOfProtocol(
        m_f->db(), m_f->count(QStringLiteral("SELECT id FROM room_protocol")));
    QCOMPARE(summary->sendings.size(), 133);

    // Every message parses back.
    const QStringList messages = folder.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    QSet<QString> ids;
    for (const QString &name : messages) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // CRLF only, no line beyond RFC 5322's 998 characters, ASCII only.
        QVERIFY(!bytes.contains("\n\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY(line.size() <= 999);
        for (char c : bytes)
            QVERIFY(static_cast<unsigned char>(c) < 128);
        const ParsedPart message = parsePart(bytes);
        QCOMPARE(message.headers.value(QStringLiteral("mime-version")), QStringLiteral("1.0"));
        QVERIFY(message.headers.value(QStringLiteral("from")).endsWith(QStringLiteral("<sala.operativa@pec.ccvmi.invalid>")));
        QCOMPARE(decodeEncodedWords(message.headers.value(QStringLiteral("from")).section(QLatin1Char('<'), 0, 0).trimmed()),
            QString::fromUtf8("CCV-MI Sala operativa — Cabina di regia"));
        const QString istat = name.left(6);
        const QString pec = core::queryValue(m_f->db(), QStringLiteral("SELECT pec FROM comune_cmm WHERE comune_id = ?"),
            { istat.toInt() })->toString();
        QCOMPARE(message.headers.value(QStringLiteral("to")), pec);
        const QDateTime date = QDateTime::fromString(message.headers.value(QStringLiteral("date")), Qt::RFC2822Date);
        QVERIFY2(date.isValid(), qPrintable(message.headers.value(QStringLiteral("date"))));
        QCOMPARE(date, QDateTime(QDate(2021, 3, 19), QTime(9, 0)));
        const QString id = message.headers.value(QStringLiteral("message-id"));
        QVERIFY(QRegularExpression(QStringLiteral("^<[^<>@\\s]+@pec\\.ccvmi\\.invalid>$")).match(id).hasMatch());
        ids.insert(id);
        const QString subject = decodeEncodedWords(message.headers.value(QStringLiteral("subject")));
        QVERIFY2(subject.startsWith(QStringLiteral("Prot. n. 2021/P-0001 - Consegne nel Comune di ")), qPrintable(subject));
        const QString type = message.headers.value(QStringLiteral("content-type"));
        QVERIFY(type.startsWith(QStringLiteral("multipart/mixed;")));
        const QString boundary = parameter(type, QStringLiteral("boundary"));
        QVERIFY(!boundary.isEmpty());
        QVERIFY(message.body.contains("\r\n--" + boundary.toLatin1() + "--\r\n"));
        QList<QByteArray> parts = message.body.split('\n');
        const QByteArray delimiter = "--" + boundary.toLatin1() + "\r\n";
        QList<QByteArray> sections;
        qsizetype from = message.body.indexOf(delimiter);
        while (from >= 0) {
            const qsizetype start = from + delimiter.size();
            qsizetype next = message.body.indexOf("\r\n--" + boundary.toLatin1(), start);
            QVERIFY(next > 0);
            sections.append(message.body.mid(start, next - start));
            from = message.body.indexOf(delimiter, next + 2);
        }
        QCOMPARE(sections.size(), 2);
        const ParsedPart text = parsePart(sections.at(0));
        QCOMPARE(text.headers.value(QStringLiteral("content-type")), QStringLiteral("text/plain; charset=UTF-8"));
        QCOMPARE(text.headers.value(QStringLiteral("content-transfer-encoding")), QStringLiteral("quoted-printable"));
        const QString body = QString::fromUtf8(decodeQuotedPrintable(text.body));
        QVERIFY(body.contains(QStringLiteral("Egregio Sindaco Sindaco %1,").arg(istat.toInt())));
        QVERIFY(body.contains(QString::fromUtf8("riprenderanno lunedì")));
        QVERIFY(body.contains(QStringLiteral("Rif. 2021/P-0001 del 19/03/2021")));
        const ParsedPart pdf = parsePart(sections.at(1));
        QVERIFY(pdf.headers.value(QStringLiteral("content-type")).startsWith(QStringLiteral("application/pdf")));
        QCOMPARE(pdf.headers.value(QStringLiteral("content-transfer-encoding")), QStringLiteral("base64"));
        const QString disposition = pdf.headers.value(QStringLiteral("content-disposition"));
        QVERIFY(disposition.startsWith(QStringLiteral("attachment")));
        const QString fileName = parameter(disposition, QStringLiteral("filename"));
        QVERIFY2(fileName.startsWith(QStringLiteral("Circolare 2021-P-0001 - ")) && fileName.endsWith(QStringLiteral(".pdf")),
            qPrintable(fileName));
        QByteArray base64 = pdf.body;
        for (const QByteArray &line : pdf.body.split('\n'))
            QVERIFY(line.size() <= 77);
        base64.replace("\r\n", "");
        const auto decoding = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoding);
        const QByteArray decoded = *decoding;
        QVERIFY(decoded.startsWith("%PDF"));
        QFile letter(folder.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".pdf")));
        QVERIFY(letter.open(QIODevice::ReadOnly));
        QCOMPARE(decoded, letter.readAll());
    }
    QCOMPARE(ids.size(), 131);
}

void TestRoomCircular::aStoppedCircularIsCompletedWithoutSendingTwice()
{
    setSender();
    RegisterCircular registration(draft());
    QVERIFY(m_f->run(registration));
    auto content = loadCircular(m_f->db(), registration.circularId());
    QVERIFY(content);
    const int total = int(content->recipients.size());
    // The program stopped after three comuni were written and logged.
    content->recipients = content->recipients.mid(0, 3);
    auto written = writeCircularFiles(*content);
    QVERIFY(written);
    const QList<PreparedFile> files = *written;
    LogCircularSendings log(registration.circularId(), files);
    QVERIFY(m_f->run(log));
    // Logging the same comuni again is refused.
    LogCircularSendings again(registration.circularId(), files.mid(0, 1));
    QCOMPARE(m_f->run(again).error().code, QStringLiteral("room.already_sent"));
    // Run again: the others only.
    auto rest = loadCircular(m_f->db(), registration.circularId());
    QCOMPARE(rest->recipients.size(), total - 3);
    auto more = writeCircularFiles(*rest);
    QVERIFY(more);
    LogCircularSendings logRest(registration.circularId(), *more);
    QVERIFY(m_f->run(logRest));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(total));
    QCOMPARE(loadCircular(m_f->db(), registration.circularId())->recipients.size(), 0);
    // A sending whose file is gone is not logged.
    auto third = RegisterCircular(draft());
    QVERIFY(m_f->run(third));
    PreparedFile ghost { content->recipients.first().comuneId, m_folder + QStringLiteral("/none.pdf"), {}, {} };
    LogCircularSendings missing(third.circularId(), { ghost });
    QCOMPARE(m_f->run(missing).error().code, QStringLiteral("room.file_missing"));
}

void TestRoomCircular::serialAndParallelWriteTheSameBytes()
{
    // Eight comuni in groups of three: three QPdfWriter documents, the
    // last one short. The same files, byte for byte, from one thread and
    // from three; the progress counts the letters group by group.
    setSender();
    RegisterCircular registration(draft());
    QVERIFY(m_f->run(registration));
    auto content = loadCircular(m_f->db(), registration.circularId());
    QVERIFY(content);
    QCOMPARE(content->recipients.size(), 8);
    CircularContent serial = *content;
    serial.folder = QDir(m_folder).filePath(QStringLiteral("serial"));
    CircularContent parallel = *content;
    parallel.folder = QDir(m_folder).filePath(QStringLiteral("parallel"));
    QList<int> serialProgress, parallelProgress;
    CircularWriteOptions one;
    one.groupSize = 3;
    one.progress = [&serialProgress](int done, int total) {
        QCOMPARE(total, 8);
        serialProgress.append(done);
    };
    QThreadPool pool;
    pool.setMaxThreadCount(3);
    CircularWriteOptions many = one;
    many.pool = &pool;
    many.progress = [&parallelProgress](int done, int) { parallelProgress.append(done); };
    auto a = writeCircularFiles(serial, one);
    QVERIFY(a);
    auto b = writeCircularFiles(parallel, many);
    QVERIFY(b);
    QCOMPARE(serialProgress, QList<int>({ 3, 6, 8 }));
    QCOMPARE(parallelProgress.size(), 3);
    QCOMPARE(parallelProgress.last(), 8);
    QCOMPARE(a->size(), 8);
    QCOMPARE(b->size(), 8);
    const QStringList names = filesUnder(serial.folder);
    QCOMPARE(names.size(), 16); // a letter and a message each
    QCOMPARE(filesUnder(parallel.folder), names);
    for (const QString &name : names) {
        const QByteArray bytes = bytesOf(QDir(serial.folder).filePath(name));
        QVERIFY(bytes.startsWith(name.endsWith(QLatin1String(".pdf")) ? "%PDF" : "MIME-Version: 1.0\r\n")
            || bytes.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY2(bytes == bytesOf(QDir(parallel.folder).filePath(name)), qPrintable(name));
    }
    // Groups of another size are other PDF documents (their own fonts):
    // what is compared is one size at a time, whatever the threads.
    for (int i = 0; i < 8; ++i)
        QCOMPARE(a->at(i).comuneId, content->recipients.at(i).comuneId);
}

void TestRoomCircular::stoppedWritesAndLogsNothing_data()
{
    QTest::addColumn<bool>("parallel");
    QTest::newRow("one thread") << false;
    QTest::newRow("thread pool") << true;
}

void TestRoomCircular::stoppedWritesAndLogsNothing()
{
    QFETCH(bool, parallel);
    setSender();
    const auto run = [this](core::Command &c) { return m_f->run(c); };
    // Stop is pressed as soon as the first letters are printed.
    std::atomic_bool stop { false };
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    CircularWriteOptions options;
    options.groupSize = 3;
    options.pool = parallel ? &pool : nullptr;
    options.cancel = &stop;
    int calls = 0;
    options.progress = [&](int, int) {
        ++calls;
        stop = true;
    };
    const QByteArray before = testsupport::contentHash(m_f->db());
    auto outcome = prepareCircular(run, m_f->db(), draft(), options);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, QStringLiteral("room.cancelled"));
    QCOMPARE(outcome.error().args.value(0), QStringLiteral("2021/P-0001"));
    QVERIFY(calls >= 1);
    if (!parallel)
        QCOMPARE(calls, 1); // the later groups were not printed
    // Registered (its number is taken), nothing written, nothing logged.
    QVERIFY(testsupport::contentHash(m_f->db()) != before);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular")), qint64(1));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(0));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM audit_event WHERE detail LIKE 'room.circular.log%'")),
        qint64(0));
    QCOMPARE(filesUnder(m_folder), QStringList());
    QVERIFY(!QDir(m_folder).exists(QStringLiteral("circolare_2021-P-0001"))); // made, and removed empty
    // Prepared again: every comune, logged once.
    auto again = produceCircular(run, m_f->db(), lastCircular(), {});
    QVERIFY(again);
    QCOMPARE(again->number, QStringLiteral("2021/P-0001"));
    QCOMPARE(again->letters, 8);
    QCOMPARE(again->messages, 8);
    QCOMPARE(filesUnder(m_folder).size(), 16);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(8));
    auto nothing = produceCircular(run, m_f->db(), lastCircular(), {});
    QVERIFY(nothing);
    QCOMPARE(nothing->letters, 0);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(8));
}

void TestRoomCircular::aFailedWriteLeavesNoFileAndNoSending_data()
{
    // The tests may run as root, for whom a read-only folder takes files:
    // a folder in a file's place refuses them to anybody.
    QTest::addColumn<int>("comune");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("the fifth letter") << 4 << ".pdf";
    QTest::newRow("the last message") << 7 << ".eml";
    QTest::newRow("the first letter's temporary file") << 0 << "";
}

void TestRoomCircular::aFailedWriteLeavesNoFileAndNoSending()
{
    QFETCH(int, comune);
    QFETCH(QString, suffix);
    setSender();
    const auto run = [this](core::Command &c) { return m_f->run(c); };
    RegisterCircular registration(draft());
    QVERIFY(m_f->run(registration));
    auto content = loadCircular(m_f->db(), registration.circularId());
    QVERIFY(content && content->recipients.size() == 8);
    const QString stem = circularFileStem(*content, content->recipients.at(comune));
    QString obstacle = stem + suffix;
    if (suffix.isEmpty()) {
        // The folder itself cannot take new entries: a file where it goes.
        obstacle = content->folder;
        QVERIFY(QDir().mkpath(QFileInfo(obstacle).absolutePath()));
        QVERIFY(core::writeWholeFile(obstacle, "not a folder"));
    } else {
        QVERIFY(QDir().mkpath(obstacle));
    }
    const QByteArray before = testsupport::contentHash(m_f->db());
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    CircularWriteOptions options;
    options.groupSize = 3;
    options.pool = &pool;
    auto outcome = produceCircular(run, m_f->db(), registration.circularId(), options);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, QStringLiteral("file.cannot_write"));
    QCOMPARE(testsupport::contentHash(m_f->db()), before);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(0));
    if (suffix.isEmpty())
        QCOMPARE(filesUnder(m_folder), QStringList({ QDir(m_folder).relativeFilePath(obstacle) }));
    else
        QCOMPARE(filesUnder(m_folder), QStringList());
    // The obstacle gone, the circular is completed.
    QVERIFY(suffix.isEmpty() ? QFile::remove(obstacle) : QDir(obstacle).removeRecursively());
    auto again = produceCircular(run, m_f->db(), registration.circularId(), options);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().code));
    QCOMPARE(again->letters, 8);
    QCOMPARE(filesUnder(m_folder).size(), 16);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(8));
}

testsupport::ProcessResult TestRoomCircular::cli(const QStringList &arguments, const QString &user)
{
    return testsupport::runSignedIn(QStringList { QStringLiteral("--db"), m_f->database.path() } + arguments, {},
        { user, testsupport::testPassword });
}

void TestRoomCircular::commandLineRefusesBadInput_data()
{
    // @T@ the template file, @OUT@ the output folder, @FILE@ a plain file.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); // in Italian, or a value of the input
    const QStringList ok { "room", "circular", "--template", "@T@", "--subject", "Consegne a {comune}", "--output", "@OUT@" };
    const QString letter = QStringLiteral("Egregio Sindaco {sindaco},\nsi comunica.");
    QTest::newRow("unknown zone") << ok + QStringList { "--to", "zone:Brianza" } << letter << 1 << "Brianza";
    QTest::newRow("empty template") << ok + QStringList { "--to", "all" } << "  \n" << 1
                                    << "Scrivi il testo della lettera.";
    QTest::newRow("unknown merge field") << ok + QStringList { "--to", "all" } << letter + " {assessore}" << 1
                                         << "{assessore}";
    QTest::newRow("output is a file") << QStringList { "room", "circular", "--template", "@T@", "--subject", "x",
                                             "--output", "@FILE@", "--to", "all" }
                                      << letter << 1 << "@FILE@";
    QTest::newRow("output under a file") << QStringList { "room", "circular", "--template", "@T@", "--subject", "x",
                                                "--output", "@FILE@/circolari", "--to", "all" }
                                         << letter << 1 << "@FILE@";
    QTest::newRow("no comune in the zone") << ok + QStringList { "--to", "zone:Alto Milanese" } << letter << 1
                                           << "Alto Milanese";
    QTest::newRow("unknown event") << ok + QStringList { "--to", "event:424242" } << letter << 1
                                   << "L'evento non esiste";
    QTest::newRow("template missing") << QStringList { "room", "circular", "--template", "@OUT@/none.txt", "--subject",
                                             "x", "--output", "@OUT@", "--to", "all" }
                                      << letter << 1 << "none.txt";
    QTest::newRow("no subject") << QStringList { "room", "circular", "--template", "@T@", "--output", "@OUT@", "--to",
                                       "all" }
                                << letter << 2 << "--subject";
    QTest::newRow("bad scope") << ok + QStringList { "--to", "everybody" } << letter << 2 << "zone:";
    QTest::newRow("no scope") << ok << letter << 2 << "zone:";
    QTest::newRow("bad event") << ok + QStringList { "--to", "all", "--event", "x" } << letter << 2 << "--event";
    QTest::newRow("bad date") << ok + QStringList { "--to", "all", "--date", "31/02/2021" } << letter << 2 << "--date";
    QTest::newRow("dated after today") << ok + QStringList { "--to", "all", "--date", "11/03/2026" } << letter << 1
                                       << "data successiva a oggi";
    QTest::newRow("complete with a draft") << QStringList { "room", "circular", "--complete", "2021/P-0001", "--to",
                                                  "all" }
                                           << letter << 2 << "--complete";
    QTest::newRow("complete an unknown circular") << QStringList { "room", "circular", "--complete", "2021/P-0099" }
                                                  << letter << 1 << "Quella circolare non esiste.";
    QTest::newRow("an operator") << QStringList { "room", "circular", "--template", "@T@", "--subject", "x",
                                         "--output", "@OUT@", "--to", "all", "--user", "oper" }
                                 << letter << 1 << "Non consentito";
}

void TestRoomCircular::commandLineRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, text);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    setSender();
    const QString dir = m_f->database.dir();
    const QString templateFile = QDir(dir).filePath(QStringLiteral("lettera.txt"));
    const QString plainFile = QDir(dir).filePath(QStringLiteral("a-file"));
    QVERIFY(core::writeWholeFile(templateFile, text.toUtf8()));
    QVERIFY(core::writeWholeFile(plainFile, "x"));
    QString user = QStringLiteral("coord");
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--user")); at >= 0) {
        user = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    for (QString &a : arguments)
        a.replace(QStringLiteral("@T@"), templateFile).replace(QStringLiteral("@OUT@"), m_folder).replace(
            QStringLiteral("@FILE@"), plainFile);
    says.replace(QStringLiteral("@FILE@"), plainFile);
    const QByteArray before = testsupport::contentHash(m_f->db());
    const auto result = cli(arguments, user);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(result.exitCode == exitCode, qPrintable(err));
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY(result.out.isEmpty());
    // Nothing registered, written or logged (a refused permission leaves
    // only its audit entry).
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_protocol")), qint64(0));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(0));
    if (user == QLatin1String("coord"))
        QCOMPARE(testsupport::contentHash(m_f->db()), before);
    QVERIFY(!QDir(m_folder).exists() || filesUnder(m_folder).isEmpty());
}

void TestRoomCircular::commandLineWritesCompletesAndLists()
{
    setSender();
    const QString templateFile = QDir(m_f->database.dir()).filePath(QStringLiteral("lettera.txt"));
    QVERIFY(core::writeWholeFile(templateFile, draft().body.toUtf8()));
    // A circular stopped by a full disk (a folder where its second
    // message goes) is completed by --complete.
    const auto zone = circularRecipients(m_f->db(), CircularScope::Zone, QStringLiteral("Adda Martesana"), 0);
    QVERIFY(zone && zone->size() == 8);
    const QString folder = QDir(m_folder).filePath(QStringLiteral("circolare_2026-P-0001"));
    CircularContent naming;
    naming.folder = folder;
    const QString obstacle = circularFileStem(naming, zone->at(1)) + QStringLiteral(".eml");
    QVERIFY(QDir().mkpath(obstacle));
    const QStringList arguments { "room", "circular", "--template", templateFile, "--subject", "Consegne a {comune}",
        "--to", "zone:Adda Martesana", "--output", m_folder };
    auto failed = cli(arguments);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("--complete 2026/P-0001"), failed.err.constData());
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular")), qint64(1));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(0));
    QCOMPARE(filesUnder(m_folder), QStringList());
    QVERIFY(QDir(obstacle).removeRecursively());
    auto completed = cli({ "room", "circular", "--complete", "2026/P-0001" });
    QVERIFY2(completed.exitCode == 0, completed.err.constData());
    QVERIFY2(completed.out.contains("2026/P-0001") && completed.out.contains(" 8 ")
            && completed.out.contains(QDir::toNativeSeparators(folder).toUtf8()),
        completed.out.constData());
    QCOMPARE(filesUnder(folder).size(), 16);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(8));
    auto again = cli({ "room", "circular", "--complete", "2026/P-0001" });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("2026/P-0001"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_circular_sending")), qint64(8));

    // A second one, written at once: its own folder and protocol number.
    auto second = cli(arguments + QStringList { "--date", "09/03/2026" });
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY(second.out.contains("2026/P-0002"));
    QCOMPARE(filesUnder(QDir(m_folder).filePath(QStringLiteral("circolare_2026-P-0002"))).size(), 16);
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_protocol WHERE dated = '2026-03-09'")), qint64(1));
    // A letter and a message, the message with that letter attached.
    const QString letter = QDir(folder).filePath(filesUnder(folder).filter(QStringLiteral(".pdf")).first());
    const QByteArray pdf = bytesOf(letter);
    QVERIFY(pdf.startsWith("%PDF"));
    const QByteArray eml = bytesOf(letter.chopped(4) + QStringLiteral(".eml"));
    QVERIFY(eml.contains(pdf.toBase64().left(76) + "\r\n"));

    // The sendings' log, CSV with machine names: one row per comune.
    auto list = cli({ "room", "circulars", "--format", "csv" });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QStringList lines = QString::fromUtf8(list.out).split(QStringLiteral("\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() == 17);
    QVERIFY2(lines.first().startsWith(QStringLiteral("number,dated,subject,istat_code,comune,outcome,outcome_code,")),
        qPrintable(lines.first()));
    QCOMPARE(lines.filter(QStringLiteral("2026/P-0001,2026-03-10,")).size(), 8);
    QCOMPARE(lines.filter(QStringLiteral("2026/P-0002,2026-03-09,")).size(), 8);
    QCOMPARE(lines.filter(QStringLiteral(",prepared,")).size(), 16);
    // Read by a role that may see the room, written by one that may not.
    QCOMPARE(cli({ "room", "circulars" }, QStringLiteral("oper")).exitCode, 0);
}

void TestRoomCircular::protocolNumbers()
{
    ProtocolEntry in;
    in.direction = Direction::In;
    in.dated = QDate(2021, 3, 18);
    in.counterpart = QStringLiteral("Prefettura di Milano");
    in.subject = QStringLiteral("Presidi anticovid");
    QStringList numbers;
    for (int i = 0; i < 3; ++i) {
        RegisterCommunication r(in);
        QVERIFY(m_f->run(r));
        numbers.append(r.number());
    }
    in.dated = QDate(2020, 12, 30);
    RegisterCommunication lastYear(in);
    QVERIFY(m_f->run(lastYear));
    numbers.append(lastYear.number());
    QCOMPARE(numbers, QStringList({ QStringLiteral("2021/P-0001"), QStringLiteral("2021/P-0002"),
                          QStringLiteral("2021/P-0003"), QStringLiteral("2020/P-0001") }));
    // After a restore the series starts past the numbers already handed out.
    QVERIFY(core::raiseNumberFloor(m_f->db(), QStringLiteral("room_protocol"), QStringLiteral("2021/P-"), 40));
    in.dated = QDate(2021, 3, 19);
    RegisterCommunication afterRestore(in);
    QVERIFY(m_f->run(afterRestore));
    QCOMPARE(afterRestore.number(), QStringLiteral("2021/P-0041"));

    // Bad input.
    ProtocolEntry bad = in;
    bad.counterpart = QStringLiteral(" ");
    RegisterCommunication noCounterpart(bad);
    QCOMPARE(m_f->run(noCounterpart).error().code, QStringLiteral("room.no_counterpart"));
    bad = in;
    bad.filePath = QStringLiteral("/nonexistent/lettera.pdf");
    RegisterCommunication noFile(bad);
    QCOMPARE(m_f->run(noFile).error().code, QStringLiteral("room.file_missing"));
    bad = in;
    bad.dated = QDate(2021, 3, 20);
    RegisterCommunication future(bad);
    QCOMPARE(m_f->run(future).error().code, QStringLiteral("room.protocol_in_future"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_protocol")), qint64(5));
    QVERIFY(!core::runQuery(m_f->db(), QStringLiteral("UPDATE room_protocol SET subject = 'x'")));

    // Another workstation numbers its own series.
    testsupport::TestDatabase third(true, 3);
    QVERIFY(third.isValid());
    QVERIFY(testsupport::createRoleAccounts(third.db(), m_f->clock));
    QVERIFY(testsupport::signInAs(third.db(), QStringLiteral("coord"), m_f->clock));
    RegisterCommunication there(in);
    QVERIFY(core::CommandRunner(third.db(), m_f->clock).run(there));
    QCOMPARE(there.number(), QStringLiteral("2021/P3-0001"));
}

void TestRoomCircular::refusedWithoutThePermission()
{
    setSender();
    QVERIFY(m_f->as(QStringLiteral("oper")));
    RegisterCircular circular(draft());
    QCOMPARE(m_f->run(circular).error().code, QStringLiteral("auth.denied"));
    SetMayor mayor(15146, QStringLiteral("Anna Sindaca"));
    QCOMPARE(m_f->run(mayor).error().code, QStringLiteral("auth.denied"));
    QVERIFY(m_f->as(QStringLiteral("psy")));
    ProtocolEntry in;
    in.dated = QDate(2021, 3, 18);
    in.counterpart = QStringLiteral("Prefettura di Milano");
    in.subject = QStringLiteral("Presidi");
    RegisterCommunication r(in);
    QCOMPARE(m_f->run(r).error().code, QStringLiteral("auth.denied"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM room_protocol")), qint64(0));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM comune_cmm WHERE sindaco <> ''")), qint64(0));
}

QTEST_MAIN(TestRoomCircular)
#include "tst_roomcircular.moc"
