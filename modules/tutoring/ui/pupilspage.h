#pragma once

#include "tutoring/ui/listpage.h"

class QComboBox;

namespace tutoring {

class FormattedSqlModel;

// The "Pupils" page: the pupils (minors) with class, comune of residence,
// BES flag, consent and hours booked; no parent contacts in the list.
// New, edit (double click), delete (only without lessons), import.
class PupilsPage : public ListPage {
    Q_OBJECT
public:
    PupilsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);
    void applyFilter() override;

signals:
    void importRequested();
    void bookRequested(qint64 pupilId);

protected:
    void activated() override;

private:
    void edit(qint64 id);
    void remove();

    QComboBox *m_order = nullptr;
    QComboBox *m_kind = nullptr;
};

} // namespace tutoring
