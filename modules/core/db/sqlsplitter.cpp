#include "core/db/sqlsplitter.h"

namespace core {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Tracks the words of the current statement that decide where a trigger
// body ends: CREATE [TEMP] TRIGGER ... BEGIN ... END, where CASE ... END can
// appear inside the body.
struct TriggerTracker {
    QStringList leadingWords; // first words of the statement, upper case
    bool isTrigger = false;
    int depth = 0; // BEGIN and CASE open, END closes

    void word(const QString &w)
    {
        const QString u = w.toUpper();
        if (leadingWords.size() < 4) {
            leadingWords.append(u);
            if (leadingWords.size() >= 2 && leadingWords.first() == QLatin1String("CREATE")) {
                const QString second = leadingWords.at(1);
                if (second == QLatin1String("TRIGGER"))
                    isTrigger = true;
                else if ((second == QLatin1String("TEMP") || second == QLatin1String("TEMPORARY"))
                         && leadingWords.size() >= 3 && leadingWords.at(2) == QLatin1String("TRIGGER"))
                    isTrigger = true;
            }
        }
        if (!isTrigger)
            return;
        if (u == QLatin1String("BEGIN") || u == QLatin1String("CASE"))
            ++depth;
        else if (u == QLatin1String("END") && depth > 0)
            --depth;
    }
    bool semicolonEndsStatement() const { return !isTrigger || depth == 0; }
};

bool hasCode(const QString &statement)
{
    // A statement is real if something remains outside comments.
    for (qsizetype i = 0; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('-') && i + 1 < statement.size() && statement.at(i + 1) == QLatin1Char('-')) {
            while (i < statement.size() && statement.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < statement.size() && statement.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = statement.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0)
                return false;
            i = end + 1;
            continue;
        }
        return true;
    }
    return false;
}

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    TriggerTracker tracker;
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString s = current.trimmed();
        if (hasCode(s))
            statements.append(s);
        current.clear();
        tracker = TriggerTracker{};
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = script.at(i);
        // Line comment.
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            current.append(script.mid(i, stop - i));
            i = stop;
            continue;
        }
        // Block comment.
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            current.append(script.mid(i, stop - i));
            i = stop;
            continue;
        }
        // Quoted text or identifier: copy up to the closing quote ('' and ""
        // are escaped quotes and simply continue the quoted run).
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    if (close != QLatin1Char(']') && j + 1 < n && script.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype stop = j < n ? j + 1 : n;
            current.append(script.mid(i, stop - i));
            i = stop;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i);
            tracker.word(word);
            current.append(word);
            i = j;
            continue;
        }
        if (c == QLatin1Char(';') && tracker.semicolonEndsStatement()) {
            flush();
            ++i;
            continue;
        }
        current.append(c);
        ++i;
    }
    flush();
    return statements;
}

} // namespace core
