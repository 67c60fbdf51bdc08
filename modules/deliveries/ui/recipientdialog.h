#pragma once

#include "deliveries/domain/deliverytypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace core {
struct AppContext;
class CommandStack;
}

namespace deliveries {

// A recipient, new or being edited. For a COC its type, name and comune
// are fixed; its address, CAP and contacts are the comune's COC details
// (also edited in the Comuni tab), which start as the town hall's CAP, phone
// and e-mail. Without an address it says so under the field.
class RecipientDialog : public QDialog {
    Q_OBJECT
public:
    RecipientDialog(core::AppContext &context, core::CommandStack &commands, qint64 recipientId, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *comuneCombo() const { return m_comune; }
    QComboBox *kindCombo() const { return m_kind; }
    QLabel *problemLabel() const { return m_problem; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *capEdit() const { return m_cap; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLabel *addressWarning() const { return m_addressWarning; }
    qint64 savedId() const { return m_saved; }
    bool save();

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    Recipient m_recipient;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_cap = nullptr;
    QLabel *m_addressWarning = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_ownPosition = nullptr;
    QDoubleSpinBox *m_lat = nullptr;
    QDoubleSpinBox *m_lon = nullptr;
    QLineEdit *m_notes = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_problem = nullptr;
    qint64 m_saved = 0;
};

} // namespace deliveries
