#pragma once

#include "tutoring/domain/tutoringtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace core {
class DateField;
class CommandStack;
struct AppContext;
} // namespace core

namespace tutoring {

class ComuneField;

// Creates or edits a pupil: the only place where a minor's full record,
// with the parent's contacts, is shown. Saved through PeopleRepository,
// which validates; a refused field gets the focus. Saved with the
// SavePupil command on the tab's stack (undoable).
class PupilDialog : public QDialog {
    Q_OBJECT
public:
    PupilDialog(core::AppContext &context, core::CommandStack &commands, qint64 pupilId, QWidget *parent = nullptr);

    qint64 pupilId() const { return m_pupil.id; }
    bool save();

    // For tests.
    QLineEdit *familyNameField() const { return m_family; }
    QLineEdit *givenNameField() const { return m_given; }
    ComuneField *comuneField() const { return m_comune; }

private:
    void fillClasses();
    QWidget *widgetFor(const QString &field) const;

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    Pupil m_pupil;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_given = nullptr;
    QSpinBox *m_birthYear = nullptr;
    QComboBox *m_order = nullptr;
    QComboBox *m_class = nullptr;
    QLineEdit *m_school = nullptr;
    ComuneField *m_comune = nullptr;
    QLineEdit *m_parentName = nullptr;
    QLineEdit *m_parentPhone = nullptr;
    QLineEdit *m_parentEmail = nullptr;
    QCheckBox *m_bes = nullptr;
    QCheckBox *m_consent = nullptr;
    core::DateField *m_consentOn = nullptr;
    QCheckBox *m_active = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tutoring
