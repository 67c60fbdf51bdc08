#include "stock/ui/countspage.h"

#include "core/domain/units.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/invalidmark.h"
#include "stock/domain/countcommands.h"
#include "stock/domain/countservice.h"
#include "stock/domain/stocklabels.h"
#include "stock/domain/stockqueries.h"
#include "stock/ui/filtercombos.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stock {

CountsPage::CountsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels(
        { tr("Date"), tr("Location"), tr("Category"), tr("Status"), tr("Lots"), tr("Differences"), tr("Notes") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Stock counts"));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CountsPage::enterCount);
    auto *add = new QPushButton(tr("&New count..."), this);
    auto *enter = new QPushButton(tr("&Enter counted quantities..."), this);
    auto *print = new QPushButton(tr("&Print the sheet..."), this);
    print->setToolTip(tr("Before counting: the sheet to fill in. Once closed: the differences recorded."));
    auto *cancel = new QPushButton(tr("Cancel the count"), this);
    connect(add, &QPushButton::clicked, this, &CountsPage::newCount);
    connect(enter, &QPushButton::clicked, this, &CountsPage::enterCount);
    connect(print, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCount())
            emit printRequested(id);
    });
    connect(cancel, &QPushButton::clicked, this, &CountsPage::cancelCount);
    auto *help = new QLabel(
        tr("A count lists every lot with stock in a location on the count date. Print the sheet, count the shelves, "
           "enter what you found and close the count: each difference becomes an adjustment with its reason."),
        this);
    help->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(print);
    buttons->addWidget(enter);
    buttons->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void CountsPage::refresh()
{
    auto counts = StockQueries::counts(m_context.db);
    m_table->setRowCount(0);
    if (!counts)
        return;
    for (const CountSummary &c : *counts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *date = new QTableWidgetItem(c.date.toString(QStringLiteral("dd/MM/yyyy")));
        date->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(c.locationName));
        m_table->setItem(row, 2, new QTableWidgetItem(c.categoryName.isEmpty() ? tr("all") : c.categoryName));
        m_table->setItem(row, 3, new QTableWidgetItem(StockLabels::countStatus(c.status)));
        for (const auto &[column, figure] : { std::pair { 4, c.lines }, std::pair { 5, c.differences } }) {
            auto *item = new QTableWidgetItem(QLocale().toString(figure));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->setItem(row, 6, new QTableWidgetItem(c.notes));
    }
    m_table->resizeColumnsToContents();
}

qint64 CountsPage::selectedCount() const
{
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void CountsPage::newCount()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New stock count"));
    auto *location = new QComboBox(&dialog);
    FilterCombos::fillLocations(location, m_context.db, QString());
    auto *category = new QComboBox(&dialog);
    FilterCombos::fillCategories(category, m_context.db, tr("All categories"));
    auto *date = core::makeDateEdit(m_context.clock->today(), &dialog);
    date->setMaximumDate(m_context.clock->today());
    auto *notes = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Location:"), location);
    form->addRow(tr("&Category:"), category);
    form->addRow(tr("Count &date:"), date);
    form->addRow(tr("&Notes:"), notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_shared<OpenCount>(location->currentData().toLongLong(),
        category->currentData().toLongLong(), date->date(), notes->text());
    if (auto s = m_commands.run(command); !s) {
        QMessageBox::warning(this, tr("New stock count"), core::ErrorText::describe(s.error()));
        return;
    }
    const qint64 id = command->countId();
    refresh();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(row);
    emit printRequested(id);
}

void CountsPage::enterCount()
{
    const qint64 id = selectedCount();
    if (!id)
        return;
    CountDialog dialog(m_context, m_commands, id, this);
    dialog.exec();
    refresh();
}

void CountsPage::cancelCount()
{
    const qint64 id = selectedCount();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Cancel the count"), tr("Cancel this stock count? Nothing is adjusted."))
        != QMessageBox::Yes)
        return;
    if (auto s = m_commands.run(std::make_shared<CancelCount>(id)); !s)
        QMessageBox::warning(this, tr("Cancel the count"), core::ErrorText::describe(s.error()));
    refresh();
}

CountDialog::CountDialog(core::AppContext &context, core::CommandStack &commands, qint64 countId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_countId(countId)
{
    setWindowTitle(tr("Stock count"));
    resize(1000, 640);
    m_header = new QLabel(this);
    m_table = new QTableWidget(0, 8, this);
    m_table->setHorizontalHeaderLabels({ tr("Category"), tr("Item"), tr("Lot"), tr("Expiry"), tr("Unit"), tr("Book"),
        tr("Counted"), tr("Reason of the difference") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Counted quantities"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *close = buttons->addButton(tr("Close the &count"), QDialogButtonBox::ActionRole);
    close->setToolTip(tr("Records every difference as an adjustment; the count can no longer change."));
    auto *same = buttons->addButton(tr("Counted = &book for empty lines"), QDialogButtonBox::ActionRole);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            load();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(close, &QPushButton::clicked, this, [this] {
        if (closeCount())
            accept();
    });
    connect(same, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, 6)->text().trimmed().isEmpty())
                m_table->item(row, 6)->setText(m_table->item(row, 5)->text());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    load();
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 6)
            markCounted(item->row());
    });
}

void CountDialog::load()
{
    auto count = CountService(m_context.db, *m_context.clock).count(m_countId);
    if (!count) {
        m_header->setText(core::ErrorText::describe(count.error()));
        return;
    }
    const QLocale locale;
    const bool open = count->status == QLatin1String("open");
    m_header->setText(
        tr("<b>%1</b> · %2 · count of %3 · %4")
            .arg(count->locationName, count->categoryId ? count->categoryName : tr("all categories"),
                count->date.toString(QStringLiteral("dd/MM/yyyy")), StockLabels::countStatus(count->status)));
    m_table->setRowCount(0);
    m_lineIds.clear();
    m_byWeight.clear();
    auto shown = [&](qint64 q, Unit unit) {
        return unit == Unit::Grams ? core::kgFull(q, locale)
                                   : locale.toString(q);
    };
    for (const CountLine &line : count->lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList fixed { line.categoryName, line.itemName, line.lotCode,
            line.expiry.isValid() ? line.expiry.toString(QStringLiteral("dd/MM/yyyy")) : QString(),
            StockLabels::unit(line.unit), shown(line.bookQuantity, line.unit) };
        for (int c = 0; c < fixed.size(); ++c) {
            auto *item = new QTableWidgetItem(fixed.at(c));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        auto *counted = new QTableWidgetItem(line.counted ? shown(line.countedQuantity, line.unit) : QString());
        counted->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *reason = new QTableWidgetItem(line.reason);
        if (!open) {
            counted->setFlags(counted->flags() & ~Qt::ItemIsEditable);
            reason->setFlags(reason->flags() & ~Qt::ItemIsEditable);
        }
        m_table->setItem(row, 6, counted);
        m_table->setItem(row, 7, reason);
        m_lineIds.append(line.id);
        m_byWeight.append(line.unit == Unit::Grams);
    }
    m_table->resizeColumnsToContents();
}

qint64 CountDialog::countedAt(int row) const
{
    const QString text = m_table->item(row, 6)->text().trimmed();
    if (text.isEmpty())
        return -1;
    const QLocale locale;
    if (m_byWeight.at(row)) {
        const qint64 grams = core::parseKgToGrams(text, locale);
        return grams < 0 ? -2 : grams;
    }
    bool ok = false;
    qint64 pieces = locale.toLongLong(text, &ok);
    if (!ok)
        pieces = text.toLongLong(&ok);
    return ok && pieces >= 0 ? pieces : -2;
}

void CountDialog::markCounted(int row)
{
    // A counted quantity that is no number is red with the reason; the
    // mark goes as soon as it is corrected (or emptied).
    QTableWidgetItem *item = m_table->item(row, 6);
    if (!item || row >= m_byWeight.size())
        return;
    const QSignalBlocker quiet(m_table); // the marking itself is no edit
    if (countedAt(row) == -2) {
        item->setBackground(core::invalidCellColor());
        item->setToolTip(tr("«%1» is not a quantity.").arg(item->text().trimmed()));
    } else {
        item->setData(Qt::BackgroundRole, QVariant());
        item->setToolTip(QString());
    }
}

bool CountDialog::save()
{
    QList<CountedLine> lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 counted = countedAt(row);
        if (counted == -2) {
            markCounted(row);
            QMessageBox::warning(this, tr("Stock count"),
                tr("Line %1 (%2): «%3» is not a quantity.")
                    .arg(row + 1)
                    .arg(m_table->item(row, 1)->text(), m_table->item(row, 6)->text().trimmed()));
            m_table->setCurrentCell(row, 6);
            return false;
        }
        lines.append({ m_lineIds.at(row), counted, m_table->item(row, 7)->text() });
    }
    if (auto s = m_commands.run(std::make_shared<RecordCounted>(m_countId, lines)); !s) {
        QMessageBox::warning(this, tr("Stock count"), core::ErrorText::describe(s.error()));
        return false;
    }
    return true;
}

bool CountDialog::closeCount()
{
    if (!save())
        return false;
    auto command = std::make_shared<CloseCount>(m_countId);
    if (auto s = m_commands.run(command); !s) {
        QMessageBox::warning(this, tr("Stock count"), core::ErrorText::describe(s.error()));
        return false;
    }
    QMessageBox::information(
        this, tr("Stock count"), tr("The count is closed: %Ln adjustment(s) recorded.", nullptr, command->adjustments()));
    return true;
}

} // namespace stock
