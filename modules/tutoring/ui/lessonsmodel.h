#pragma once

#include "core/ui/pagedsqlmodel.h"
#include "tutoring/domain/tutoringlists.h"

namespace tutoring {

// The ledger of lessons (bookings with the outcome in force) as a paged
// list: day, hour, subject, pupil (short name), assistant, how it was
// booked, the outcome. Sorted on the indexed day and hour. Its SQL and
// filters are TutoringLists::lessons(). GUI thread only.
class LessonsModel : public core::PagedSqlModel {
    Q_OBJECT
public:
    enum Column { Day, Hour, Subject, Pupil, Assistant, Channel, State, TaughtBy };

    explicit LessonsModel(const QSqlDatabase &db, QObject *parent = nullptr);
    // How the Day column writes a date: "ven 06/03/2021".
    static QString dayFormat() { return QStringLiteral("ddd dd/MM/yyyy"); }

    using Filter = TutoringLists::LessonFilter;
    void applyFilter(const Filter &filter);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant displayValue(const QVariantList &row, int column) const override;
};

} // namespace tutoring
