#pragma once

#include <QObject>

#include <functional>

class QDialog;

namespace core {

// Asks before a filled form is thrown away. Made at the end of a data-entry
// dialog's constructor (`new DiscardGuard(this);`), it notes when the
// person changes any field from then on (typing, choosing, ticking, editing
// a table) and, if something changed, asks "Discard the changes?" when the
// dialog is about to close without saving: Esc or the window's close
// button. The Cancel button is a deliberate choice and is not questioned;
// saving (accept) never is.
class DiscardGuard : public QObject {
    Q_OBJECT
public:
    explicit DiscardGuard(QDialog *dialog);

    bool isDirty() const { return m_dirty; }
    void markDirty() { m_dirty = true; }
    // How the question is asked (tests answer it without a message box):
    // true to discard.
    void setAsk(std::function<bool()> ask) { m_ask = std::move(ask); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchFields();
    bool mayClose();

    QDialog *m_dialog;
    bool m_armed = false; // from just after the dialog is shown
    bool m_dirty = false;
    std::function<bool()> m_ask;
};

} // namespace core
