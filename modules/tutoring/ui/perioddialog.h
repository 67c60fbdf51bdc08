#pragma once

#include "tutoring/domain/serviceperiod.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace core {
class DateField;
class CommandStack;
struct AppContext;
} // namespace core

namespace tutoring {

// Sets up a service period: its name and days, the weekdays served and
// the start hours of the one-hour slots (15, 16, 17 for 15:00-18:30).
// Saved by ServiceRepository, which refuses overlaps and changes that
// would leave booked lessons outside the service.
class PeriodDialog : public QDialog {
    Q_OBJECT
public:
    // A period to edit, or an invalid one to create.
    PeriodDialog(core::AppContext &context, core::CommandStack &commands, const ServicePeriod &period, QWidget *parent = nullptr);
    bool save();
    ServicePeriod period() const;

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    ServicePeriod m_period;
    QLineEdit *m_name = nullptr;
    core::DateField *m_first = nullptr;
    core::DateField *m_last = nullptr;
    QHash<int, QCheckBox *> m_weekdays;
    QHash<int, QCheckBox *> m_hours;
    QLabel *m_error = nullptr;
};

} // namespace tutoring
