#include "tutoring/ui/lessonsmodel.h"

#include "tutoring/domain/tutoringlabels.h"

#include <QColor>
#include <QLocale>

namespace tutoring {

using core::ColumnKind;

LessonsModel::LessonsModel(const QSqlDatabase &db, QObject *parent)
    : core::PagedSqlModel(db, parent)
{
    const ListQuery query = TutoringLists::lessons();
    setSource(query.from, query.key);
    const QStringList &c = query.columns;
    setColumns({
        { c.at(Day), tr("Day"), ColumnKind::Date, 0, true },
        { c.at(Hour), tr("Hour"), ColumnKind::Integer, 0, false },
        { c.at(Subject), tr("Subject"), ColumnKind::Text, 0, false },
        { c.at(Pupil), tr("Pupil"), ColumnKind::Text, 0, false },
        { c.at(Assistant), tr("Study assistant"), ColumnKind::Text, 0, false },
        { c.at(Channel), tr("Booked on"), ColumnKind::Text, 0, false },
        { c.at(State), tr("Outcome"), ColumnKind::Text, 0, false },
        { c.at(TaughtBy), tr("Stand-in tutor"), ColumnKind::Text, 0, false },
    });
    setDefaultSort(Day, Qt::DescendingOrder);
    setWatchedTables(query.watchedTables);
}

void LessonsModel::applyFilter(const Filter &f)
{
    const ListFilter filter = TutoringLists::lessonFilter(f);
    setFilter(filter.where(), filter.binds);
}

QVariant LessonsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The hour is written "15:00–16:00", on the left: so is its title
    // (on the right it read "Ora Materia").
    if (role == Qt::TextAlignmentRole && orientation == Qt::Horizontal && section == Hour)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    return core::PagedSqlModel::headerData(section, orientation, role);
}

QVariant LessonsModel::displayValue(const QVariantList &row, int column) const
{
    const QVariant raw = row.value(column);
    switch (column) {
    case Day: {
        const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
        return QLocale().toString(d, dayFormat());
    }
    case Hour:
        return Labels::slot(raw.toInt());
    case Channel:
        return Labels::channel(channelFromSql(raw.toString()));
    case State:
        return Labels::lessonState(lessonStateFromSql(raw.toString()));
    default:
        return core::PagedSqlModel::displayValue(row, column);
    }
}

QVariant LessonsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
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
