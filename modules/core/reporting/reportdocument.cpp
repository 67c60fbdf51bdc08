#include "core/reporting/reportdocument.h"

namespace core {

void ReportDocument::addHeading(const QString &text, int level)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Heading;
    b.text = text;
    b.level = level;
    blocks.append(b);
}

void ReportDocument::addParagraph(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Paragraph;
    b.text = text;
    blocks.append(b);
}

void ReportDocument::addTable(const ReportTable &table)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Table;
    b.table = table;
    blocks.append(b);
}

bool ReportDocument::sayOnceIfSame(ReportTable &table, int column)
{
    if (table.rows.isEmpty() || column < 0 || column >= table.columns.size())
        return false;
    const QVariant first = table.rows.constFirst().value(column);
    if (first.toString().isEmpty())
        return false;
    for (const QVariantList &row : std::as_const(table.rows))
        if (row.value(column) != first)
            return false;
    table.columns[column].onPaper = false;
    parameters.append({ table.columns.at(column).title, first.toString() });
    return true;
}

void ReportDocument::addKeyValues(const QList<QPair<QString, QString>> &pairs)
{
    ReportBlock b;
    b.type = ReportBlock::Type::KeyValues;
    b.pairs = pairs;
    blocks.append(b);
}

void ReportDocument::addImage(const QImage &image, double widthMm, const QString &caption)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Image;
    b.image = image;
    b.widthMm = widthMm;
    b.text = caption;
    blocks.append(b);
}

void ReportDocument::addChart(const ReportChart &chart, double widthMm)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Chart;
    b.chart = chart;
    b.widthMm = widthMm;
    blocks.append(b);
}

void ReportDocument::addSignatures(const QStringList &labels)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Signatures;
    b.labels = labels;
    blocks.append(b);
}

void ReportDocument::addPageBreak()
{
    ReportBlock b;
    b.type = ReportBlock::Type::PageBreak;
    blocks.append(b);
}

void ReportDocument::addSectionBreak()
{
    ReportBlock b;
    b.type = ReportBlock::Type::SectionBreak;
    blocks.append(b);
}

void ReportDocument::addHtml(const QString &trustedHtml)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Html;
    b.text = trustedHtml;
    blocks.append(b);
}

const ReportTable *ReportDocument::primaryTable() const
{
    for (const ReportBlock &b : blocks)
        if (b.type == ReportBlock::Type::Table)
            return &b.table;
    return nullptr;
}

} // namespace core
