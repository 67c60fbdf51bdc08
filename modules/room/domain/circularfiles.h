#pragma once

#include "core/commands/command.h"
#include "room/domain/circular.h"
#include "room/domain/emlmessage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>

class QThreadPool;

namespace room {

// Producing a registered circular: the letters (PDF) and messages (.eml)
// of every comune not yet logged, under <folder>/<protocol number>/. The
// files of one run are all written or none (core::writeWholeFiles), and
// only then are the sendings logged (LogCircularSendings): a circular
// cancelled or stopped by a write error keeps its protocol number, has no
// file and no sending, and is completed by producing it again
// (produceCircular).

struct CircularContent {
    qint64 circularId = 0;
    QString number;
    QDate date;
    QString subject;
    QString body;
    QString eventName;
    QString folder; // the circular's own folder
    MailSender sender;
    QDateTime createdAt;
    QList<CircularRecipient> recipients; // those still without a sending
};

// Reads a registered circular (recipients from its scope, less those logged).
core::Result<CircularContent> loadCircular(const QSqlDatabase &db, qint64 circularId);

struct PreparedFile {
    int comuneId = 0;
    QString letterFile;
    QString messageFile; // empty: no PEC, no message
    QString toAddress;
};

// The file name of a comune's letter or message, without the extension.
QString circularFileStem(const CircularContent &content, const CircularRecipient &recipient);
// The message of one comune (its PEC), with the letter attached.
EmlMessage circularMessage(const CircularContent &content, const CircularRecipient &recipient, const QByteArray &pdf);
// How writeCircularFiles() runs. The letters are rendered in groups of
// renderGroupSize() comuni (in the order of the recipients), each group
// painted as one QPdfWriter document and cut into one PDF per comune
// (ReportRenderer::pdfDataEach: Qt embeds the fonts once per document,
// most of a one-page letter's cost). The groups do not depend on the
// pool, so the serial and the parallel runs write the same bytes.
struct CircularWriteOptions {
    static constexpr int renderGroupSize() { return 16; }
    QThreadPool *pool = nullptr; // the groups' threads; none: all in the calling thread
    const std::atomic_bool *cancel = nullptr; // read between groups, from any thread
    // Letters rendered so far; called in the thread that rendered the
    // group (a pool thread), one call at a time.
    std::function<void(int done, int total)> progress;
    int groupSize = renderGroupSize();
};

// Renders and writes the files of content.recipients (no database access:
// any thread but the GUI's). Every file on disk under its name, or none of
// this run's (cancelled: room.cancelled; file.cannot_write,
// report.cannot_print). The files are kept in memory until they are all
// rendered: a circular is at most the 133 comuni.
core::Result<QList<PreparedFile>> writeCircularFiles(
    const CircularContent &content, const CircularWriteOptions &options = {});

// Registers a circular: its protocol number (out, to the mayors) and the
// template and scope. Permission room.communications.
class RegisterCircular : public core::Command {
public:
    explicit RegisterCircular(CircularDraft draft)
        : m_draft(std::move(draft))
    {
    }
    QString code() const override { return QStringLiteral("room.circular.register"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    qint64 circularId() const { return m_id; }
    QString number() const { return m_number; }

private:
    CircularDraft m_draft;
    qint64 m_id = 0;
    qint64 m_protocolId = 0;
    QString m_number;
    int m_recipients = 0;
};

// Logs what was prepared for each comune (room_circular_sending, a ledger):
// a comune at most once per circular; the files must be there.
class LogCircularSendings : public core::Command {
public:
    LogCircularSendings(qint64 circularId, QList<PreparedFile> files)
        : m_circularId(circularId)
        , m_files(std::move(files))
    {
    }
    QString code() const override { return QStringLiteral("room.circular.log"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

private:
    qint64 m_circularId;
    QList<PreparedFile> m_files;
};

// The mayor of a comune ({sindaco}), in comune_cmm.
class SetMayor : public core::Command {
public:
    SetMayor(int comuneId, QString name)
        : m_comuneId(comuneId)
        , m_name(std::move(name))
    {
    }
    QString code() const override { return QStringLiteral("room.mayor.set"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_comuneId); }

private:
    int m_comuneId;
    QString m_name;
};

// The room's sender of the messages (From:).
class SetMailSender : public core::Command {
public:
    explicit SetMailSender(MailSender sender)
        : m_sender(std::move(sender))
    {
    }
    QString code() const override { return QStringLiteral("room.mail_sender.set"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;

private:
    MailSender m_sender;
};

// The register of the sendings (room_circular_sending), every circular or
// one (circularId), by protocol number and comune: `cisiamo room circulars`.
class CircularLog {
    Q_DECLARE_TR_FUNCTIONS(room::CircularLog)
public:
    static core::Result<core::ReportDocument> document(
        const QSqlDatabase &db, const QDateTime &printedAt, const QString &operatorName, qint64 circularId = 0);
};
// The circular registered under a protocol number ("2021/P-0001"), 0 when none.
core::Result<qint64> circularNumbered(const QSqlDatabase &db, const QString &number);
// What is wrong with a folder for the letters, before anything is written:
// room.bad_folder {folder} when it, or the nearest folder above it that
// exists, is a file or cannot be written.
core::Status checkCircularFolder(const QString &folder);

// The whole of it, for the window, the command line and the demo: register,
// write the files, log them. `run` runs a command (a CommandRunner or the
// tab's stack).
struct CircularOutcome {
    qint64 circularId = 0;
    QString number;
    QString folder;
    int letters = 0;
    int messages = 0;
    QStringList withoutPec; // comuni that got a letter but no message
};
core::Result<CircularOutcome> prepareCircular(const std::function<core::Status(core::Command &)> &run,
    const QSqlDatabase &db, const CircularDraft &draft, const CircularWriteOptions &options = {});
// Writes and logs what a registered circular still lacks (all of it after
// a cancel or a write error). Nothing to do: an outcome with no letter.
core::Result<CircularOutcome> produceCircular(const std::function<core::Status(core::Command &)> &run,
    const QSqlDatabase &db, qint64 circularId, const CircularWriteOptions &options = {});
// The outcome of files written for `content` (counts, comuni without PEC).
CircularOutcome circularOutcome(const CircularContent &content, const QList<PreparedFile> &files);

} // namespace room
