#pragma once

#include "tutoring/ui/listpage.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tutoring {

// Creates or edits a tutor (teacher or retired teacher).
class TutorDialog : public QDialog {
    Q_OBJECT
public:
    TutorDialog(core::AppContext &context, core::CommandStack &commands, qint64 tutorId, QWidget *parent = nullptr);
    qint64 tutorId() const { return m_id; }
    bool save();

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_id = 0;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_given = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
};

// The "Tutors" page: the teachers who supervise the assistants, how many
// assistants each follows and how many hours they stood in.
class TutorsPage : public ListPage {
    Q_OBJECT
public:
    TutorsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);
    void applyFilter() override;

protected:
    void activated() override;

private:
    void edit(qint64 id);
    void remove();
};

} // namespace tutoring
