#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
}

namespace deliveries {

class GoodsLinesEditor;

// A request typed by hand: who asks, when, by when, the booking id of the
// platform if any, and the goods. Recorded through RequestService when
// confirmed; problems are shown in the dialog, which stays open.
class RequestDialog : public QDialog {
    Q_OBJECT
public:
    explicit RequestDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    QComboBox *recipientCombo() const { return m_recipient; }
    core::DateField *dateEdit() const { return m_date; }
    GoodsLinesEditor *linesEditor() const { return m_lines; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *addressWarning() const { return m_addressWarning; }
    qint64 createdId() const { return m_created; }
    bool save();

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QComboBox *m_recipient = nullptr;
    core::DateField *m_date = nullptr;
    QCheckBox *m_hasNeededBy = nullptr;
    core::DateField *m_neededBy = nullptr;
    QLineEdit *m_booking = nullptr;
    QLineEdit *m_notes = nullptr;
    GoodsLinesEditor *m_lines = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_addressWarning = nullptr;
    bool m_linesRefused = false; // the message names a line: follows the typing
    qint64 m_created = 0;
};

} // namespace deliveries
