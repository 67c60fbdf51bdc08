#pragma once

#include <QString>

class QWidget;

namespace core {

// A typed field (DateField, TimeField, DateTimeField) whose text is not
// valid holds back the OK/Save/Yes buttons of its dialog, so that a stale
// value is never saved; the button's tooltip names the field and why.

// Records the field's problem (empty: valid) and updates its dialog.
void setFieldProblem(QWidget *field, const QString &problem);
QString fieldProblem(const QWidget *field);
// Enables or disables the dialog's accept buttons from its fields (also
// when a field is shown, hidden, enabled or disabled).
void updateDialogGate(QWidget *field);
// The first field under `root` holding it back (visible and enabled ones
// only), or nullptr.
QWidget *firstHeldBackField(const QWidget *root);
// The field's name as the person reads it: its label's text (without "&"
// and ":"), its parent field's label, else the accessible name (may be empty).
QString fieldLabel(const QWidget *field);

} // namespace core
