#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace testsupport {

// One cell of a sheet as the file stores it: `type` is the t attribute
// ("" for a number, "s", "inlineStr", "str", "b"), `value` the <v> text
// (a number, or the shared-string index), `text` the string a person sees
// for string cells.
struct XlsxCell {
    QString type;
    int style = 0;
    QString value;
    QString text;
    bool isNumber() const { return (type.isEmpty() || type == QLatin1String("n")) && !value.isEmpty(); }
    bool isText() const { return type == QLatin1String("s") || type == QLatin1String("inlineStr") || type == QLatin1String("str"); }
};

// A small reader of what the program's .xlsx files hold, for tests: the
// zip (stored or deflated members, through zlib), the sheets in order, the
// cells by reference ("A1"), the styles' number formats and bold fonts, and
// whether the first row is frozen. No dependency on an office suite.
class XlsxReader {
public:
    explicit XlsxReader(const QByteArray &zip);
    static XlsxReader fromFile(const QString &path);

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QStringList members() const { return m_members.keys(); }
    QByteArray member(const QString &name) const { return m_members.value(name); }

    QStringList sheetNames() const;
    QByteArray sheetXml(int index) const; // 0-based, in the workbook's order
    QHash<QString, XlsxCell> cells(int index) const;
    // The formatCode of a cell style ("dd/mm/yyyy", "#,##0.0"), "General" for none.
    QString numberFormat(int style) const;
    bool bold(int style) const;
    // <pane ySplit="1" ... state="frozen"/> in the sheet's view.
    bool firstRowFrozen(int index) const;

private:
    QHash<QString, QByteArray> m_members;
    bool m_valid = false;
    QString m_error;
};

} // namespace testsupport
