#include "xlsxreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zlib.h>

namespace testsupport {

namespace {

quint32 le32(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

bool inflateRaw(const QByteArray &in, qsizetype size, QByteArray &out)
{
    out.resize(size);
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int r = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return r == Z_STREAM_END && z.total_out == uLong(size);
}

// The attributes of every element called `name`, in document order.
QList<QXmlStreamAttributes> elements(const QByteArray &xml, const QString &name)
{
    QList<QXmlStreamAttributes> list;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            list.append(reader.attributes());
    return list;
}

} // namespace

XlsxReader::XlsxReader(const QByteArray &zip)
{
    // The central directory, from the end-of-central-directory record.
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size()) {
        m_error = QStringLiteral("not a zip file");
        return;
    }
    const int entries = le16(zip, eocd + 10);
    qsizetype at = le32(zip, eocd + 16);
    for (int i = 0; i < entries; ++i) {
        if (at + 46 > zip.size() || le32(zip, at) != 0x02014b50) {
            m_error = QStringLiteral("bad central directory");
            return;
        }
        const int method = le16(zip, at + 10);
        const quint32 crc = le32(zip, at + 16);
        const quint32 compressed = le32(zip, at + 20);
        const quint32 size = le32(zip, at + 24);
        const int nameLength = le16(zip, at + 28);
        const int extra = le16(zip, at + 30);
        const int comment = le16(zip, at + 32);
        const quint32 local = le32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extra + comment;
        if (local + 30 > quint32(zip.size()) || le32(zip, local) != 0x04034b50) {
            m_error = QStringLiteral("bad local header of ") + name;
            return;
        }
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        const QByteArray raw = zip.mid(data, compressed);
        QByteArray content;
        if (method == 0)
            content = raw;
        else if (method != 8 || !inflateRaw(raw, size, content)) {
            m_error = QStringLiteral("cannot inflate ") + name;
            return;
        }
        if (quint32(crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size()))) != crc) {
            m_error = QStringLiteral("bad CRC of ") + name;
            return;
        }
        m_members.insert(name, content);
    }
    m_valid = true;
}

XlsxReader XlsxReader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return XlsxReader(QByteArray());
    return XlsxReader(file.readAll());
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const QXmlStreamAttributes &a : elements(member(QStringLiteral("xl/workbook.xml")), QStringLiteral("sheet")))
        names.append(a.value(QLatin1String("name")).toString());
    return names;
}

QByteArray XlsxReader::sheetXml(int index) const
{
    // libxlsxwriter names the parts in the workbook's order.
    return member(QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1));
}

QHash<QString, XlsxCell> XlsxReader::cells(int index) const
{
    QStringList shared;
    {
        QXmlStreamReader reader(member(QStringLiteral("xl/sharedStrings.xml")));
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("t"))
                shared.append(reader.readElementText());
    }
    QHash<QString, XlsxCell> result;
    QXmlStreamReader reader(sheetXml(index));
    QString ref;
    XlsxCell cell;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (reader.name() == QLatin1String("c")) {
                cell = XlsxCell();
                ref = reader.attributes().value(QLatin1String("r")).toString();
                cell.type = reader.attributes().value(QLatin1String("t")).toString();
                cell.style = reader.attributes().value(QLatin1String("s")).toInt();
            } else if (reader.name() == QLatin1String("v")) {
                cell.value = reader.readElementText();
            } else if (reader.name() == QLatin1String("t")) {
                cell.text += reader.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("c")) {
            if (cell.type == QLatin1String("s"))
                cell.text = shared.value(cell.value.toInt());
            else if (cell.type == QLatin1String("str"))
                cell.text = cell.value;
            result.insert(ref, cell);
        }
    }
    return result;
}

QString XlsxReader::numberFormat(int style) const
{
    const QByteArray styles = member(QStringLiteral("xl/styles.xml"));
    QHash<int, QString> formats { { 0, QStringLiteral("General") }, { 14, QStringLiteral("mm-dd-yy") } };
    for (const QXmlStreamAttributes &a : elements(styles, QStringLiteral("numFmt")))
        formats.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
    // cellXfs' <xf>s come after cellStyleXfs' ones: count only those inside cellXfs.
    QXmlStreamReader reader(styles);
    bool inCellXfs = false;
    int n = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && reader.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (token == QXmlStreamReader::StartElement && inCellXfs && reader.name() == QLatin1String("xf")) {
            if (n++ == style)
                return formats.value(reader.attributes().value(QLatin1String("numFmtId")).toInt(), QStringLiteral("?"));
        }
    }
    return QStringLiteral("?");
}

bool XlsxReader::bold(int style) const
{
    const QByteArray styles = member(QStringLiteral("xl/styles.xml"));
    // Fonts in order, whether each is bold; then the style's fontId.
    QList<bool> fonts;
    QXmlStreamReader reader(styles);
    bool inFonts = false, inCellXfs = false;
    int n = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        const auto name = reader.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("fonts"))
                inFonts = true;
            else if (name == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inFonts && name == QLatin1String("font"))
                fonts.append(false);
            else if (inFonts && name == QLatin1String("b") && !fonts.isEmpty())
                fonts.last() = true;
            else if (inCellXfs && name == QLatin1String("xf") && n++ == style)
                return fonts.value(reader.attributes().value(QLatin1String("fontId")).toInt());
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("fonts"))
                inFonts = false;
            else if (name == QLatin1String("cellXfs"))
                inCellXfs = false;
        }
    }
    return false;
}

bool XlsxReader::firstRowFrozen(int index) const
{
    for (const QXmlStreamAttributes &a : elements(sheetXml(index), QStringLiteral("pane")))
        if (a.value(QLatin1String("ySplit")) == QLatin1String("1") && a.value(QLatin1String("state")) == QLatin1String("frozen"))
            return true;
    return false;
}

} // namespace testsupport
