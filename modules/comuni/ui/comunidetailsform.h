#pragma once

#include "core/reference/comune.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace comuni {

// The editable details of one comune: zona omogenea, town hall and COC
// contacts. Knows nothing of the database: the tab loads and saves.
class ComuneDetailsForm : public QWidget {
    Q_OBJECT
public:
    explicit ComuneDetailsForm(QWidget *parent = nullptr);

    void setComune(const core::Comune &comune, const core::ComuneDetails &details);
    void clear();
    core::ComuneDetails details() const;
    bool isDirty() const;
    int comuneId() const { return m_original.comuneId; }
    // After a successful save, the edited values become the reference.
    void markSaved() { m_original = details(); updateButtons(); }

signals:
    void saveRequested();
    void revertRequested();

private:
    void updateButtons();

    core::ComuneDetails m_original;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QComboBox *m_zone = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_pec = nullptr;
    QLineEdit *m_cap = nullptr;
    QLineEdit *m_cocAddress = nullptr;
    QLineEdit *m_cocContact = nullptr;
    QLineEdit *m_cocPhone = nullptr;
    QLineEdit *m_cocEmail = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace comuni
