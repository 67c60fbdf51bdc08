#pragma once

class QAbstractItemView;

namespace core {

// A list's column width written in the code (`setColumnWidth(Q::Name, 300)`)
// is chosen for one font, one language and one screen: at 1366 px, or in
// Italian, a header longer than that was cut ("Scadenza revi…", "Atto di…").
// Every tab and dialog that sets a fixed width sets it through here: the
// width asked, never below what the header needs to be read whole (its
// text, the sort indicator and the style's margins: the header's own
// size hint). For a QTableView (its horizontal header) or a QTreeView (its
// header); other views get the width asked. Call it after the model is
// set, so that the header knows its text. GUI thread.
void setColumnWidth(QAbstractItemView *view, int column, int width);

// What the column's header needs (0 when the view has no header or model).
int headerWidth(const QAbstractItemView *view, int column);

} // namespace core
