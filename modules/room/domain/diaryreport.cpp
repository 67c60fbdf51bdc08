#include "room/domain/diaryreport.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomtext.h"

#include <QLocale>

namespace room {

using core::Error;

core::ReportDefinition DiaryReport::definition()
{
    core::ReportDefinition d;
    d.name = QStringLiteral("room-diary");
    d.title = [] { return tr("Room diary"); };
    d.parameters = core::ReportDefinition::At;
    d.build = &DiaryReport::build;
    d.permission = core::Permission::RoomView;
    return d;
}

core::Result<core::ReportDocument> DiaryReport::build(const QSqlDatabase &db, const core::ReportRequest &request)
{
    if (auto s = core::Access::require(db, core::Permission::RoomView); !s)
        return s.error();
    DiaryFilter filter;
    filter.day = request.at;
    const QString eventText = request.options.value(QStringLiteral("event")).trimmed();
    if (!eventText.isEmpty()) {
        bool ok = false;
        filter.eventId = eventText.toLongLong(&ok);
        if (!ok || filter.eventId <= 0)
            return Error(QStringLiteral("room.unknown_event"));
    }
    if (!filter.day.isValid() && filter.eventId == 0)
        return Error(QStringLiteral("room.report_day_or_event"));
    RoomEvent event;
    if (filter.eventId != 0) {
        auto e = RoomEventRepository(db).event(filter.eventId);
        if (!e)
            return e.error();
        if (e->base.id == 0)
            return Error(QStringLiteral("room.unknown_event"));
        event = *e;
    }
    auto entries = DiaryRepository(db).entries(filter, maxEntries + 1);
    if (!entries)
        return entries.error();
    if (entries->size() > maxEntries)
        return Error(QStringLiteral("room.report_too_long"),
            { QString::number(entries->size()), QString::number(maxEntries) });

    const QLocale locale = request.locale;
    core::ReportDocument doc = core::newReportDocument(definition().name, tr("Room diary"), request);
    doc.landscape = true;
    doc.subtitle = tr("Operations room of the Città metropolitana di Milano: what was heard, said, decided and done");
    if (filter.day.isValid())
        doc.parameters.append({ tr("Day"), locale.toString(filter.day, QStringLiteral("dddd dd/MM/yyyy")) });
    if (event.base.id != 0) {
        QString period = event.base.startDate.toString(QStringLiteral("dd/MM/yyyy"));
        if (event.base.endDate.isValid())
            period += QStringLiteral(" – ") + event.base.endDate.toString(QStringLiteral("dd/MM/yyyy"));
        doc.parameters.append({ tr("Event"),
            tr("%1 (%2, %3, from %4)")
                .arg(event.base.name, RoomText::scenario(event.scenario), RoomText::phase(event.phase).toLower(),
                    period) });
        doc.parameters.append({ tr("Authorising act"), event.base.authorisingAct });
    }
    doc.parameters.append({ tr("Entries"), locale.toString(entries->size()) });

    // Which entry corrects which, said with the time of the other one.
    QHash<qint64, QDateTime> times;
    for (const DiaryEntry &e : std::as_const(*entries))
        times.insert(e.id, e.at);
    const auto timeOf = [&](qint64 id) {
        const QDateTime t = times.value(id);
        return t.isValid() ? locale.toString(t.toLocalTime(), QStringLiteral("dd/MM HH:mm")) : QStringLiteral("#%1").arg(id);
    };

    core::ReportTable table;
    table.columns = { { QStringLiteral("at"), tr("When"), core::ColumnKind::DateTime, 0, true, false },
        { QStringLiteral("event"), tr("Event"), core::ColumnKind::Text },
        { QStringLiteral("kind"), tr("Kind"), core::ColumnKind::Text, 0, true, false },
        { QStringLiteral("counterpart"), tr("With"), core::ColumnKind::Text },
        { QStringLiteral("text"), tr("Text"), core::ColumnKind::Text },
        { QStringLiteral("comune"), tr("Comune"), core::ColumnKind::Text },
        { QStringLiteral("links"), tr("Also about"), core::ColumnKind::Text },
        { QStringLiteral("author"), tr("Written by"), core::ColumnKind::Text },
        { QStringLiteral("correction"), tr("Correction"), core::ColumnKind::Text } };
    for (const DiaryEntry &e : std::as_const(*entries)) {
        QStringList links;
        if (!e.organisationName.isEmpty())
            links.append(e.organisationName);
        if (!e.deliveryNumber.isEmpty())
            links.append(tr("delivery %1").arg(e.deliveryNumber));
        if (!e.requestNumber.isEmpty())
            links.append(tr("request %1").arg(e.requestNumber));
        QStringList correction;
        if (e.correctsId != 0)
            correction.append(tr("corrects the entry of %1").arg(timeOf(e.correctsId)));
        if (e.correctedById != 0)
            correction.append(tr("CORRECTED by the entry of %1").arg(timeOf(e.correctedById)));
        table.rows.append({ e.at, e.eventName, RoomText::diaryKind(e.kind), e.counterpart, e.body, e.comuneName,
            links.join(QStringLiteral("; ")), e.authorName.isEmpty() ? e.author : e.authorName,
            correction.join(QStringLiteral("; ")) });
    }
    if (entries->isEmpty())
        doc.addParagraph(tr("No entries."));
    doc.addTable(table);
    doc.sayOnceIfSame(doc.blocks.last().table, 1);
    return doc;
}

} // namespace room
