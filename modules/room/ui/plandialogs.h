#pragma once

#include "core/domain/result.h"
#include "room/domain/plantypes.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace core {
class DateField;
class DateTimeField;
}

namespace room {

// The state of one comune's emergency plan: whether it has one, approval,
// last revision, revision due (empty: three years after the last
// revision), the regional portal, the act, the risk scenarios, notes. OK
// hands the plan to `save` (the page runs the command); a refusal is shown
// in the dialog, which stays open. GUI thread; reads nothing.
class PlanDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<core::Status(const PlanState &)>;
    PlanDialog(const QString &comune, const PlanState &plan, const QDate &today, Save save, QWidget *parent = nullptr);

    PlanState plan() const;
    QCheckBox *hasPlanBox() const { return m_hasPlan; }
    core::DateField *approvedField() const { return m_approved; }
    core::DateField *revisedField() const { return m_revised; }
    core::DateField *dueField() const { return m_due; }
    QCheckBox *riskBox(Risk r) const { return m_risks.value(int(r)); }
    QLabel *problemLabel() const { return m_problem; }

public slots:
    void accept() override;

private:
    void enableDates();

    PlanState m_base;
    Save m_save;
    QCheckBox *m_hasPlan = nullptr;
    core::DateField *m_approved = nullptr;
    core::DateField *m_revised = nullptr;
    core::DateField *m_due = nullptr;
    QCheckBox *m_portal = nullptr;
    QLineEdit *m_act = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<int, QCheckBox *> m_risks;
    QLabel *m_problem = nullptr;
};

// Opens or closes a comune's COC: when (not after now), the event it is
// for (optional), a note. OK hands the change to `save`, as PlanDialog.
class CocDialog : public QDialog {
    Q_OBJECT
public:
    struct EventChoice {
        qint64 id = 0;
        QString name;
    };
    using Save = std::function<core::Status(const CocChange &)>;
    CocDialog(const QString &comune, int comuneId, bool open, const QDateTime &now, const QList<EventChoice> &events,
        Save save, QWidget *parent = nullptr);

    CocChange change() const;
    core::DateTimeField *sinceField() const { return m_since; }
    QLabel *problemLabel() const { return m_problem; }

public slots:
    void accept() override;

private:
    int m_comuneId = 0;
    bool m_open = true;
    Save m_save;
    core::DateTimeField *m_since = nullptr;
    QComboBox *m_event = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace room
