#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Where bad input was found: a file, a line (1-based) and a field name.
// Empty parts are simply not shown.
struct ErrorLocation {
    QString file;
    int line = 0;
    QString field;

    bool isEmpty() const { return file.isEmpty() && line == 0 && field.isEmpty(); }
};

// A failure reported by domain code. Domain code never builds user text: it
// returns a stable code ("db.newer_schema") and its arguments; the UI layer
// (core/ui/errortext.h) turns them into translated sentences. This keeps the
// rules testable and the language in one place.
struct Error {
    QString code;
    QStringList args;
    ErrorLocation where;

    Error() = default;
    explicit Error(QString c, QStringList a = {}, ErrorLocation w = {})
        : code(std::move(c)), args(std::move(a)), where(std::move(w)) { }

    Error &at(const QString &file, int line, const QString &field = {})
    {
        where = ErrorLocation{ file, line, field };
        return *this;
    }

    bool operator==(const Error &o) const { return code == o.code && args == o.args; }
};

} // namespace core
