#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace core {
struct AppContext;
class CommandStack;
}

namespace volunteers {

// Adds or changes an organisation: name, kind, comune of the metropolitan
// city, registry number, legal representative (the mayor for a municipal
// group) and contacts. Saves on OK.
class OrganisationDialog : public QDialog {
    Q_OBJECT
public:
    OrganisationDialog(core::AppContext &context, core::CommandStack &commands, qint64 organisationId, QWidget *parent);
    qint64 organisationId() const { return m_id; }
    void accept() override;

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_registry = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_representative = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_pec = nullptr;
    QCheckBox *m_active = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace volunteers
