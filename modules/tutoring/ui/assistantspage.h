#pragma once

#include "tutoring/ui/listpage.h"

class QComboBox;

namespace tutoring {

// The "Study assistants" page: the students who teach, with school,
// class, comune, safety-course state, subjects and PCTO hours so far.
// New, edit, delete (only without lessons), import, and the PCTO
// statement of the selected assistant's school.
class AssistantsPage : public ListPage {
    Q_OBJECT
public:
    AssistantsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);
    void applyFilter() override;

signals:
    void importRequested();
    void pctoStatementRequested(int schoolId);

protected:
    void activated() override;

private:
    void edit(qint64 id);
    void remove();

    QComboBox *m_school = nullptr;
    QComboBox *m_course = nullptr;
};

} // namespace tutoring
