#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace core {
struct AppContext;
class CommandStack;
}

namespace volunteers {

// Adds or changes a volunteer: identity with the codice fiscale checked as
// it is typed, organisation, residence (any Italian comune), contacts, the
// working condition and the employer who receives the attestati (found by
// its tax code when already on record). Saves on OK in one transaction;
// stays open on bad input, saying what is wrong.
class VolunteerDialog : public QDialog {
    Q_OBJECT
public:
    VolunteerDialog(core::AppContext &context, core::CommandStack &commands, qint64 volunteerId, QWidget *parent);
    void setOrganisation(qint64 organisationId);
    qint64 volunteerId() const { return m_id; }
    void accept() override;

    // For tests.
    QLineEdit *taxCodeField() const { return m_taxCode; }
    QLabel *taxCodeStatus() const { return m_taxCodeStatus; }

private:
    void checkTaxCode();
    void lookUpEmployer();
    void employmentChanged();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    qint64 m_id = 0;
    qint64 m_employerId = 0;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QLabel *m_taxCodeStatus = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_residence = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_employment = nullptr;
    QLineEdit *m_employerName = nullptr;
    QLineEdit *m_employerTaxCode = nullptr;
    QLineEdit *m_employerAddress = nullptr;
    QLineEdit *m_employerPec = nullptr;
    QCheckBox *m_active = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace volunteers
