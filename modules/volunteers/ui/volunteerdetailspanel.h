#pragma once

#include "volunteers/domain/volunteertypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
struct AppContext;
}

namespace volunteers {

// The selected volunteer at a glance: the record and the employer, the
// art. 39 situation (days over a limit in red), the effective days with
// the attestato that certified each, and the courses and qualifications
// with their expiry. Days are reversed and qualifications kept from here.
// GUI thread.
class VolunteerDetailsPanel : public QWidget {
    Q_OBJECT
public:
    VolunteerDetailsPanel(core::AppContext &context, QWidget *parent);
    void showVolunteer(qint64 id);

    // For tests.
    QTableWidget *daysTable() const { return m_days; }
    QTableWidget *qualificationsTable() const { return m_qualifications; }
    QString limitsText() const;

signals:
    void showLimitsRequested();

private:
    void reverseDay();
    void addQualification();
    void editQualification();
    void removeQualification();
    void updateButtons();

    core::AppContext &m_context;
    qint64 m_id = 0;
    QList<Qualification> m_qualificationList;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_limits = nullptr;
    QPushButton *m_limitsButton = nullptr;
    QTableWidget *m_days = nullptr;
    QTableWidget *m_qualifications = nullptr;
    QPushButton *m_reverse = nullptr;
    QPushButton *m_addQualification = nullptr;
    QPushButton *m_editQualification = nullptr;
    QPushButton *m_removeQualification = nullptr;
};

} // namespace volunteers
