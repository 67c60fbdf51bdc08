#pragma once

#include "deliveries/domain/dayplan.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace core {
class DateField;
class ComuniMapWidget;
struct AppContext;
} // namespace core

namespace deliveries {

// The daily plan: the day's deliveries by vehicle, each round ordered from
// the Idroscalo (nearest neighbour improved by 2-opt) with the distance of
// every leg and the total; the comuni visited on the map. Prints the trip
// sheet, and the day's delivery notes in one print job.
class DayPlanPage : public QWidget {
    Q_OBJECT
public:
    DayPlanPage(core::AppContext &context, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    void refresh();
    const DayPlanResult &plan() const { return m_plan; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *warningsLabel() const { return m_warnings; }
    core::ComuniMapWidget *map() const { return m_map; }
    core::DateField *dateEdit() const { return m_date; }

signals:
    void deliveryActivated(qint64 deliveryId);

private:
    void printTripSheet();
    void printNotes();

    core::AppContext &m_context;
    DayPlanResult m_plan;
    core::DateField *m_date = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warnings = nullptr; // recipients without an address, agreed times that cannot be kept
    QTreeWidget *m_tree = nullptr;
    core::ComuniMapWidget *m_map = nullptr;
};

} // namespace deliveries
