#pragma once

#include <QDialog>
#include <QWidget>

class QTableWidget;
class QLabel;

namespace core {
struct AppContext;
class CommandStack;
}

namespace stock {

// Stock counts (inventario): the list of counts, new counts of a location
// (optionally one category), the counting sheet to print before, the
// quantities found, and the closing that records the differences.
class CountsPage : public QWidget {
    Q_OBJECT
public:
    CountsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }

signals:
    void printRequested(qint64 countId);

private:
    qint64 selectedCount() const;
    void newCount();
    void enterCount();
    void cancelCount();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QTableWidget *m_table = nullptr;
};

// Entering what was counted, lot by lot: kg for goods by weight, pieces
// for the rest, and the reason of each difference. Saves as it goes;
// "Close the count" records the adjustments.
class CountDialog : public QDialog {
    Q_OBJECT
public:
    CountDialog(core::AppContext &context, core::CommandStack &commands, qint64 countId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool save();        // writes the counted quantities; false (and a message) on bad input
    bool closeCount();  // save + close

private:
    void load();
    qint64 countedAt(int row) const; // -1 not counted, -2 not a quantity
    void markCounted(int row);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_countId = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_header = nullptr;
    QList<qint64> m_lineIds;
    QList<bool> m_byWeight;
};

} // namespace stock
