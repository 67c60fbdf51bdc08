#pragma once

#include "tutoring/domain/tutoringtypes.h"
#include "tutoring/ui/listpage.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace core {
class DateField;
}

namespace tutoring {

// Assigns a stable assistant to a BES pupil, by hand, outside the calendar.
class BesAssignDialog : public QDialog {
    Q_OBJECT
public:
    BesAssignDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);
    qint64 assignmentId() const { return m_id; }
    QComboBox *pupilBox() const { return m_pupil; }
    QComboBox *assistantBox() const { return m_assistant; }
    bool save();

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_id = 0;
    QComboBox *m_pupil = nullptr;
    QComboBox *m_assistant = nullptr;
    core::DateField *m_first = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

// Books the hours of a BES assignment: one day, or the same hour on chosen
// weekdays between two dates. All or nothing: if any hour breaks a rule,
// nothing is booked and each refused day is listed with its rule.
class BesHoursDialog : public QDialog {
    Q_OBJECT
public:
    BesHoursDialog(core::AppContext &context, core::CommandStack &commands, const BesAssignment &assignment,
        QWidget *parent = nullptr);
    QList<QPair<QDate, int>> plannedSlots() const;
    bool save();
    int bookedCount() const { return m_booked; }

    // For tests.
    core::DateField *firstField() const { return m_first; }
    core::DateField *lastField() const { return m_last; }
    QCheckBox *weekdayBox(int weekday) const { return m_weekdays.value(weekday); }
    QComboBox *hourBox() const { return m_hour; }
    QListWidget *refusals() const { return m_refusals; }

private:
    void updatePreview();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    BesAssignment m_assignment;
    int m_booked = 0;
    QComboBox *m_subject = nullptr;
    core::DateField *m_first = nullptr;
    core::DateField *m_last = nullptr;
    QHash<int, QCheckBox *> m_weekdays;
    QComboBox *m_hour = nullptr;
    QLabel *m_preview = nullptr;
    QListWidget *m_refusals = nullptr;
};

// The "BES" page: the stable assignments of BES pupils with the hours
// booked and given on each; assigning, ending, booking hours.
class BesPage : public ListPage {
    Q_OBJECT
public:
    BesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);
    void applyFilter() override;

protected:
    void activated() override;

private:
    void assign();
    void endAssignment();
    void bookHours();

    QComboBox *m_open = nullptr;
};

} // namespace tutoring
