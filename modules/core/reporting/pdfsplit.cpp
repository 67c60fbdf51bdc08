#include "core/reporting/pdfsplit.h"

#include <QSet>

#include <algorithm>
#include <cstdio>

namespace core {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
}

bool isInteger(const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    for (char c : token)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// One token of PDF syntax: its bytes and where they are.
struct Token {
    QByteArray text;
    int start = 0;
    int end = 0;
    bool isName() const { return text.startsWith('/'); }
};

// Reads tokens from `pos` up to `limit`. Literal strings (nested
// parentheses, backslash escapes), hex strings and comments are single
// tokens (comments are skipped), so nothing inside them is mistaken for a
// reference or a keyword.
class Tokenizer {
public:
    Tokenizer(const QByteArray &data, int pos, int limit)
        : d(data.constData())
        , m_pos(pos)
        , m_limit(limit)
    {
    }

    bool next(Token *t)
    {
        for (;;) {
            while (m_pos < m_limit && isWhite(d[m_pos]))
                ++m_pos;
            if (m_pos >= m_limit)
                return false;
            if (d[m_pos] != '%')
                break;
            while (m_pos < m_limit && d[m_pos] != '\n' && d[m_pos] != '\r')
                ++m_pos;
        }
        const int start = m_pos;
        const char c = d[m_pos];
        if (c == '(') {
            int depth = 0;
            while (m_pos < m_limit) {
                const char s = d[m_pos++];
                if (s == '\\') {
                    ++m_pos;
                } else if (s == '(') {
                    ++depth;
                } else if (s == ')' && --depth == 0) {
                    break;
                }
            }
            if (depth != 0)
                return false;
        } else if (c == '<' && m_pos + 1 < m_limit && d[m_pos + 1] == '<') {
            m_pos += 2;
        } else if (c == '>' && m_pos + 1 < m_limit && d[m_pos + 1] == '>') {
            m_pos += 2;
        } else if (c == '<') {
            while (m_pos < m_limit && d[m_pos] != '>')
                ++m_pos;
            if (m_pos >= m_limit)
                return false;
            ++m_pos;
        } else if (c == '[' || c == ']' || c == '{' || c == '}') {
            ++m_pos;
        } else {
            ++m_pos; // a name's slash, or the first regular character
            while (m_pos < m_limit && !isWhite(d[m_pos]) && !isDelimiter(d[m_pos]))
                ++m_pos;
        }
        t->start = start;
        t->end = m_pos;
        t->text = QByteArray::fromRawData(d + start, m_pos - start);
        return true;
    }

    int position() const { return m_pos; }

private:
    const char *d;
    int m_pos;
    int m_limit;
};

QByteArray objectNumber(int n)
{
    return QByteArray::number(n);
}

} // namespace

QByteArray pdfTextString(const QString &text)
{
    QByteArray out("(\xFE\xFF", 3);
    for (const QChar ch : text) {
        const char bytes[2] = { char(ch.unicode() >> 8), char(ch.unicode() & 0xff) };
        for (char b : bytes) {
            if (b == '(' || b == ')' || b == '\\')
                out += '\\';
            if (b == '\r')
                out += "\\r";
            else
                out += b;
        }
    }
    out += ')';
    return out;
}

PdfPageSplitter::PdfPageSplitter(QByteArray pdf)
    : m_pdf(std::move(pdf))
{
    m_valid = parse();
}

bool PdfPageSplitter::parse()
{
    if (!m_pdf.startsWith("%PDF-"))
        return false;
    const int startxref = int(m_pdf.lastIndexOf("startxref"));
    if (startxref < 0)
        return false;
    Tokenizer tail(m_pdf, startxref + 9, int(m_pdf.size()));
    Token t;
    if (!tail.next(&t) || !isInteger(t.text))
        return false;
    const int xref = t.text.toInt();
    if (xref <= 0 || xref >= startxref || !m_pdf.mid(xref, 4).startsWith("xref"))
        return false;

    // The cross-reference table: "first count" then count entries.
    Tokenizer table(m_pdf, xref + 4, startxref);
    QList<QPair<int, int>> inUse; // offset, object
    for (;;) {
        if (!table.next(&t))
            return false;
        if (t.text == "trailer")
            break;
        if (!isInteger(t.text))
            return false;
        const int first = t.text.toInt();
        if (!table.next(&t) || !isInteger(t.text))
            return false;
        const int count = t.text.toInt();
        for (int i = 0; i < count; ++i) {
            Token offset, generation, kind;
            if (!table.next(&offset) || !table.next(&generation) || !table.next(&kind))
                return false;
            if (kind.text == "n") {
                if (generation.text.toInt() != 0)
                    return false; // Qt never writes another generation
                inUse.append({ offset.text.toInt(), first + i });
            }
        }
    }
    // The trailer: /Root and /Info.
    QByteArray lastName;
    QList<QByteArray> recent;
    while (table.next(&t)) {
        if (t.isName())
            lastName = t.text;
        if (t.text == "R" && recent.size() >= 2 && isInteger(recent.at(recent.size() - 2))) {
            const int n = recent.at(recent.size() - 2).toInt();
            if (lastName == "/Root")
                m_root = n;
            else if (lastName == "/Info")
                m_info = n;
        }
        recent.append(t.text);
    }
    if (m_root == 0 || inUse.isEmpty())
        return false;

    // Qt writes the objects one after the other: each ends where the next
    // begins (or where the table begins).
    std::sort(inUse.begin(), inUse.end());
    m_header = m_pdf.left(inUse.constFirst().first);
    for (qsizetype i = 0; i < inUse.size(); ++i) {
        const int begin = inUse.at(i).first;
        const int end = i + 1 < inUse.size() ? inUse.at(i + 1).first : xref;
        if (begin >= end || !parseObject(inUse.at(i).second, begin, end))
            return false;
    }

    // The page tree: the catalog's /Pages, whose references are its kids.
    const Object &root = m_objects.value(m_root);
    Tokenizer catalog(m_pdf, root.bodyBegin, root.end);
    QByteArray name;
    while (catalog.next(&t)) {
        if (t.isName()) {
            name = t.text;
        } else if (name == "/Pages" && isInteger(t.text)) {
            m_pageTree = t.text.toInt();
            break;
        }
    }
    if (!m_objects.contains(m_pageTree))
        return false;
    for (const Reference &r : m_objects.value(m_pageTree).references) {
        const Object &kid = m_objects.value(r.object);
        if (kid.begin < 0)
            return false;
        const QByteArray head = m_pdf.mid(kid.bodyBegin, kid.end - kid.bodyBegin);
        if (head.contains("/Type /Pages") || !head.contains("/Type /Page"))
            return false; // a nested page tree: not what Qt writes
        m_pages.append(r.object);
    }
    return !m_pages.isEmpty();
}

bool PdfPageSplitter::parseObject(int number, int begin, int end)
{
    // "N 0 obj"
    Tokenizer tokens(m_pdf, begin, end);
    Token a, b, c;
    if (!tokens.next(&a) || !tokens.next(&b) || !tokens.next(&c) || a.text.toInt() != number || b.text != "0"
        || c.text != "obj")
        return false;
    Object object;
    object.begin = begin;
    object.bodyBegin = c.end;
    // The dictionary (or value) up to "stream" or "endobj": a stream's data
    // is never read.
    QList<Token> recent;
    Token t;
    bool closed = false;
    while (tokens.next(&t)) {
        if (t.text == "stream") {
            closed = true;
            break;
        }
        if (t.text == "endobj") {
            object.end = t.end;
            closed = true;
            break;
        }
        if (t.text == "R" && recent.size() >= 2 && isInteger(recent.at(recent.size() - 2).text)
            && recent.at(recent.size() - 1).text == "0") {
            const Token &n = recent.at(recent.size() - 2);
            object.references.append({ n.start, t.end, n.text.toInt() });
        }
        recent.append(t);
        if (recent.size() > 2)
            recent.removeFirst();
    }
    if (!closed)
        return false;
    if (object.end < 0) {
        // A stream: its object ends with the last "endobj" before the next object.
        const int last = int(m_pdf.lastIndexOf("endobj", end - 1));
        if (last < object.bodyBegin)
            return false;
        object.end = last + 6;
    }
    m_objects.insert(number, object);
    return true;
}

QByteArray PdfPageSplitter::informationValue(const QByteArray &key) const
{
    const auto it = m_objects.constFind(m_info);
    if (m_info == 0 || it == m_objects.constEnd())
        return {};
    Tokenizer tokens(m_pdf, it->bodyBegin, it->end);
    Token t;
    bool found = false;
    while (tokens.next(&t)) {
        if (found)
            return QByteArray(t.text.constData(), t.text.size());
        found = t.text == key;
    }
    return {};
}

QByteArray PdfPageSplitter::extract(int first, int count, const QString &title, const QDateTime &created) const
{
    if (!m_valid || first < 0 || count <= 0 || first + count > m_pages.size())
        return {};
    // New numbers: 1 the information, 2 the catalog, 3 the page tree, then
    // the pages and what they need, in the order they are reached.
    QHash<int, int> number;
    QList<int> order; // old numbers, in new-number order from 4
    number.insert(m_pageTree, 3);
    number.insert(m_root, 2);
    if (m_info != 0)
        number.insert(m_info, 1);
    const auto reach = [&](int object) -> bool {
        // Depth first from `object`, every reference of the copied parts.
        QList<int> stack { object };
        while (!stack.isEmpty()) {
            const int old = stack.takeLast();
            if (number.contains(old))
                continue;
            const auto it = m_objects.constFind(old);
            if (it == m_objects.constEnd())
                return false;
            number.insert(old, int(order.size()) + 4);
            order.append(old);
            for (auto r = it->references.crbegin(); r != it->references.crend(); ++r)
                if (!number.contains(r->object))
                    stack.append(r->object);
        }
        return true;
    };
    QList<int> kids;
    for (int i = first; i < first + count; ++i) {
        if (!reach(m_pages.at(i)))
            return {};
        kids.append(number.value(m_pages.at(i)));
    }
    for (const Reference &r : m_objects.value(m_root).references)
        if (!reach(r.object))
            return {};

    QByteArray out;
    out.reserve(m_pdf.size() / std::max(1, int(m_pages.size())) * count + 32 * 1024);
    out += m_header;
    QList<int> offsets(order.size() + 4, 0);
    // Copies an old object under its new number, references renumbered.
    const auto copy = [&](int old, int newNumber) {
        const Object &o = m_objects.value(old);
        offsets[newNumber] = int(out.size());
        out += objectNumber(newNumber);
        out += " 0 obj";
        int at = o.bodyBegin;
        for (const Reference &r : o.references) {
            out.append(m_pdf.constData() + at, r.start - at);
            out += objectNumber(number.value(r.object));
            out += " 0 R";
            at = r.end;
        }
        out.append(m_pdf.constData() + at, o.end - at);
        out += '\n';
    };

    offsets[1] = int(out.size());
    out += "1 0 obj\n<<\n/Title " + pdfTextString(title);
    for (const char *key : { "/Creator", "/Producer" }) {
        const QByteArray value = informationValue(key);
        if (!value.isEmpty())
            out += QByteArray("\n") + key + ' ' + value;
    }
    out += "\n/CreationDate (D:" + created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
        + "Z)\n>>\nendobj\n";
    copy(m_root, 2);
    offsets[3] = int(out.size());
    out += "3 0 obj\n<<\n/Type /Pages\n/Kids \n[\n";
    for (int kid : std::as_const(kids))
        out += objectNumber(kid) + " 0 R\n";
    out += "]\n/Count " + objectNumber(int(kids.size())) + "\n/ProcSet [/PDF /Text /ImageB /ImageC]\n>>\nendobj\n";
    for (qsizetype i = 0; i < order.size(); ++i)
        copy(order.at(i), int(i) + 4);

    const int xref = int(out.size());
    const int size = int(order.size()) + 4;
    out += "xref\n0 " + objectNumber(size) + "\n0000000000 65535 f \n";
    char entry[32];
    for (int i = 1; i < size; ++i) {
        std::snprintf(entry, sizeof entry, "%010d 00000 n \n", offsets.at(i));
        out += entry;
    }
    out += "trailer\n<<\n/Size " + objectNumber(size) + "\n/Info 1 0 R\n/Root 2 0 R\n>>\nstartxref\n"
        + objectNumber(xref) + "\n%%EOF\n";
    return out;
}

} // namespace core
