#include "core/domain/tablefile.h"

#include "core/domain/xlsxtable.h"

#include <QFile>
#include <QFileInfo>

namespace core {

namespace {

const QByteArray oleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

bool isZip(const QByteArray &data)
{
    return data.startsWith(QByteArray("PK\x03\x04", 4)) || data.startsWith(QByteArray("PK\x05\x06", 4));
}

QString suffix(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

bool xlsxSuffix(const QString &s)
{
    return s == QLatin1String("xlsx") || s == QLatin1String("xlsm") || s == QLatin1String("xltx")
        || s == QLatin1String("xltm");
}

} // namespace

TableFileFormat tableFileFormat(const QByteArray &data, const QString &fileName)
{
    if (isZip(data))
        return TableFileFormat::Xlsx;
    if (data.startsWith(oleMagic)) {
        // A workbook saved with a password is an OLE file holding the
        // encrypted package; its directory names it in UTF-16.
        static const QByteArray encrypted = [] {
            QByteArray b;
            for (const char c : QByteArray("EncryptedPackage"))
                b.append(c).append('\0');
            return b;
        }();
        return data.contains(encrypted) ? TableFileFormat::Encrypted : TableFileFormat::OldExcel;
    }
    const QString s = suffix(fileName);
    if (xlsxSuffix(s))
        return TableFileFormat::Xlsx;
    if (s == QLatin1String("xls"))
        return TableFileFormat::OldExcel;
    if (s == QLatin1String("ods"))
        return TableFileFormat::OpenDocument;
    return TableFileFormat::Csv;
}

namespace {
QString &scopedSheet()
{
    thread_local QString sheet;
    return sheet;
}
} // namespace

TableSheetScope::TableSheetScope(const QString &sheet)
    : m_previous(scopedSheet())
{
    scopedSheet() = sheet;
}

TableSheetScope::~TableSheetScope()
{
    scopedSheet() = m_previous;
}

Result<CsvTable> parseTableFile(const QByteArray &data, const QString &fileName, const QString &givenSheet)
{
    const ErrorLocation where { fileName, 0, {} };
    const QString sheet = givenSheet.isEmpty() ? scopedSheet() : givenSheet;
    switch (tableFileFormat(data, fileName)) {
    case TableFileFormat::Csv:
        if (!sheet.isEmpty())
            return Error(QStringLiteral("xlsx.sheet_of_csv"), { sheet }, where);
        return parseCsv(data, fileName);
    case TableFileFormat::Xlsx:
        if (!isZip(data))
            return Error(QStringLiteral("xlsx.not_zip"), {}, where);
        return parseXlsx(data, fileName, sheet);
    case TableFileFormat::OldExcel:
        return Error(QStringLiteral("xlsx.old_format"), {}, where);
    case TableFileFormat::Encrypted:
        return Error(QStringLiteral("xlsx.encrypted"), {}, where);
    case TableFileFormat::OpenDocument:
        return Error(QStringLiteral("xlsx.opendocument"), {}, where);
    }
    return Error(QStringLiteral("xlsx.not_zip"), {}, where);
}

Result<CsvTable> readTableFile(const QString &path, const QString &sheet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { path, file.errorString() }, { path, 0, {} });
    // A workbook larger than any reader would take is refused before it is
    // read into memory.
    const qint64 limit = ZipLimits().maxArchiveBytes;
    if (file.size() > limit && tableFileFormat(file.peek(8), path) == TableFileFormat::Xlsx)
        return Error(QStringLiteral("xlsx.too_large"), { QString::number(limit) }, { path, 0, {} });
    return parseTableFile(file.readAll(), path, sheet);
}

} // namespace core
