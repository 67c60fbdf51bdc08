#pragma once

#include "room/domain/circular.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace core {
class DateField;
}

namespace room {

// "Circular to the mayors": the scope (all 133 comuni, a zona omogenea, the
// comuni of an event), the protocol date, subject and body with merge
// fields, the folder; "Preview" lists every comune with what it lacks (no
// PEC: a letter but no message), and only a previewed circular can be
// prepared. GUI thread; reads at most the 133 comuni.
class CircularDialog : public QDialog {
    Q_OBJECT
public:
    CircularDialog(const QSqlDatabase &db, const QDate &today, QWidget *parent = nullptr);
    CircularDraft draft() const;
    bool preview(); // false (and the reason shown) when the draft is refused

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *zoneBox() const { return m_zone; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *folderEdit() const { return m_folder; }
    QTableWidget *previewTable() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *prepareButton() const;

private:
    void changed();

    QSqlDatabase m_db;
    QComboBox *m_scope = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_event = nullptr;
    core::DateField *m_date = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_folder = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The mayors of the 133 comuni ({sindaco}), editable; the PEC and e-mail
// shown beside (they are edited in the Comuni tab).
class MayorsDialog : public QDialog {
    Q_OBJECT
public:
    MayorsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    // The comuni whose mayor was changed, with the new name.
    QList<QPair<int, QString>> changes() const;
    QTableWidget *table() const { return m_table; }

private:
    QList<CircularRecipient> m_comuni;
    QTableWidget *m_table = nullptr;
};

} // namespace room
