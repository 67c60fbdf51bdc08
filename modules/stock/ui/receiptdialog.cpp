#include "stock/ui/receiptdialog.h"
#include "core/ui/columnwidths.h"

#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/invalidmark.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stocklabels.h"
#include "stock/ui/catalogdialogs.h"
#include "stock/ui/filtercombos.h"
#include "stock/ui/receiptlinesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stock {

ReceiptDialog::ReceiptDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("New receipt of donated goods"));
    resize(1040, 620);
    m_donor = new QComboBox(this);
    m_donor->setEditable(true);
    m_donor->setInsertPolicy(QComboBox::NoInsert);
    m_donor->completer()->setFilterMode(Qt::MatchContains);
    m_donor->completer()->setCompletionMode(QCompleter::PopupCompletion);
    FilterCombos::fillDonors(m_donor, context.db, QStringLiteral(" "));
    m_donor->setCurrentIndex(0);
    m_donor->setAccessibleName(tr("Donor"));
    auto *addDonor = new QToolButton(this);
    addDonor->setText(tr("New donor..."));
    connect(addDonor, &QToolButton::clicked, this, &ReceiptDialog::newDonor);
    m_date = core::makeDateEdit(context.clock->today(), this);
    m_date->setMaximumDate(context.clock->today());
    m_document = new QLineEdit(this);
    m_document->setPlaceholderText(tr("DDT or letter of the donor"));
    m_notes = new QLineEdit(this);

    StockCatalog catalog(context.db);
    m_undo = new QUndoStack(this);
    const auto items = catalog.items(true);
    const auto locations = catalog.locations(true);
    m_lines = new ReceiptLinesModel(
        items ? *items : QList<Item>(), locations ? *locations : QList<Location>(), m_undo, this);
    m_view = new QTableView(this);
    m_view->setModel(m_lines);
    m_view->setItemDelegate(new ReceiptLineDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setTabKeyNavigation(true);
    m_view->horizontalHeader()->setSectionResizeMode(ReceiptLinesModel::ItemColumn, QHeaderView::Stretch);
    core::setColumnWidth(m_view, ReceiptLinesModel::LotColumn, 110);
    core::setColumnWidth(m_view, ReceiptLinesModel::ExpiryColumn, 110);
    core::setColumnWidth(m_view, ReceiptLinesModel::QuantityColumn, 110);
    core::setColumnWidth(m_view, ReceiptLinesModel::UnitColumn, 60);
    core::setColumnWidth(m_view, ReceiptLinesModel::LocationColumn, 200);
    m_view->setAccessibleName(tr("Lines of the receipt"));
    m_view->installEventFilter(this);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);
    auto *remove = new QPushButton(tr("Re&move line"), this);
    connect(remove, &QPushButton::clicked, this, [this] { m_lines->removeLine(m_view->currentIndex().row()); });

    m_totals = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    connect(m_lines, &QAbstractItemModel::dataChanged, this, &ReceiptDialog::updateTotals);
    connect(m_lines, &QAbstractItemModel::rowsInserted, this, &ReceiptDialog::updateTotals);
    connect(m_lines, &QAbstractItemModel::rowsRemoved, this, &ReceiptDialog::updateTotals);

    auto *donorRow = new QHBoxLayout;
    donorRow->addWidget(m_donor, 1);
    donorRow->addWidget(addDonor);
    auto *form = new QFormLayout;
    auto *donorLabel = new QLabel(tr("&Donor:"), this);
    donorLabel->setBuddy(m_donor);
    form->addRow(donorLabel, donorRow);
    form->addRow(tr("Date &received:"), m_date);
    form->addRow(tr("Donor's &document:"), m_document);
    form->addRow(tr("&Notes:"), m_notes);
    auto *tools = new QHBoxLayout;
    auto *hint = new QLabel(tr("Quantities: kg (decimal comma) for goods by weight, pieces for the rest. "
                               "Expiry as dd/mm/yyyy. Enter moves on; the row marked * adds a line."),
        this);
    hint->setWordWrap(true); // the undo button's text grows ("Undo change line 12"): the hint wraps, the dialog
                             // keeps its width
    tools->addWidget(hint, 1);
    tools->addWidget(undoButton);
    tools->addWidget(redoButton);
    tools->addWidget(remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the receipt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateTotals();
    // Once a save was refused, the message and the red cells follow the
    // corrections: what is fixed stops being named.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_lines, signal, this, &ReceiptDialog::recheck);
    connect(m_lines, &QAbstractItemModel::dataChanged, this, &ReceiptDialog::recheck);
    connect(m_donor, &QComboBox::editTextChanged, this, &ReceiptDialog::recheck);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

qint64 ReceiptDialog::typedDonor() const
{
    // The donor as typed: the exact name, or the only one containing the text.
    const QString typed = m_donor->currentText().trimmed();
    if (typed.isEmpty())
        return 0;
    const int exact = m_donor->findText(typed, Qt::MatchFixedString);
    if (exact > 0)
        return m_donor->itemData(exact).toLongLong();
    int match = -1;
    for (int i = 1; i < m_donor->count(); ++i)
        if (m_donor->itemText(i).contains(typed, Qt::CaseInsensitive)) {
            if (match >= 0)
                return 0; // more than one: the person chooses
            match = i;
        }
    return match > 0 ? m_donor->itemData(match).toLongLong() : 0;
}

QStringList ReceiptDialog::typedProblems() const
{
    QStringList messages;
    const QString typed = m_donor->currentText().trimmed();
    if (!typedDonor()) {
        const QString why = typed.isEmpty()
            ? tr("Donor: required (choose one, or create it with «New donor...»).")
            : tr("Unknown donor «%1»: choose one from the list, or create it with «New donor...».").arg(typed);
        messages << why;
        core::markInvalid(m_donor, why);
    } else {
        core::clearInvalid(m_donor);
    }
    QList<QPair<int, core::Error>> problems;
    m_lines->receiptLines(&problems);
    for (const auto &[row, error] : problems)
        messages << tr("Line %1: %2").arg(row + 1).arg(core::ErrorText::describe(error));
    return messages;
}

void ReceiptDialog::recheck()
{
    if (m_checked)
        m_error->setText(typedProblems().join(QLatin1Char('\n')));
}

bool ReceiptDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && current.isValid()) {
            // Enter goes to the next cell, then to the next line.
            int column = current.column() + 1;
            int row = current.row();
            if (column == ReceiptLinesModel::UnitColumn)
                ++column;
            if (column >= ReceiptLinesModel::ColumnCount) {
                column = 0;
                row = std::min(row + 1, m_lines->rowCount() - 1);
            }
            m_view->setCurrentIndex(m_lines->index(row, column));
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() & Qt::ControlModifier && current.isValid()) {
            m_lines->removeLine(current.row());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReceiptDialog::updateTotals()
{
    const int lines = m_lines->lineCount();
    m_totals->setText(tr("%Ln line(s)", nullptr, lines) + QStringLiteral(" · ")
        + tr("total weight %1").arg(StockLabels::quantity(m_lines->totalGrams(), Unit::Grams)));
}

void ReceiptDialog::newDonor()
{
    DonorDialog dialog(m_context.db, m_commands, Donor(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    FilterCombos::fillDonors(m_donor, m_context.db, QStringLiteral(" "));
    m_donor->setCurrentIndex(std::max(0, m_donor->findData(dialog.savedId())));
}

void ReceiptDialog::accept()
{
    m_error->clear();
    ReceiptDraft draft;
    draft.donorId = typedDonor();
    if (draft.donorId)
        m_donor->setCurrentIndex(m_donor->findData(draft.donorId));
    draft.date = m_date->date();
    draft.documentRef = m_document->text();
    draft.notes = m_notes->text();
    QList<QPair<int, core::Error>> ignored; // named by typedProblems()
    draft.lines = m_lines->receiptLines(&ignored);
    m_checked = true;
    m_lines->setShowRequired(true);
    QStringList messages = typedProblems();
    if (messages.isEmpty()) {
        ReceiptService service(m_context.db, *m_context.clock);
        auto checked = service.validate(draft, ExpiredOnArrival::WriteOff);
        if (!checked) {
            messages << core::ErrorText::describe(checked.error());
        } else {
            for (const ReceiptProblem &p : *checked)
                messages << (p.line > 0 ? tr("Line %1: %2").arg(p.line).arg(core::ErrorText::describe(p.error))
                                        : core::ErrorText::describe(p.error));
        }
    }
    if (!messages.isEmpty()) {
        m_error->setText(messages.join(QLatin1Char('\n')));
        return;
    }
    QStringList expired;
    for (int i = 0; i < draft.lines.size(); ++i)
        if (draft.lines.at(i).expiry.isValid() && draft.lines.at(i).expiry < draft.date)
            expired << tr("line %1 (expired on %2)")
                           .arg(i + 1)
                           .arg(draft.lines.at(i).expiry.toString(QStringLiteral("dd/MM/yyyy")));
    m_expired = ExpiredOnArrival::Refuse;
    if (!expired.isEmpty()) {
        const bool yes = autoConfirmExpired
            || QMessageBox::question(this, tr("Goods already expired"),
                   tr("These goods are already past their expiry date: %1.\n\nReceive them and write them off at "
                      "once? They will never be issued.")
                       .arg(expired.join(QStringLiteral(", "))))
                == QMessageBox::Yes;
        if (!yes)
            return;
        m_expired = ExpiredOnArrival::WriteOff;
    }
    m_draft = draft;
    QDialog::accept();
}

} // namespace stock
