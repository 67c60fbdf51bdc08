#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace core {
class DateField;
class TimeField;
struct AppContext;
class CommandStack;
}

namespace deliveries {

class GoodsLinesEditor;

// A planned delivery, new or being edited: recipient, day and time, where
// the goods leave from, vehicle, driver, organisation, reason for transport
// and the goods (with what the warehouse can issue on the day). Saved
// through DeliveryService; problems are shown in the dialog, which stays
// open. A delivery that has left cannot be opened here.
class DeliveryDialog : public QDialog {
    Q_OBJECT
public:
    DeliveryDialog(core::AppContext &context, core::CommandStack &commands, qint64 deliveryId, QWidget *parent = nullptr);

    QComboBox *recipientCombo() const { return m_recipient; }
    core::DateField *dateEdit() const { return m_date; }
    QComboBox *vehicleCombo() const { return m_vehicle; }
    GoodsLinesEditor *linesEditor() const { return m_lines; }
    QLabel *problemLabel() const { return m_problem; }
    qint64 savedId() const { return m_saved; }
    bool save();

private:
    void load(qint64 deliveryId);

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_id = 0;
    qint64 m_requestId = 0;
    qint64 m_allocationId = 0;
    int m_origin = 0;
    QComboBox *m_recipient = nullptr;
    core::DateField *m_date = nullptr;
    QCheckBox *m_hasTime = nullptr;
    core::TimeField *m_time = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_vehicle = nullptr;
    QComboBox *m_driver = nullptr;
    QComboBox *m_organisation = nullptr;
    QComboBox *m_reason = nullptr;
    QSpinBox *m_packages = nullptr;
    QLineEdit *m_notes = nullptr;
    GoodsLinesEditor *m_lines = nullptr;
    QLabel *m_problem = nullptr;
    bool m_linesRefused = false; // the message names a line: follows the typing
    qint64 m_saved = 0;
};

} // namespace deliveries
