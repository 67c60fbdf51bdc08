#pragma once

#include "volunteers/ui/tabpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace core {
class BackgroundReader;
class PagedSqlModel;
}

namespace volunteers {

class VolunteerDetailsPanel;

// The volunteers: a searchable list by organisation, and the selected
// volunteer's record, art. 39 situation, days and qualifications. From here
// volunteers are added and edited, imported from CSV, their days entered
// and their attestati issued.
class VolunteersPage : public TabPage {
    Q_OBJECT
public:
    VolunteersPage(core::AppContext &context, QWidget *parent);

    void selectVolunteer(qint64 id);
    qint64 selectedVolunteer() const { return m_selected; }
    void tablesChanged(const QStringList &tables) override;

    // For tests.
    core::PagedSqlModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *organisationFilter() const { return m_organisation; }
    VolunteerDetailsPanel *details() const { return m_details; }

signals:
    void showLimitsRequested();

private:
    void applyFilter();
    void currentChanged();
    void addVolunteer();
    void editVolunteer();
    void recordDays();
    void issueAttestato();
    void importCsv();

    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_organisation = nullptr;
    QCheckBox *m_activeOnly = nullptr;
    QLabel *m_count = nullptr;
    VolunteerDetailsPanel *m_details = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_days = nullptr;
    QPushButton *m_issue = nullptr;
    qint64 m_selected = 0;
    bool m_selectFirst = true; // until the list first arrives
    core::BackgroundReader *m_reader = nullptr; // the organisations' filter
};

} // namespace volunteers
