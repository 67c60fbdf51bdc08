#pragma once

class QLabel;
class QString;
class QWidget;

namespace core {

// Dialogs with wrapped text (an introduction, a hint, an error shown below
// the form once the dialog is open). A layout's minimum size does not count
// a wrapped label's height for the dialog's width: a message shown later
// clipped the introduction and squashed the fields.

// Grows the window to hold what it shows now (height for its width).
void growToFit(QWidget *window);

// Shows `text` in the dialog's error label and grows the dialog to hold it.
void showDialogError(QLabel *error, const QString &text);

// About `characters` average characters of the widget's font: a dialog of
// wrapped text starts at a readable width, not as a narrow column.
int textWidth(const QWidget *widget, int characters);

} // namespace core
