#pragma once

#include "core/commands/command.h"
#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace room {

// The communications register (protocollo, table room_protocol): every
// communication in or out gets the next number of its year's series on this
// workstation ("2026/P-0012"; workstation 3: "2026/P3-0012"), after the
// highest in the series and after core::numberFloor (the series is listed
// in core::sync::numberedColumns()). Entries are a ledger: never changed.

enum class Direction { In, Out };
QString directionCode(Direction direction);

struct ProtocolEntry {
    qint64 id = 0;
    QString number;
    Direction direction = Direction::In;
    QDate dated;
    QString counterpart;
    QString subject;
    QString filePath;
};

// The next number of `year`'s series for the signed-in workstation.
core::Result<QString> nextProtocolNumber(const QSqlDatabase &db, int year);
// Inserts an entry (inside the caller's transaction) with the next number;
// returns its id and sets entry->number.
core::Result<qint64> insertProtocolEntry(const QSqlDatabase &db, ProtocolEntry *entry, qint64 nowMs);
// Input rules shared by the commands: a valid date not after today,
// counterpart and subject, an existing file when one is named.
core::Status checkProtocolEntry(const ProtocolEntry &entry, const QDate &today, bool fileMustExist);

// Registers a communication in or out (permission room.communications).
class RegisterCommunication : public core::Command {
public:
    explicit RegisterCommunication(ProtocolEntry entry)
        : m_entry(std::move(entry))
    {
    }
    QString code() const override { return QStringLiteral("room.protocol.register"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_entry.id); }
    qint64 entryId() const { return m_entry.id; }
    QString number() const { return m_entry.number; }

private:
    ProtocolEntry m_entry;
};

} // namespace room

namespace room {

// The register as a paged list (core::PagedSqlModel): columns and filter.
struct ProtocolListQuery {
    enum Column { Number, Dated, Direction, Counterpart, Subject, File, Sent, ColumnCount };
    static QString from();
    static QString key();
    static QString expression(Column column);
    static bool sortable(Column column);
};

// A circular's sendings, per comune (at most the 133), for the register's
// detail.
struct CircularSending {
    QString comune;
    QString outcome; // "prepared", "no_pec"
    QString toAddress;
    QString letterFile;
    QString messageFile;
};
struct CircularSummary {
    qint64 circularId = 0;
    QString folder;
    QList<CircularSending> sendings;
};
// The circular registered under a protocol entry (circularId 0 when the
// entry is not a circular).
core::Result<CircularSummary> circularOfProtocol(const QSqlDatabase &db, qint64 protocolId);

// A communication sent (protocol entry "out") on a day, with its circular's
// sendings counted when it is one: the daily situation report.
struct SentCommunication {
    ProtocolEntry entry;
    qint64 circularId = 0; // 0: not a circular
    qint64 eventId = 0;    // the circular's event (0: none)
    int prepared = 0;      // letters with a message ready for the comune's PEC
    int withoutPec = 0;    // letters only: no PEC
};
// Entries "out" dated `day`, by number; eventId != 0: only the circulars of
// that event.
core::Result<QList<SentCommunication>> sentOn(const QSqlDatabase &db, const QDate &day, qint64 eventId = 0);

} // namespace room
