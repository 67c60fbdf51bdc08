#pragma once

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace core {

// How a column's values are written. Values are plain data (numbers, dates,
// text); the writers format them for the reader: Italian numbers and dates
// on paper and in spreadsheet CSV, dot decimals and ISO dates in the
// machine CSV of the command line.
enum class ColumnKind {
    Text,
    Integer,
    Decimal, // double, `decimals` places
    Date,    // QDate
    Month,   // QDate (any day of the month): "aprile 2020" for people, "2020-04" for machines
    Grams,   // integer grams shown as kg with `decimals` places
    Percent, // ratio 0..1 shown as a percentage with `decimals` places
    DateTime, // QDateTime, or integer ms UTC: local dd/MM/yyyy HH:mm (decimals > 0: with seconds);
              // ISO 8601 with the UTC offset for machines
};

struct ReportColumn {
    QString key;   // machine name: the CSV header of the command line ("istat_code")
    QString title; // translated header on paper and in spreadsheet CSV
    ColumnKind kind = ColumnKind::Text;
    int decimals = 0;
    // False for a column that only machines need (an ISO start date next to
    // a period label, hours as a number next to "in 3 h"): it stays in the
    // CSV files and is left off the page, where space is short.
    bool onPaper = true;
    // A text column may wrap between words on paper (the others never
    // wrap); false for one that must stay on one line (a name, a code with
    // spaces). Numbers, dates and words are never cut in any case.
    bool wraps = true;
    // A list of codes with spaces inside them, separated by ", " (plates
    // "JE 273 XD, HA 960 JS"): on paper it wraps only between the codes.
    bool keepsItemsWhole = false;
};

struct ReportTable {
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QVariantList totals; // empty: no totals row; first cell usually the label
};

struct ReportSeries {
    QString name;
    QList<double> values;
};

// A bar chart drawn by the renderer itself (no widgets needed), so that
// reports printed from the command line carry their charts too.
struct ReportChart {
    QString title;
    QStringList categories;
    QList<ReportSeries> series;
    QString unit; // shown after values, e.g. "kg"
    int decimals = 0;
    bool horizontal = false;
};

struct ReportBlock {
    enum class Type { Heading, Paragraph, Table, KeyValues, Image, Chart, Signatures, PageBreak, Html,
                      SectionBreak };
    Type type = Type::Paragraph;
    QString text;                          // Heading, Paragraph, Html (trusted fragment), Image caption
    int level = 2;                         // Heading
    ReportTable table;                     // Table
    QList<QPair<QString, QString>> pairs;  // KeyValues
    QImage image;                          // Image
    double widthMm = 0;                    // Image, Chart: printed width (0 = full width)
    ReportChart chart;                     // Chart
    QStringList labels;                    // Signatures: one box per label
};

// A report as pure data (KMyMoney's reporttable idea): built by a module's
// domain code from streaming queries, then written as HTML for paper and
// preview, or as CSV. Carries what every printed report must show: the
// CCV-MI heading (added by the writer), title, parameters such as the
// period, who printed it and when.
struct ReportDocument {
    QString name;      // command-line name, e.g. "comuni"
    QString title;
    QString subtitle;
    QList<QPair<QString, QString>> parameters; // ("Periodo", "01/12/2020 - 19/03/2021")
    QString operatorName;
    QDateTime printedAt;
    bool landscape = false;
    bool letterhead = true; // the CCV-MI heading on top of the first page
    bool titleBlock = true; // title, subtitle, parameters and the printed line on top (false: the blocks draw their own,
                            // e.g. one DDT a page, a letter; the printed line is then in the footer only)
    QList<ReportBlock> blocks;

    void addHeading(const QString &text, int level = 2);
    void addParagraph(const QString &text);
    void addTable(const ReportTable &table);
    // A register's column with one value in every row (the one warehouse,
    // the one emergency) is said once among the parameters and left off the
    // page, where its room keeps rows on one line; the CSV keeps it.
    // Returns whether it was lifted.
    bool sayOnceIfSame(ReportTable &table, int column);
    void addKeyValues(const QList<QPair<QString, QString>> &pairs);
    void addImage(const QImage &image, double widthMm = 0, const QString &caption = {});
    void addChart(const ReportChart &chart, double widthMm = 0);
    void addSignatures(const QStringList &labels);
    void addPageBreak();
    // A page break that also restarts "Page X of Y": the next section (one
    // DDT of a day's batch, one attestato) counts its own pages.
    void addSectionBreak();
    void addHtml(const QString &trustedHtml);

    // The first table: what a CSV export of the report contains.
    const ReportTable *primaryTable() const;
};

} // namespace core
