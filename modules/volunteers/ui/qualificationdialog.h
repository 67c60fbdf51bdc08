#pragma once

#include "volunteers/domain/volunteertypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace core {
class DateField;
struct AppContext;
class CommandStack;
}

namespace volunteers {

// Adds or changes a course or qualification of a volunteer, with its
// expiry. Saves on OK (one transaction); stays open on bad input.
class QualificationDialog : public QDialog {
    Q_OBJECT
public:
    QualificationDialog(
        core::AppContext &context, core::CommandStack &commands, const Qualification &qualification, QWidget *parent);
    void accept() override;

private:
    core::AppContext &m_context;
    core::CommandStack &m_commands;
    Qualification m_qualification;
    QComboBox *m_kind = nullptr;
    QComboBox *m_name = nullptr;
    core::DateField *m_obtained = nullptr;
    QCheckBox *m_expires = nullptr;
    core::DateField *m_expiry = nullptr;
    QLineEdit *m_notes = nullptr;
};

} // namespace volunteers
