#include "deliveries/ui/goodslineseditor.h"
#include "core/ui/columnwidths.h"

#include "core/ui/appcontext.h"
#include "core/ui/errortext.h"
#include "core/ui/invalidmark.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/lookups.h"
#include "stock/domain/stockservice.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace deliveries {

namespace {
enum Column { Goods, Quantity, Packages, Stock };
}

GoodsLinesEditor::GoodsLinesEditor(core::AppContext &context, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_mode(mode)
{
    // Categories first ("any item"), then the items in use.
    auto goods = Lookups::goods(context.db);
    if (goods)
        for (const GoodsChoice &g : *goods) {
            m_choices.append({ g.key, g.isCategory ? tr("%1 (any item)").arg(g.name) : g.name });
            m_byPiece.insert(g.key, g.byPiece);
        }

    const bool delivery = mode == Mode::Delivery;
    m_table = new QTableWidget(0, delivery ? 4 : 2, this);
    QStringList headers { tr("Goods"), tr("Quantity") };
    if (delivery)
        headers << tr("Packages") << tr("Can be issued");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(Goods, QHeaderView::Stretch);
    core::setColumnWidth(m_table, Quantity, 130);
    if (delivery) {
        core::setColumnWidth(m_table, Packages, 80);
        core::setColumnWidth(m_table, Stock, 150);
    }
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Goods"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);

    auto *add = new QPushButton(tr("&Add goods"), this);
    auto *remove = new QPushButton(tr("&Remove line"), this);
    connect(add, &QPushButton::clicked, this, [this] { addLine(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            emit changed();
        }
    });
    auto *hint = new QLabel(mode == Mode::Request
            ? tr("Categories are asked in whole kg; items by the piece in pieces.")
            : tr("A category line takes any of its items, first the ones expiring first."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555f6a;"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

QString GoodsLinesEditor::goodsKey(int row) const
{
    // What the cell says, not a choice left over from before the typing:
    // the current choice if its text is shown, else the choice named so.
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, Goods));
    if (!combo)
        return {};
    const QString text = combo->currentText().trimmed();
    if (combo->currentIndex() >= 0 && combo->itemText(combo->currentIndex()) == text)
        return combo->currentData().toString();
    const int named = text.isEmpty() ? -1 : combo->findText(text, Qt::MatchFixedString);
    return named >= 0 ? combo->itemData(named).toString() : QString();
}

std::optional<core::Error> GoodsLinesEditor::rowProblem(int row) const
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, Goods));
    if (!combo || !goodsKey(row).isEmpty())
        return std::nullopt;
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return core::Error(QStringLiteral("deliveries.goods_missing"), { QString::number(row + 1) });
    return core::Error(QStringLiteral("deliveries.unknown_goods"), { QString::number(row + 1), text });
}

void GoodsLinesEditor::markRows()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = m_table->cellWidget(row, Goods);
        if (const auto problem = rowProblem(row))
            core::markInvalid(combo, core::ErrorText::describe(*problem));
        else if (combo)
            core::clearInvalid(combo);
    }
}

core::Status GoodsLinesEditor::check()
{
    m_checked = true;
    markRows();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const auto problem = rowProblem(row))
            return *problem;
    return {};
}

void GoodsLinesEditor::addLine(const QString &goods, double quantity, int packages)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *combo = new QComboBox(m_table);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &[key, label] : m_choices)
        combo->addItem(label, key);
    // Nothing chosen for a new line: a category picked for the person
    // would go out unnoticed.
    combo->setCurrentIndex(goods.isEmpty() ? -1 : combo->findData(goods));
    combo->lineEdit()->setPlaceholderText(tr("choose or type the goods"));
    combo->setAccessibleName(tr("Goods of line %1").arg(row + 1));
    m_table->setCellWidget(row, Goods, combo);
    auto *spin = new QDoubleSpinBox(m_table);
    spin->setRange(0, 9999999);
    spin->setValue(quantity);
    spin->setAccessibleName(tr("Quantity of line %1").arg(row + 1));
    m_table->setCellWidget(row, Quantity, spin);
    if (m_mode == Mode::Delivery) {
        auto *pack = new QSpinBox(m_table);
        pack->setRange(0, 99999);
        pack->setValue(packages);
        pack->setSpecialValueText(tr("auto"));
        pack->setToolTip(tr("Packages (colli); «auto» counts them from the packaging of what is issued."));
        m_table->setCellWidget(row, Packages, pack);
        auto *stock = new QTableWidgetItem;
        stock->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, Stock, stock);
        connect(pack, &QSpinBox::valueChanged, this, &GoodsLinesEditor::changed);
    }
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, Goods) == combo) {
                refreshUnit(r);
                refreshStock(r);
            }
        emit changed();
    });
    connect(combo, &QComboBox::editTextChanged, this, [this, combo] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, Goods) == combo)
                refreshUnit(r); // a name typed in full counts as chosen
        if (m_checked)
            markRows();
        emit changed();
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, &GoodsLinesEditor::changed);
    refreshUnit(row);
    refreshStock(row);
    m_table->setCurrentCell(row, Goods);
    emit changed();
}

void GoodsLinesEditor::refreshUnit(int row)
{
    auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, Quantity));
    if (!spin)
        return;
    const QString key = goodsKey(row);
    const bool byPiece = m_byPiece.value(key);
    spin->setSuffix(byPiece ? tr(" pcs") : tr(" kg"));
    // Requests ask whole kg; a delivery may carry a fraction of a kg.
    spin->setDecimals(byPiece || m_mode == Mode::Request ? 0 : 1);
}

void GoodsLinesEditor::refreshStock(int row)
{
    if (m_mode != Mode::Delivery || !m_stockDay.isValid())
        return;
    QTableWidgetItem *item = m_table->item(row, Stock);
    if (!item)
        return;
    const QString key = goodsKey(row);
    if (key.isEmpty()) {
        item->setText(QString()); // nothing chosen yet
        return;
    }
    stock::AvailabilityQuery query;
    if (key.startsWith(QLatin1Char('i')))
        query.itemId = key.mid(1).toLongLong();
    else
        query.categoryId = key.mid(1).toLongLong();
    query.locationId = m_location;
    query.date = m_stockDay;
    auto available = stock::StockService(m_context.db, *m_context.clock).available(query);
    item->setText(available ? DeliveryLabels::quantity(*available, m_byPiece.value(key)) : QString());
}

void GoodsLinesEditor::setStockDay(const QDate &date, qint64 locationId)
{
    m_stockDay = date;
    m_location = locationId;
    for (int row = 0; row < m_table->rowCount(); ++row)
        refreshStock(row);
}

QList<DeliveryLine> GoodsLinesEditor::lines() const
{
    QList<DeliveryLine> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = goodsKey(row);
        auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, Quantity));
        if (key.isEmpty() || !spin)
            continue;
        DeliveryLine l;
        if (key.startsWith(QLatin1Char('i')))
            l.itemId = key.mid(1).toLongLong();
        else
            l.categoryId = key.mid(1).toLongLong();
        l.quantity
            = m_byPiece.value(key) ? qint64(std::llround(spin->value())) : qint64(std::llround(spin->value() * 1000.0));
        if (auto *pack = qobject_cast<QSpinBox *>(m_table->cellWidget(row, Packages)))
            l.packages = pack->value();
        l.requestLineId = m_table->cellWidget(row, Goods)->property("requestLine").toLongLong();
        list.append(l);
    }
    return list;
}

void GoodsLinesEditor::setLines(const QList<DeliveryLine> &lines)
{
    m_table->setRowCount(0);
    for (const DeliveryLine &l : lines) {
        const QString key = l.itemId ? QStringLiteral("i%1").arg(l.itemId) : QStringLiteral("c%1").arg(l.categoryId);
        const bool byPiece = m_byPiece.value(key);
        addLine(key, byPiece ? double(l.quantity) : double(l.quantity) / 1000.0, l.packages);
        m_table->cellWidget(m_table->rowCount() - 1, Goods)->setProperty("requestLine", l.requestLineId);
    }
}

} // namespace deliveries
