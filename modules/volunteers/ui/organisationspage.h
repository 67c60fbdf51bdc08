#pragma once

#include "volunteers/domain/volunteertypes.h"
#include "volunteers/ui/tabpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace core {
class DateField;
class PagedSqlModel;
}

namespace volunteers {

// The 117 organisations (associations and municipal groups) with their
// yearly renewal of operational status: the six-item checklist, its state
// and date. GUI thread.
class OrganisationsPage : public TabPage {
    Q_OBJECT
public:
    OrganisationsPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;

    // For tests.
    core::PagedSqlModel *model() const { return m_model; }
    void selectOrganisation(qint64 id);
    bool saveRenewal();
    QCheckBox *checklistItem(int item) const { return m_items[item]; }
    QComboBox *renewalState() const { return m_state; }

private:
    void applyFilter();
    void currentChanged();
    void showRenewal();
    void updateRenewalButtons();
    void addOrganisation();
    void editOrganisation();

    core::PagedSqlModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_items[Renewal::ItemCount] = {};
    QComboBox *m_state = nullptr;
    core::DateField *m_stateDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveRenewal = nullptr;
    QPushButton *m_edit = nullptr;
    qint64 m_selected = 0;
    Renewal m_renewal;
};

} // namespace volunteers
