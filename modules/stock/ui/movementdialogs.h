#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
}

namespace stock {

// Writing off (part of) a lot: the only way expired goods leave. Needs a
// reason. Quantity empty: everything the lot holds there. Runs the
// WriteOff command on the tab's CommandStack (Undo reverses it).
class WriteOffDialog : public QDialog {
    Q_OBJECT
public:
    WriteOffDialog(core::AppContext &context, core::CommandStack &commands, qint64 lotId, qint64 locationId, QWidget *parent = nullptr);
    void accept() override;

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_lotId, m_locationId;
    bool m_byWeight = true;
    QLineEdit *m_quantity = nullptr;
    core::DateField *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

// Moving (part of) a lot to another location.
class TransferDialog : public QDialog {
    Q_OBJECT
public:
    TransferDialog(core::AppContext &context, core::CommandStack &commands, qint64 lotId, qint64 locationId, QWidget *parent = nullptr);
    void accept() override;

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_lotId, m_locationId;
    bool m_byWeight = true;
    QComboBox *m_to = nullptr;
    QLineEdit *m_quantity = nullptr;
    core::DateField *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

// Assembling N kits from their recipe's components, in one transaction.
class AssemblyDialog : public QDialog {
    Q_OBJECT
public:
    AssemblyDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);
    void accept() override;

private:
    void updatePossible();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    QComboBox *m_kit = nullptr;
    QComboBox *m_location = nullptr;
    QSpinBox *m_kits = nullptr;
    core::DateField *m_date = nullptr;
    QLineEdit *m_lot = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_possible = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace stock
