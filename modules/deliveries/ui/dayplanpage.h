#pragma once

#include "deliveries/domain/dayplan.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace core {
class BackgroundReader;
class DateField;
class ComuniMapWidget;
struct AppContext;
} // namespace core

namespace deliveries {

// The daily plan: the day's deliveries by vehicle, each round ordered from
// the Idroscalo (nearest neighbour improved by 2-opt) with the distance of
// every leg and the total; the comuni visited on the map. Prints the trip
// sheet, and the day's delivery notes in one print job. The plan is read
// on a worker (core::BackgroundReader): the page shows at once, says it is
// reading, and fills in when the plan arrives (the latest day asked wins).
class DayPlanPage : public QWidget {
    Q_OBJECT
public:
    DayPlanPage(core::AppContext &context, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    // Reads the day's plan again, on the worker.
    void refresh();
    // A plan asked for, or the map's outlines, has not arrived yet (tests).
    bool isReading() const;
    const DayPlanResult &plan() const { return m_plan; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *warningsLabel() const { return m_warnings; }
    core::ComuniMapWidget *map() const { return m_map; }
    core::DateField *dateEdit() const { return m_date; }

signals:
    void deliveryActivated(qint64 deliveryId);

private:
    void showPlan(const core::Result<DayPlanResult> &plan);
    void printTripSheet();
    void printNotes();

    core::AppContext &m_context;
    DayPlanResult m_plan;
    core::DateField *m_date = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warnings = nullptr; // recipients without an address, agreed times that cannot be kept
    QTreeWidget *m_tree = nullptr;
    core::ComuniMapWidget *m_map = nullptr;
    core::BackgroundReader *m_reader = nullptr;
    int m_read = 0; // the latest read asked: older answers are dropped
    bool m_reading = false;
};

} // namespace deliveries
