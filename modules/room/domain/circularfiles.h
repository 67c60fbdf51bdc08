#pragma once

#include "core/commands/command.h"
#include "room/domain/circular.h"
#include "room/domain/emlmessage.h"

#include <QDateTime>
#include <functional>

namespace room {

// Producing a registered circular: the letters (PDF) and messages (.eml)
// of every comune not yet logged, under <folder>/<protocol number>/, each
// file whole or absent (core::writeWholeFile). The files are written first,
// then the sendings are logged (LogCircularSendings): a circular stopped
// half way keeps its protocol number and is completed by running it again.

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
// Writes the files (no database access: any thread). `written` receives
// what was written before a failure too.
core::Status writeCircularFiles(const CircularContent &content, QList<PreparedFile> *written,
    const std::function<void(int done, int total)> &progress = {});

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
    const QSqlDatabase &db, const CircularDraft &draft, const std::function<void(int done, int total)> &progress = {});

} // namespace room
