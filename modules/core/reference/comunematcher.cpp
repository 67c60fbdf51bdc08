#include "core/reference/comunematcher.h"

#include "core/db/sql.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace core {

QString ComuneMatcher::fold(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            out.append(c);
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

QString ComuneMatcher::normalize(const QString &name)
{
    // "S. Donato" and "S.Giuliano" as people abbreviate them.
    static const QRegularExpression saint(QStringLiteral("^s (?=\\w)"));
    return fold(name).replace(saint, QStringLiteral("san "));
}

QStringList ComuneMatcher::readings(const QString &folded)
{
    QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype n = words.size();
    // "Cernusco s/N", "Cernusco sul N.": sul Naviglio (only at the end).
    if (n >= 3 && words.at(n - 1) == QLatin1String("n")
        && (words.at(n - 2) == QLatin1String("s") || words.at(n - 2) == QLatin1String("sul"))) {
        words[n - 2] = QStringLiteral("sul");
        words[n - 1] = QStringLiteral("naviglio");
    }
    // Each word becomes one or more readings; every combination is tried.
    QList<QStringList> choices;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        const QString next = words.value(i + 1);
        if (w == QLatin1String("s") && next == QLatin1String("to")) {
            choices.append({ QStringLiteral("santo") }); // S.to
            ++i;
        } else if (w == QLatin1String("s") && next == QLatin1String("ta")) {
            choices.append({ QStringLiteral("santa") }); // S.ta
            ++i;
        } else if (w == QLatin1String("ss")) {
            choices.append({ QStringLiteral("santi") }); // SS.
        } else if (w == QLatin1String("s")) { // S.: San, Santa, Santo or Sant'
            choices.append({ QStringLiteral("san"), QStringLiteral("santa"), QStringLiteral("santo"),
                QStringLiteral("sant") });
        } else if (w == QLatin1String("m") && next == QLatin1String("se")) { // M.se
            choices.append({ QStringLiteral("milanese"), QStringLiteral("monzese") });
            ++i;
        } else {
            choices.append({ w });
        }
    }
    QStringList out{ QString() };
    for (const QStringList &choice : std::as_const(choices)) {
        QStringList next;
        for (const QString &prefix : std::as_const(out))
            for (const QString &w : choice)
                next.append(prefix.isEmpty() ? w : prefix + QLatin1Char(' ') + w);
        out = next;
    }
    if (out.size() == 1 && out.first().isEmpty())
        return {};
    return out;
}

int ComuneMatcher::distance(const QString &a, const QString &b, int cap)
{
    // Optimal string alignment distance (Damerau-Levenshtein with adjacent
    // transpositions), stopping early once every path exceeds `cap`.
    const int n = int(a.size()), m = int(b.size());
    if (std::abs(n - m) > cap)
        return cap + 1;
    QVarLengthArray<int, 64> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > cap)
            return cap + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

int ComuneMatcher::tolerance(int length)
{
    if (length < 5)
        return 0;
    if (length <= 8)
        return 1;
    if (length <= 14)
        return 2;
    return 3;
}

Result<ComuneMatcher> ComuneMatcher::load(const QSqlDatabase &db)
{
    ComuneMatcher matcher;
    auto q = runQuery(db, QStringLiteral(
        "SELECT c.id, c.name, c.province, m.comune_id IS NOT NULL, 0 FROM comune c "
        "LEFT JOIN comune_cmm m ON m.comune_id = c.id "
        "UNION ALL "
        "SELECT c.id, a.alias, c.province, m.comune_id IS NOT NULL, 1 FROM comune_alias a "
        "JOIN comune c ON c.id = a.comune_id LEFT JOIN comune_cmm m ON m.comune_id = c.id"));
    if (!q)
        return q.error();
    while (q->next()) {
        Entry e{ q->value(0).toInt(), normalize(q->value(1).toString()), q->value(1).toString(),
                 q->value(2).toString(), q->value(3).toBool(), q->value(4).toBool() };
        matcher.m_byKey[e.key].append(int(matcher.m_entries.size()));
        matcher.m_byCompactKey[QString(e.key).remove(QLatin1Char(' '))].append(int(matcher.m_entries.size()));
        matcher.m_entries.append(e);
    }
    if (matcher.m_entries.isEmpty())
        return Error(QStringLiteral("reference.not_loaded"));
    // Aliases show the comune's present name.
    QHash<int, QString> names;
    for (const Entry &e : std::as_const(matcher.m_entries))
        if (!e.alias)
            names.insert(e.comuneId, e.name);
    for (Entry &e : matcher.m_entries)
        if (e.alias)
            e.name = names.value(e.comuneId, e.name);
    return matcher;
}

ComuneCandidate ComuneMatcher::candidate(const Entry &e, int distance) const
{
    return ComuneCandidate{ e.comuneId, e.name, e.province, e.metropolitan, distance };
}

QList<ComuneMatcher::Scored> ComuneMatcher::score(const QString &key, const QString &province) const
{
    QList<Scored> scored;
    const int cap = std::max(3, int(key.size()) / 3);
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (!province.isEmpty() && e.province != province)
            continue;
        const int d = distance(key, e.key, cap);
        const bool prefix = key.size() >= 3 && e.key.startsWith(key);
        if (d > cap && !prefix)
            continue;
        scored.append({ i, d, prefix });
    }
    return scored;
}

QList<ComuneCandidate> ComuneMatcher::suggestions(QList<Scored> scored, int limit) const
{
    // For a person reading an error: names that start with what was typed
    // count as one edit away ("San Donato" -> San Donato Milanese), and the
    // metropolitan city comes first at equal distance.
    auto rank = [&](const Scored &s) {
        const int d = s.prefix ? std::min(s.distance, 1) : s.distance;
        return d * 2 + (m_entries.at(s.index).metropolitan ? 0 : 1);
    };
    std::sort(scored.begin(), scored.end(), [&](const Scored &a, const Scored &b) {
        const int ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : m_entries.at(a.index).name < m_entries.at(b.index).name;
    });
    QList<ComuneCandidate> out;
    QList<int> seen;
    for (const Scored &s : scored) {
        const Entry &e = m_entries.at(s.index);
        if (seen.contains(e.comuneId))
            continue;
        seen.append(e.comuneId);
        out.append(candidate(e, s.distance));
        if (out.size() >= limit)
            break;
    }
    return out;
}

ComuneMatch ComuneMatcher::match(const QString &text) const
{
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(\\s*([A-Za-z]{2})\\s*\\)\\s*$"));
    QString name = text.trimmed();
    QString province;
    if (const auto m = suffix.match(name); m.hasMatch()) {
        province = m.captured(1).toUpper();
        name = name.left(m.capturedStart()).trimmed();
    }
    const QString key = normalize(name);
    ComuneMatch result;
    if (key.isEmpty())
        return result;

    // 1. The name as written, or as its abbreviations read in full (S., S.to,
    // SS., M.se, s/N), compared word by word, then without spaces ("Cassano
    // dAdda"), restricted to the province when one was given. Homonyms of one
    // reading prefer the metropolitan city; two readings that both exist
    // (Milanese and Monzese) are refused with both.
    const QStringList variants = readings(fold(name));
    QList<QList<const Entry *>> found; // per reading that exists
    for (const bool compact : { false, true }) {
        for (const QString &reading : variants) {
            const auto &map = compact ? m_byCompactKey : m_byKey;
            QList<const Entry *> hits;
            for (int index : map.value(compact ? QString(reading).remove(QLatin1Char(' ')) : reading)) {
                const Entry &e = m_entries.at(index);
                if (province.isEmpty() || e.province == province)
                    hits.append(&e);
            }
            if (!hits.isEmpty())
                found.append(hits);
        }
        if (!found.isEmpty())
            break;
    }
    if (!found.isEmpty()) {
        QList<const Entry *> pool;
        if (found.size() == 1) {
            for (const Entry *e : std::as_const(found.first()))
                if (e->metropolitan)
                    pool.append(e);
            if (pool.isEmpty())
                pool = found.first();
        } else {
            for (const QList<const Entry *> &hits : std::as_const(found))
                pool += hits;
        }
        QList<int> ids;
        for (const Entry *e : std::as_const(pool))
            if (!ids.contains(e->comuneId)) {
                ids.append(e->comuneId);
                result.suggestions.append(candidate(*e, 0));
            }
        if (ids.size() == 1) {
            result.kind = ComuneMatch::Kind::Exact;
            result.comune = candidate(*pool.first(), 0);
            result.viaAlias = pool.first()->alias;
            result.suggestions.clear();
            return result;
        }
        result.kind = ComuneMatch::Kind::Ambiguous;
        return result;
    }

    // The name exists, but not in the province written next to it
    // ("Limbiate (MI)"): say where it is rather than guess.
    if (!province.isEmpty() && m_byKey.contains(key)) {
        for (int index : m_byKey.value(key))
            result.suggestions.append(candidate(m_entries.at(index), 0));
        return result;
    }

    // 2. Nearest name within the tolerance, if it stands out: a tie, the
    // same distance in the other group (metropolitan / rest of Italy), or a
    // longer name that begins with what was typed, is not an answer.
    const QList<Scored> scored = score(key, province);
    result.suggestions = suggestions(scored, 6);
    const int tol = tolerance(int(key.size()));
    auto rank = [&](const Scored &s) { return s.distance * 2 + (m_entries.at(s.index).metropolitan ? 0 : 1); };
    const Scored *best = nullptr;
    for (const Scored &s : scored)
        if (!best || rank(s) < rank(*best))
            best = &s;
    if (tol == 0 || !best || best->distance > tol)
        return result; // NotFound
    for (const Scored &s : scored) {
        if (&s == best || m_entries.at(s.index).comuneId == m_entries.at(best->index).comuneId)
            continue;
        // A name that starts with what was typed is another plausible answer.
        if (rank(s) < rank(*best) + 2 || s.prefix) {
            result.kind = ComuneMatch::Kind::Ambiguous;
            return result;
        }
    }
    // Only a single slip of the finger is corrected (a letter missing, extra,
    // wrong or swapped): two edits turn names into other names ("Paperopoli"
    // is not Paternopoli), so they are only suggested.
    if (best->distance > 1)
        return result; // NotFound
    result.kind = ComuneMatch::Kind::Corrected;
    result.comune = candidate(m_entries.at(best->index), best->distance);
    return result;
}

} // namespace core
