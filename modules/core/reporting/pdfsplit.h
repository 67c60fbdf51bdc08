#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace core {

// Cuts a PDF written by Qt's QPdfWriter into standalone PDF files of a few
// pages each, which share the font objects of the whole document.
//
// Why: QPdfWriter embeds its fonts (a subset of each, rebuilt glyph by
// glyph, and a ToUnicode map built over the whole of Unicode) once per
// document, whatever its length; for one-page files that is most of the
// cost of a page. Many documents rendered as the pages of one QPdfWriter
// document pay it once, and each is then cut out of it here with the font
// objects copied as they are (every file carries the glyphs of the whole
// group: a few KB more).
//
// Reads only what Qt 6 writes: objects "N 0 obj ... endobj" one after the
// other, a classic cross-reference table, a trailer with /Root and /Info,
// one page tree (/Type /Pages) whose /Kids are the pages in order. Streams
// are copied byte for byte, never decoded. A page's file carries every
// object reachable from it (contents, resources, fonts, their lengths),
// renumbered from 1, with a new catalog, page tree and information
// dictionary (title, creator, producer, creation date given by the caller,
// so the same pages always give the same bytes).
class PdfPageSplitter {
public:
    // False (isValid()) when `pdf` is not in the form described above.
    explicit PdfPageSplitter(QByteArray pdf);

    bool isValid() const { return m_valid; }
    int pageCount() const { return int(m_pages.size()); }

    // A standalone PDF of pages [first, first + count), or empty if out of
    // range. `title` goes in the information dictionary (as QPdfWriter
    // writes it), `created` its creation date (UTC).
    QByteArray extract(int first, int count, const QString &title, const QDateTime &created) const;

private:
    struct Reference {
        int start = 0; // of "N G R" within the object's bytes
        int end = 0;
        int object = 0;
    };
    struct Object {
        int begin = -1; // of "N 0 obj"
        int end = -1; // after "endobj"
        int bodyBegin = -1; // after "obj"
        QList<Reference> references; // in the dictionary part, not in stream data
    };
    bool parse();
    bool parseObject(int number, int begin, int end);
    QByteArray informationValue(const QByteArray &key) const;

    QByteArray m_pdf;
    QByteArray m_header; // "%PDF-1.4\n%...\n"
    QHash<int, Object> m_objects;
    int m_root = 0;
    int m_info = 0;
    int m_pageTree = 0;
    QList<int> m_pages;
    bool m_valid = false;
};

// A PDF literal string as QPdfWriter writes text: UTF-16BE with its byte
// order mark, ( ) \ and CR escaped.
QByteArray pdfTextString(const QString &text);

} // namespace core
