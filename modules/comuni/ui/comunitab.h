#pragma once

#include "core/ui/moduletab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace core {
class ComuniMapWidget;
class PagedSqlModel;
} // namespace core

namespace comuni {

class ComuneDetailsForm;

// The "Comuni" tab: the 133 comuni as a searchable list, the offline map,
// and the editable town hall and COC details of the selected comune. The
// list and the map select together.
class ComuniTab : public core::ModuleTab {
    Q_OBJECT
public:
    explicit ComuniTab(core::AppContext &context, QWidget *parent = nullptr);

    // Selects a comune in the list, on the map and in the form.
    void selectComune(int comuneId);
    int selectedComune() const { return m_selected; }
    // Records: "comune" (the global search).
    bool showRecord(const QString &kind, qint64 id) override;

    // For tests.
    core::PagedSqlModel *model() const { return m_model; }
    core::ComuniMapWidget *map() const { return m_map; }
    ComuneDetailsForm *form() const { return m_form; }
    QLineEdit *searchField() const { return m_search; }
    bool saveDetails();

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    void applyFilter();
    void tableSelectionChanged();
    void showComune(int comuneId);
    bool confirmLeavingEdits();
    void exportMap();

    core::PagedSqlModel *m_model = nullptr;
    core::ComuniMapWidget *m_map = nullptr;
    ComuneDetailsForm *m_form = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_zoneFilter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_hover = nullptr;
    int m_selected = 0;
};

} // namespace comuni
