#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "room/domain/roomtypes.h"

#include <QSqlDatabase>

namespace room {

// What the diary's list, search and printed diary show: all entries, or
// those of one event, one day, one kind, containing a text.
struct DiaryFilter {
    qint64 eventId = 0;         // 0: every event
    QDate day;                  // invalid: every day
    std::optional<DiaryKind> kind;
    QString text;               // in the text, the counterpart or the author's name
    bool hideCorrected = false; // only the entries nobody corrected
};

// The diary's list for core::PagedSqlModel: FROM, key, the columns (SQL
// written here, never by the person) and the WHERE of a filter with its
// bound values. Every filter is served by an index on (column, at).
struct DiaryListQuery {
    enum Column { At, Event, Kind, Counterpart, Body, Comune, Author, Corrected, ColumnCount };
    static QString from();
    static QString key();
    static QString expression(Column column);
    static bool sortable(Column column);
    static QString where(const DiaryFilter &filter, QVariantList *binds);
};

// The room diary (append-only, room_diary). GUI thread or a worker's
// connection.
class DiaryRepository {
public:
    static constexpr int maxBodyLength = 4000;

    explicit DiaryRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Appends an entry by `author` (user name; `authorName` as printed) at
    // entry.at (invalid: `now`). Codes: room.diary_event_missing,
    // room.author_missing, room.diary_body_missing, room.diary_body_long
    // (arg: limit), room.diary_future, room.diary_before_event (args: event,
    // first day), room.unknown_event, room.diary_bad_kind,
    // room.unknown_comune / room.unknown_organisation / room.unknown_delivery
    // / room.unknown_request (arg: id), and for a correction
    // room.diary_unknown_entry, room.diary_already_corrected (arg: the id of
    // the correcting entry), room.diary_correction_event (a correction stays
    // in its entry's event).
    core::Result<qint64> append(NewDiaryEntry entry, const QString &author, const QString &authorName,
        const QDateTime &now);
    // The same rules without writing (a command's check()).
    core::Status validate(const NewDiaryEntry &entry, const QString &author, const QDateTime &now) const;
    // A delivery or a request by its number (unique); 0 when none.
    core::Result<qint64> deliveryByNumber(const QString &number) const;
    core::Result<qint64> requestByNumber(const QString &number) const;
    // id 0 when absent.
    core::Result<DiaryEntry> entry(qint64 id) const;
    // Entries under a filter, oldest first, at most `limit` (the printed
    // diary of a day or an event).
    core::Result<QList<DiaryEntry>> entries(const DiaryFilter &filter, int limit = 100000) const;

private:
    QSqlDatabase m_db;
};

} // namespace room
