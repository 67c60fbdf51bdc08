#pragma once

#include <QList>

namespace core {

// What the paginator places, one after the other, measured beforehand: a
// piece of flowing text (heading, paragraph, picture...) that may break at
// given heights, or a table whose rows never break.
struct PageItem {
    enum class Kind { Flow, Table, PageBreak, SectionBreak };
    Kind kind = Kind::Flow;
    // Flow: the heights at which a page may end inside it, ascending, from 0
    // to the flow's whole height (lines of a paragraph, rows of a table).
    QList<double> breaks;
    // Table: header row, body rows and totals row (< 0: none).
    double headerHeight = 0;
    QList<double> rowHeights;
    double totalsHeight = -1;
    bool keepWithNext = false; // a heading: never alone at the foot of a page
    double spaceAfter = 0;

    double firstPieceHeight() const;
};

struct PlacedSlice {
    int item = 0;
    double from = 0; // the slice of the flow, in its own coordinates
    double to = 0;
    double y = 0;    // where it goes on the page
};

struct PlacedRow {
    enum { Header = -1 };
    int item = 0;
    int row = Header; // Header, a body row, or rowHeights.size() for the totals
    double y = 0;
    double height = 0;
};

struct PaginatedPage {
    int section = 0;
    int number = 1; // in its section
    int count = 1;  // pages of its section
    QList<PlacedSlice> slices;
    QList<PlacedRow> rows;
};

// Places the items on pages `pageHeight` high: a table's header row is
// repeated on every page it spans, a row never crosses a page, the totals
// row stays with the last row, a heading stays with what follows; a section
// break starts a new page and a new "Page X of Y" count.
QList<PaginatedPage> paginate(const QList<PageItem> &items, double pageHeight);

} // namespace core
