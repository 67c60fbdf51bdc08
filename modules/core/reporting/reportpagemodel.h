#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>

namespace core {

// What the renderer put where, for tests to inspect: every table cell of
// every page, in device pixels of the page's printable area.
struct PlacedCell {
    QString text;
    QStringList lines; // as printed
    QRectF rect;       // the cell
    QRectF textRect;   // the room for its text (the cell less its padding)
    int table = 0;     // which table of the document (0 = the first)
    int row = 0;       // body row index; -1 header; the row count for the totals
    int column = 0;    // printed column
    bool header = false;
    bool totals = false;
    bool unbreakable = false;
    double fontPt = 0;
};

struct ReportPageModel {
    int section = 0;
    int number = 1; // "Page number of count", counted in its section
    int count = 1;
    QList<PlacedCell> cells;
};

struct ReportLayoutModel {
    bool landscape = false;
    int dpi = 96;
    QRectF body; // where the content goes, in page (printable area) coordinates
    QList<ReportPageModel> pages;
};

} // namespace core
