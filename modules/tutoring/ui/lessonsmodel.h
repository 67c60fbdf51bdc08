#pragma once

#include "core/ui/pagedsqlmodel.h"

namespace tutoring {

// The ledger of lessons (bookings with the outcome in force) as a paged
// list: day, hour, subject, pupil (short name), assistant, how it was
// booked, the outcome. Sorted on the indexed day and hour. Filters are
// set by the page as bound values. GUI thread only.
class LessonsModel : public core::PagedSqlModel {
    Q_OBJECT
public:
    enum Column { Day, Hour, Subject, Pupil, Assistant, Channel, State, TaughtBy };

    explicit LessonsModel(const QSqlDatabase &db, QObject *parent = nullptr);

    struct Filter {
        QDate from;
        QDate to;
        int subjectId = 0;
        QString state; // "", "booked", "given", "no_show", "cancelled", "awaiting" (booked, already past)
        QString channel; // "", "platform", "bes"
        QString search; // pupil or assistant family name, or code
        QDate today; // for "awaiting"
    };
    void applyFilter(const Filter &filter);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace tutoring
