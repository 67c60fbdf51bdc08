#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
class FormattedSqlModel;
} // namespace core

namespace deliveries {

// The deliveries: by day of transport over a paged model, filtered by
// period, state, type of recipient, comune and text; the selected one in
// full on the right (goods with the lots issued, its story) with what can
// be done in its state: edit (planned), confirm the loading (the goods
// leave: stock is issued), delivered and signed, return (goods back into
// stock), cancel (planned), print its DDT.
class DeliveriesPage : public QWidget {
    Q_OBJECT
public:
    DeliveriesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    core::FormattedSqlModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *comuneFilter() const { return m_comune; }
    core::DateField *fromDate() const { return m_from; }
    core::DateField *toDate() const { return m_to; }
    QTableWidget *linesTable() const { return m_lines; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *deliverButton() const { return m_deliver; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *editButton() const { return m_edit; }
    qint64 selectedId() const;
    // Selects a delivery, widening the filters to its day when it is
    // outside them: found on the list's worker, selected when it arrives
    // (model()->isLocating() until then). True: being looked for.
    bool select(qint64 deliveryId);
    // Shows every delivery of a comune in the period (from the map).
    void showComune(int comuneId, const QDate &from, const QDate &to);
    void applyFilter();

    // The actions, on the selected delivery (dialogs ask what they need).
    bool loadSelected();
    bool deliverSelected(const QString &signedBy = {}, const QDateTime &at = {});
    bool returnSelected(const QString &reason = {}, const QDate &date = {});

signals:
    void newRequested();
    void editRequested(qint64 deliveryId);

private:
    void showSelected();
    void cancelSelected();
    void printSelected();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    core::DateField *m_from = nullptr;
    core::DateField *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_header = nullptr;
    QTableWidget *m_lines = nullptr;
    QTextBrowser *m_story = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_deliver = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace deliveries
