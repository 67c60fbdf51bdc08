#pragma once

#include "stock/domain/receiptservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
}

namespace stock {

class ReceiptLinesModel;

// Entering a receipt of donated goods: donor, date, the donor's document,
// and the lines typed like a spreadsheet (Enter and Tab move on, the empty
// last row adds a line, Delete removes one, Ctrl+Z/Ctrl+Y undo and redo).
// On OK the draft is checked by ReceiptService; lines already expired ask
// for confirmation (they are received and written off at once). The
// dialog only builds the draft: the tab records it (undoably).
class ReceiptDialog : public QDialog {
    Q_OBJECT
public:
    ReceiptDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    ReceiptDraft draft() const { return m_draft; }
    ExpiredOnArrival expiredPolicy() const { return m_expired; }
    void accept() override;

    // For tests.
    ReceiptLinesModel *linesModel() const { return m_lines; }
    QComboBox *donorCombo() const { return m_donor; }
    core::DateField *dateEdit() const { return m_date; }
    QTableView *linesView() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *errorLabel() const { return m_error; }
    bool autoConfirmExpired = false; // tests: answer "yes" to the expiry question

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTotals();
    void newDonor();
    qint64 typedDonor() const;
    // What the person must still fix (donor, cells), marking the donor.
    QStringList typedProblems() const;
    void recheck();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QComboBox *m_donor = nullptr;
    core::DateField *m_date = nullptr;
    QLineEdit *m_document = nullptr;
    QLineEdit *m_notes = nullptr;
    QTableView *m_view = nullptr;
    QUndoStack *m_undo = nullptr;
    ReceiptLinesModel *m_lines = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
    ReceiptDraft m_draft;
    bool m_checked = false; // a save was tried: problems follow the typing
    ExpiredOnArrival m_expired = ExpiredOnArrival::Refuse;
};

} // namespace stock
