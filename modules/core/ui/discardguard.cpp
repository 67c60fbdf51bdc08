#include "core/ui/discardguard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QTimer>

namespace core {

DiscardGuard::DiscardGuard(QDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    m_ask = [this] {
        QMessageBox box(QMessageBox::Question, m_dialog->windowTitle(),
            tr("Discard the changes made in this form?"), QMessageBox::NoButton, m_dialog);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        return box.clickedButton() == discard;
    };
    watchFields();
    dialog->installEventFilter(this);
}

void DiscardGuard::watchFields()
{
    // Signals of what the person does (textEdited, activated, clicked) where
    // the widget has them. Only once the dialog is on screen: what its
    // owner fills in before showing it is the starting point, not a change.
    const auto dirty = [this] {
        if (m_armed)
            m_dirty = true;
    };
    // Also DateField, TimeField and the parts of a DateTimeField: line edits
    // whose steps and calendar picks emit textEdited as typing does.
    for (QLineEdit *e : m_dialog->findChildren<QLineEdit *>()) {
        if (qobject_cast<QAbstractSpinBox *>(e->parent()) || qobject_cast<QComboBox *>(e->parent()))
            continue; // the spin box's or the combo box's own line: watched below
        connect(e, &QLineEdit::textEdited, this, dirty);
    }
    for (QComboBox *c : m_dialog->findChildren<QComboBox *>()) {
        connect(c, &QComboBox::activated, this, dirty);
        if (c->isEditable())
            connect(c, &QComboBox::editTextChanged, this, dirty);
    }
    for (QSpinBox *s : m_dialog->findChildren<QSpinBox *>())
        if (!s->isReadOnly())
            connect(s, &QSpinBox::valueChanged, this, dirty);
    for (QDoubleSpinBox *s : m_dialog->findChildren<QDoubleSpinBox *>())
        if (!s->isReadOnly())
            connect(s, &QDoubleSpinBox::valueChanged, this, dirty);
    for (QDateTimeEdit *d : m_dialog->findChildren<QDateTimeEdit *>())
        if (!d->isReadOnly())
            connect(d, &QDateTimeEdit::dateTimeChanged, this, dirty);
    for (QAbstractButton *b : m_dialog->findChildren<QAbstractButton *>())
        if (b->isCheckable())
            connect(b, &QAbstractButton::clicked, this, dirty);
    for (QPlainTextEdit *t : m_dialog->findChildren<QPlainTextEdit *>())
        connect(t, &QPlainTextEdit::textChanged, this, dirty);
    for (QTextEdit *t : m_dialog->findChildren<QTextEdit *>())
        if (!t->isReadOnly())
            connect(t, &QTextEdit::textChanged, this, dirty);
    for (QAbstractItemView *v : m_dialog->findChildren<QAbstractItemView *>()) {
        if (v->editTriggers() == QAbstractItemView::NoEditTriggers || !v->model())
            continue;
        connect(v->model(), &QAbstractItemModel::dataChanged, this, dirty);
        connect(v->model(), &QAbstractItemModel::rowsInserted, this, dirty);
        connect(v->model(), &QAbstractItemModel::rowsRemoved, this, dirty);
    }
}

bool DiscardGuard::mayClose()
{
    return !m_dirty || m_ask();
}

bool DiscardGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_dialog)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Show && !m_armed) {
        // After the dialog's own showing (and what it fills in then).
        QTimer::singleShot(0, this, [this] { m_armed = true; });
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !mayClose())
            return true; // stays open, nothing lost
    } else if (event->type() == QEvent::Close && m_dialog->result() != QDialog::Accepted && m_dialog->isVisible()) {
        if (!mayClose()) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace core
