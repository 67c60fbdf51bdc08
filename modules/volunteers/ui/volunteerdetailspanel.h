#pragma once

#include "core/domain/result.h"
#include "core/reference/comune.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/volunteertypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
struct AppContext;
class BackgroundReader;
}

namespace volunteers {

struct LimitAssessment;

// The selected volunteer at a glance: the record and the employer, the
// art. 39 situation (days over a limit in red), the effective days with
// the attestato that certified each, and the courses and qualifications
// with their expiry. Days are reversed and qualifications kept from here.
// GUI thread; the record, the days and qualifications, and the art. 39
// assessment, which read the volunteer's whole history, are read on a
// worker (core::BackgroundReader) and shown when they arrive ("reading",
// "checking" meanwhile).
class VolunteerDetailsPanel : public QWidget {
    Q_OBJECT
public:
    VolunteerDetailsPanel(core::AppContext &context, QWidget *parent);
    void showVolunteer(qint64 id);

    // For tests.
    QTableWidget *daysTable() const { return m_days; }
    QTableWidget *qualificationsTable() const { return m_qualifications; }
    QString limitsText() const;
    // True while the art. 39 assessment is being read.
    bool isCheckingLimits() const { return m_checkingLimits; }
    // The record, days and qualifications asked for have not arrived (tests).
    bool isReadingDetail() const { return m_readingDetail; }

signals:
    void showLimitsRequested();

private:
    void reverseDay();
    void addQualification();
    void editQualification();
    void removeQualification();
    void updateButtons();
    void readLimits(qint64 id);
    void showLimits(const LimitAssessment &assessment);
    void showDetail(qint64 id, const Volunteer &volunteer, const core::Result<Organisation> &org,
        const core::Result<core::Comune> &residence, const core::Result<Employer> &employer,
        const core::Result<QList<ActivationDayDetail>> &days, const core::Result<QList<Qualification>> &qualifications);

    core::AppContext &m_context;
    qint64 m_id = 0;
    core::BackgroundReader *m_limitsReader = nullptr;
    int m_limitsRead = 0; // the latest read asked: older answers are dropped
    bool m_checkingLimits = false;
    int m_detailRead = 0; // the latest volunteer asked: older answers are dropped
    bool m_readingDetail = false;
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
