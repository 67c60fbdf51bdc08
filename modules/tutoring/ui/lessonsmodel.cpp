#include "tutoring/ui/lessonsmodel.h"

#include "core/domain/dates.h"
#include "tutoring/domain/tutoringlabels.h"

#include <QColor>
#include <QLocale>

namespace tutoring {

using core::ColumnKind;

LessonsModel::LessonsModel(const QSqlDatabase &db, QObject *parent)
    : core::PagedSqlModel(db, parent)
{
    setSource(QStringLiteral(
                  "tutoring_lesson l JOIN tutoring_pupil p ON p.id = l.pupil_id "
                  "JOIN tutoring_assistant a ON a.id = l.assistant_id JOIN tutoring_subject s ON s.id = l.subject_id "
                  "LEFT JOIN tutoring_tutor t ON t.id = l.tutor_id"),
        QStringLiteral("l.id"));
    setColumns({
        { QStringLiteral("l.day"), tr("Day"), ColumnKind::Date, 0, true },
        { QStringLiteral("l.start_hour"), tr("Hour"), ColumnKind::Integer, 0, false },
        { QStringLiteral("s.name"), tr("Subject"), ColumnKind::Text, 0, false },
        { QStringLiteral("p.family_name || ' ' || substr(p.given_name, 1, 1) || '.'"), tr("Pupil"), ColumnKind::Text, 0,
            false },
        { QStringLiteral("a.family_name || ' ' || a.given_name"), tr("Study assistant"), ColumnKind::Text, 0, false },
        { QStringLiteral("l.channel"), tr("Booked on"), ColumnKind::Text, 0, false },
        { QStringLiteral("l.state"), tr("Outcome"), ColumnKind::Text, 0, false },
        { QStringLiteral("coalesce(t.family_name || ' ' || t.given_name, '')"), tr("Stand-in tutor"), ColumnKind::Text,
            0, false },
    });
    setDefaultSort(Day, Qt::DescendingOrder);
    setWatchedTables({ QStringLiteral("tutoring_booking"), QStringLiteral("tutoring_outcome") });
}

void LessonsModel::applyFilter(const Filter &f)
{
    QStringList where;
    QVariantList binds;
    if (f.from.isValid()) {
        where.append(QStringLiteral("l.day >= ?"));
        binds.append(core::toSqlDate(f.from));
    }
    if (f.to.isValid()) {
        where.append(QStringLiteral("l.day <= ?"));
        binds.append(core::toSqlDate(f.to));
    }
    if (f.subjectId > 0) {
        where.append(QStringLiteral("l.subject_id = ?"));
        binds.append(f.subjectId);
    }
    if (f.state == QLatin1String("awaiting")) {
        where.append(QStringLiteral("l.state = 'booked' AND l.day < ?"));
        binds.append(core::toSqlDate(f.today));
    } else if (!f.state.isEmpty()) {
        where.append(QStringLiteral("l.state = ?"));
        binds.append(f.state);
    }
    if (!f.channel.isEmpty()) {
        where.append(QStringLiteral("l.channel = ?"));
        binds.append(f.channel);
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        QString escaped = search;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        where.append(QStringLiteral(
            "(p.family_name LIKE ? ESCAPE '\\' OR a.family_name LIKE ? ESCAPE '\\' OR p.code = ? OR a.code = ?)"));
        binds << escaped + QStringLiteral("%") << escaped + QStringLiteral("%") << search << search;
    }
    setFilter(where.join(QStringLiteral(" AND ")), binds);
}

QVariant LessonsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        const QVariant raw = core::PagedSqlModel::data(index, RawRole);
        switch (index.column()) {
        case Day: {
            const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
            return QLocale().toString(d, QStringLiteral("ddd dd/MM/yyyy"));
        }
        case Hour:
            return Labels::slot(raw.toInt());
        case Channel:
            return Labels::channel(channelFromSql(raw.toString()));
        case State:
            return Labels::lessonState(lessonStateFromSql(raw.toString()));
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (lessonStateFromSql(core::PagedSqlModel::data(index, RawRole).toString())) {
        case LessonState::Given:
            return QColor(0x1b, 0x5e, 0x20);
        case LessonState::NoShow:
            return QColor(0x8a, 0x4b, 0x00);
        case LessonState::Cancelled:
            return QColor(0x8a, 0x93, 0x9c);
        case LessonState::Booked:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Hour)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    return core::PagedSqlModel::data(index, role);
}

} // namespace tutoring
