#include "stock/ui/receiptlinesmodel.h"

#include "core/domain/clock.h"
#include "core/domain/dates.h"
#include "core/domain/units.h"
#include "core/ui/errortext.h"
#include "core/ui/invalidmark.h"
#include "stock/domain/stocklabels.h"

#include <algorithm>

#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

namespace stock {

namespace {

class SetCellCommand : public QUndoCommand {
public:
    SetCellCommand(ReceiptLinesModel *model, int row, int column, const QVariant &before, const QVariant &after, bool newLine)
        : m_model(model), m_row(row), m_column(column), m_before(before), m_after(after), m_newLine(newLine)
    {
        setText(ReceiptLinesModel::tr("change line %1").arg(row + 1));
    }
    void redo() override
    {
        if (m_newLine)
            m_model->appendLine();
        m_model->applyCell(m_row, m_column, m_after);
    }
    void undo() override
    {
        if (m_newLine)
            m_model->dropLastLine();
        else
            m_model->applyCell(m_row, m_column, m_before);
    }

private:
    ReceiptLinesModel *m_model;
    int m_row, m_column;
    QVariant m_before, m_after;
    bool m_newLine;
};

class RemoveLineCommand : public QUndoCommand {
public:
    RemoveLineCommand(ReceiptLinesModel *model, int row) : m_model(model), m_row(row), m_line(model->line(row))
    {
        setText(ReceiptLinesModel::tr("remove line %1").arg(row + 1));
    }
    void redo() override { m_model->takeLine(m_row); }
    void undo() override { m_model->insertLine(m_row, m_line); }

private:
    ReceiptLinesModel *m_model;
    int m_row;
    ReceiptLinesModel::Line m_line;
};

} // namespace

ReceiptLinesModel::ReceiptLinesModel(const QList<Item> &items, const QList<Location> &locations, QUndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent), m_items(items), m_locations(locations), m_undo(undo)
{
    for (int i = 0; i < m_items.size(); ++i)
        m_itemIndex.insert(m_items.at(i).id, i);
}

const Item *ReceiptLinesModel::item(qint64 id) const
{
    const auto it = m_itemIndex.constFind(id);
    return it == m_itemIndex.constEnd() ? nullptr : &m_items.at(it.value());
}

int ReceiptLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size()) + 1;
}

int ReceiptLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiptLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_lines.size() ? QString::number(section + 1) : QStringLiteral("*");
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case LotColumn:
        return tr("Lot");
    case ExpiryColumn:
        return tr("Expiry");
    case QuantityColumn:
        return tr("Quantity");
    case UnitColumn:
        return tr("Unit");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}

Qt::ItemFlags ReceiptLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != UnitColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReceiptLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_lines.size())
        return {};
    const Line l = index.row() < m_lines.size() ? m_lines.at(index.row()) : Line();
    const Item *it = item(l.itemId);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case ItemColumn:
            if (role == Qt::EditRole)
                return l.itemId || l.itemText.isEmpty() ? QVariant(l.itemId) : QVariant(l.itemText);
            return it ? it->name : l.itemText;
        case LotColumn:
            return l.lot;
        case ExpiryColumn:
            return l.expiry;
        case QuantityColumn:
            return l.quantity;
        case UnitColumn:
            return it ? StockLabels::unit(it->unit) : QString();
        case LocationColumn: {
            if (role == Qt::EditRole)
                return l.locationId;
            for (const Location &loc : m_locations)
                if (loc.id == l.locationId)
                    return loc.name;
            return index.row() < m_lines.size() ? tr("(default)") : QString();
        }
        }
    }
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        const auto problem = cellProblem(index.row(), index.column());
        const bool missing = problem && problem->code.endsWith(QLatin1String("_missing"));
        if (problem && (!missing || m_showRequired))
            return role == Qt::BackgroundRole ? QVariant(core::invalidCellColor())
                                              : QVariant(core::ErrorText::describe(*problem));
    }
    if (role == Qt::TextAlignmentRole && index.column() == QuantityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == QuantityColumn && it)
        return it->unit == Unit::Grams ? tr("kg, e.g. 12,5") : tr("pieces");
    return {};
}

bool ReceiptLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const bool newLine = index.row() == m_lines.size();
    const bool typedItem = index.column() == ItemColumn && value.typeId() == QMetaType::QString;
    if (newLine
        && (value.isNull() || value.toString().isEmpty()
            || (index.column() == ItemColumn && !typedItem && value.toLongLong() == 0)))
        return false;
    const QVariant before = newLine ? QVariant() : data(index, Qt::EditRole);
    if (!newLine && before == value)
        return false;
    m_undo->push(new SetCellCommand(this, index.row(), index.column(), before, value, newLine));
    return true;
}

void ReceiptLinesModel::applyCell(int row, int column, const QVariant &value)
{
    if (row < 0 || row >= m_lines.size())
        return;
    Line &l = m_lines[row];
    switch (column) {
    case ItemColumn:
        // An id, or the text typed when it is no item (kept to be shown
        // and named in the message, not lost).
        if (value.typeId() == QMetaType::QString) {
            l.itemId = 0;
            l.itemText = value.toString().trimmed();
        } else {
            l.itemId = value.toLongLong();
            l.itemText.clear();
        }
        break;
    case LotColumn:
        l.lot = value.toString().trimmed();
        break;
    case ExpiryColumn:
        l.expiry = value.toString().trimmed();
        break;
    case QuantityColumn:
        l.quantity = value.toString().trimmed();
        break;
    case LocationColumn:
        l.locationId = value.toLongLong();
        break;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReceiptLinesModel::insertLine(int row, const Line &line)
{
    beginInsertRows({}, row, row);
    m_lines.insert(row, line);
    endInsertRows();
    emit headerDataChanged(Qt::Vertical, row, int(m_lines.size()));
}

void ReceiptLinesModel::appendLine()
{
    const int emptyRow = int(m_lines.size()) + 1;
    beginInsertRows({}, emptyRow, emptyRow);
    m_lines.append(Line());
    endInsertRows();
    emit headerDataChanged(Qt::Vertical, emptyRow - 1, emptyRow);
}

void ReceiptLinesModel::dropLastLine()
{
    if (m_lines.isEmpty())
        return;
    const int emptyRow = int(m_lines.size());
    beginRemoveRows({}, emptyRow, emptyRow);
    m_lines.removeLast();
    endRemoveRows();
    emit dataChanged(index(emptyRow - 1, 0), index(emptyRow - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Vertical, emptyRow - 1, emptyRow - 1);
}

void ReceiptLinesModel::takeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit headerDataChanged(Qt::Vertical, row, int(m_lines.size()));
}

void ReceiptLinesModel::removeLine(int row)
{
    if (row >= 0 && row < m_lines.size())
        m_undo->push(new RemoveLineCommand(this, row));
}

namespace {

// Pieces as typed: the locale's digits, or plain digits; -1 when neither.
qint64 parsePieces(const QString &text, const QLocale &locale)
{
    bool ok = false;
    qint64 n = locale.toLongLong(text, &ok);
    if (!ok)
        n = text.toLongLong(&ok);
    return ok ? n : -1;
}

} // namespace

std::optional<core::Error> ReceiptLinesModel::cellProblem(int row, int column) const
{
    if (row < 0 || row >= m_lines.size() || m_lines.at(row).isEmpty())
        return std::nullopt;
    const Line &l = m_lines.at(row);
    const Item *it = item(l.itemId);
    switch (column) {
    case ItemColumn:
        if (it)
            return std::nullopt;
        // A new room's catalogue is still empty: say so, not "unknown item".
        if (std::none_of(m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.active; }))
            return core::Error(QStringLiteral("stock.catalogue_empty"));
        if (l.itemText.isEmpty())
            return core::Error(QStringLiteral("stock.item_missing"));
        return core::Error(QStringLiteral("stock.import_unknown_item"), { l.itemText, QString() });
    case ExpiryColumn:
        if (!l.expiry.isEmpty()
            && core::parseTypedDate(l.expiry, core::SystemClock::instance().today().year()).state
                != core::TypedDate::Valid)
            return core::Error(QStringLiteral("stock.import_bad_date"), { l.expiry });
        return std::nullopt;
    case QuantityColumn: {
        if (l.quantity.isEmpty())
            return core::Error(QStringLiteral("stock.quantity_missing"));
        const QLocale locale;
        const bool bad = it
            && (it->unit == Unit::Grams ? core::parseKgToGrams(l.quantity, locale) < 0
                                        : parsePieces(l.quantity, locale) < 0);
        if (bad)
            return core::Error(QStringLiteral("stock.import_bad_number"), { l.quantity });
        return std::nullopt;
    }
    }
    return std::nullopt;
}

void ReceiptLinesModel::setShowRequired(bool show)
{
    if (m_showRequired == show)
        return;
    m_showRequired = show;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

QList<ReceiptLine> ReceiptLinesModel::receiptLines(QList<QPair<int, core::Error>> *problems) const
{
    const QLocale locale;
    QList<ReceiptLine> lines;
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line &l = m_lines.at(row);
        if (l.isEmpty())
            continue;
        bool fine = true;
        for (const int column : { ItemColumn, ExpiryColumn, QuantityColumn })
            if (const auto problem = cellProblem(row, column)) {
                problems->append({ row, *problem });
                fine = false;
            }
        const Item *it = item(l.itemId);
        if (!it || !fine)
            continue;
        ReceiptLine r;
        r.itemId = it->id;
        r.lotCode = l.lot;
        r.locationId = l.locationId;
        if (!l.expiry.isEmpty())
            r.expiry = core::parseTypedDate(l.expiry, core::SystemClock::instance().today().year()).date;
        r.quantity
            = it->unit == Unit::Grams ? core::parseKgToGrams(l.quantity, locale) : parsePieces(l.quantity, locale);
        lines.append(r);
    }
    return lines;
}

core::Grams ReceiptLinesModel::totalGrams() const
{
    QList<QPair<int, core::Error>> ignored;
    core::Grams total = 0;
    for (const ReceiptLine &l : receiptLines(&ignored))
        if (const Item *it = item(l.itemId); it && l.quantity > 0)
            total += it->gramsOf(l.quantity);
    return total;
}

QWidget *ReceiptLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ReceiptLinesModel *>(index.model());
    if (model && index.column() == ReceiptLinesModel::ItemColumn) {
        // The item is typed: suggestions as you type, Enter picks one and moves on.
        auto *edit = new QLineEdit(parent);
        QStringList names;
        for (const Item &i : model->items())
            if (i.active)
                names.append(i.name);
        auto *completer = new QCompleter(names, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        edit->setCompleter(completer);
        auto *self = const_cast<ReceiptLineDelegate *>(this);
        connect(completer, qOverload<const QString &>(&QCompleter::activated), edit, [self, edit](const QString &text) {
            edit->setText(text);
            QTimer::singleShot(0, edit, [self, edit] {
                emit self->commitData(edit);
                emit self->closeEditor(edit, QAbstractItemDelegate::EditNextItem);
            });
        });
        return edit;
    }
    if (!model || index.column() != ReceiptLinesModel::LocationColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItem(ReceiptLinesModel::tr("(default)"), 0);
    for (const Location &l : model->locations())
        combo->addItem(l.name, l.id);
    return combo;
}

void ReceiptLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (index.column() == ReceiptLinesModel::ItemColumn) {
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->setText(index.data(Qt::DisplayRole).toString());
            return;
        }
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ReceiptLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    const auto *lines = qobject_cast<const ReceiptLinesModel *>(model);
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (lines && edit && index.column() == ReceiptLinesModel::ItemColumn) {
        // The exact name, else the first item whose name contains the text.
        const QString typed = edit->text().trimmed();
        qint64 id = 0;
        for (const Item &i : lines->items())
            if (i.active && i.name.compare(typed, Qt::CaseInsensitive) == 0)
                id = i.id;
        if (!id && !typed.isEmpty())
            for (const Item &i : lines->items())
                if (!id && i.active && i.name.contains(typed, Qt::CaseInsensitive))
                    id = i.id;
        // No item: the text stays in the cell, shown as unknown.
        model->setData(index, id || typed.isEmpty() ? QVariant(id) : QVariant(typed));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool ReceiptLineDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::EditNextItem);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace stock

