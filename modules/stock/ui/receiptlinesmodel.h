#pragma once

#include "stock/domain/receiptservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStyledItemDelegate>

#include <optional>

class QUndoStack;

namespace stock {

// The lines of a receipt being typed, as text the operator can correct,
// with an empty row at the end that becomes a new line when filled. Every
// change goes through an undo stack (Ctrl+Z / Ctrl+Y in the dialog).
// Knows the items and locations by id; turns itself into ReceiptLines.
class ReceiptLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ItemColumn, LotColumn, ExpiryColumn, QuantityColumn, UnitColumn, LocationColumn, ColumnCount };

    struct Line {
        qint64 itemId = 0;
        QString itemText; // typed but not an item of the catalogue (itemId 0)
        QString lot;
        QString expiry;   // as typed, dd/mm/yyyy
        QString quantity; // as typed: kg for goods by weight, pieces otherwise
        qint64 locationId = 0;
        bool isEmpty() const
        {
            return itemId == 0 && itemText.isEmpty() && lot.isEmpty() && expiry.isEmpty() && quantity.isEmpty();
        }
    };

    ReceiptLinesModel(const QList<Item> &items, const QList<Location> &locations, QUndoStack *undo, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Undoable line removal.
    void removeLine(int row);
    // Without undo (used by the undo commands themselves).
    void applyCell(int row, int column, const QVariant &value);
    void insertLine(int row, const Line &line);
    // The empty last row becomes a line; a new empty row appears after it
    // (the view's current cell stays on the line being typed).
    void appendLine();
    void dropLastLine();
    void takeLine(int row);
    Line line(int row) const { return m_lines.value(row); }
    int lineCount() const { return int(m_lines.size()); }

    // The typed lines as receipt lines; problems as (row, error).
    QList<ReceiptLine> receiptLines(QList<QPair<int, core::Error>> *problems) const;
    // What is wrong with a cell of a typed line: stock.item_missing,
    // stock.import_unknown_item «typed», stock.quantity_missing,
    // stock.import_bad_number, stock.import_bad_date; empty when fine.
    // Cells with a problem are painted red with the problem as tooltip (a
    // missing value only once setShowRequired(true): not while the person
    // is still filling the line in), and go back to normal when fixed.
    std::optional<core::Error> cellProblem(int row, int column) const;
    void setShowRequired(bool show);
    core::Grams totalGrams() const;

    const QList<Item> &items() const { return m_items; }
    const QList<Location> &locations() const { return m_locations; }
    const Item *item(qint64 id) const;

private:
    QList<Item> m_items;
    QList<Location> m_locations;
    QHash<qint64, int> m_itemIndex;
    QUndoStack *m_undo = nullptr;
    QList<Line> m_lines; // plus one empty row shown at the end
    bool m_showRequired = false;
};

// The item is typed with completion (a text that is no item is kept, and
// shown as unknown), the location chosen in a combo box.
class ReceiptLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    // Enter in a cell commits it and moves to the next one, like Tab.
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace stock
