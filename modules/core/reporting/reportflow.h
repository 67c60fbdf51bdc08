#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextDocument;

namespace core {

// A piece of flowing text (headings, paragraphs, key-value lists, pictures,
// signature boxes, trusted HTML) laid out by QTextDocument at a given width
// with the fonts of the device that prints it. Tables of data are not
// flows: they have their own layout (reporttablelayout.h).
class ReportFlow {
public:
    ReportFlow(const QString &html, QPaintDevice *device, double width,
               const QList<QPair<QString, QImage>> &images = {});
    ~ReportFlow();

    double height() const;
    // Where a page may end inside it: between lines of a paragraph and
    // between rows of a table, never through a line; 0 and height() included.
    QList<double> breaks() const;
    // Paints the slice [from, to) with its top at the painter's origin.
    void paint(QPainter &painter, double from, double to) const;

private:
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace core
