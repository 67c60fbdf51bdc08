#pragma once

#include "room/domain/plantypes.h"
#include "room/ui/roompage.h"

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QAbstractTableModel>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace core {
class BackgroundReader;
class ComuniMapWidget;
}

namespace room {

// The 133 comuni with their plan, its status, risks and COC; the rows
// shown are those the page's filters let through (PlansPage sets them).
class PlanListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Comune, Status, Due, Coc, Approved, Revised, Portal, Zone, Risks, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<PlanRow> &rows);
    const PlanRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfComune(int comuneId) const;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PlanRow> m_rows;
};

// "Piani di emergenza": for each comune of the metropolitan city the state
// of its Piano di Emergenza Comunale (coloured by status: up to date, due
// soon, overdue, no plan, not recorded), its risk scenarios and its COC;
// the map coloured by status beside the list, the selected comune's plan
// and COC history below it. Filters by zona omogenea, status and name.
// Buttons: change the plan (room.plans), open or close the COC
// (room.edit), import a spreadsheet (room.plans), print the report. The
// list and the history are read on a BackgroundReader. GUI thread.
class PlansPage : public RoomPage {
    Q_OBJECT
public:
    explicit PlansPage(core::AppContext &context, QWidget *parent = nullptr);
    QString pageName() const override { return QStringLiteral("plans"); }
    void tablesChanged(const QStringList &tables) override;

    PlanListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    core::ComuniMapWidget *map() const { return m_map; }
    QTextBrowser *details() const { return m_details; }
    QComboBox *zoneFilter() const { return m_zone; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *search() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *cocButton() const { return m_coc; }
    QPushButton *importButton() const { return m_import; }
    // Tests: the list (or the selected comune's history) is on its way.
    // The map's outlines too.
    bool isReading() const;
    int selectedComune() const { return m_selected; }
    void selectComune(int comuneId);
    // Re-reads the list (after a commit, or a new day).
    void reload();
    // The printed plans of the zone shown, with the map, built on a worker
    // ("Preparing the report..." on the button, disabled meanwhile; the map
    // is drawn when the document arrives); `done` gets it on the GUI
    // thread. False (nothing asked) while one is being prepared.
    bool prepareReport(std::function<void(const core::Result<core::ReportDocument> &)> done);
    bool isPreparingReport() const { return m_preparingReport; }

private:
    void applyFilter();
    void showSelected();
    void editPlan();
    void changeCoc();
    void importFile();
    void printReport();

    PlanListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QList<PlanRow> m_all;
    QTableView *m_view = nullptr;
    core::ComuniMapWidget *m_map = nullptr;
    QTextBrowser *m_details = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_coc = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_print = nullptr;
    core::BackgroundReader *m_reader = nullptr;
    core::BackgroundReader *m_reportReader = nullptr;
    bool m_preparingReport = false;
    int m_reading = 0;
    int m_read = 0;
    int m_historyRead = 0;
    int m_selected = 0;
    QList<CocChange> m_history;
};

} // namespace room
