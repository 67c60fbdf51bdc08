#include "core/reference/nameindex.h"

#include "core/domain/csv.h"
#include "core/reference/comunematcher.h"

#include <algorithm>

namespace core {

void NameIndex::add(const QString &name, qint64 id, const QString &code)
{
    const QString key = foldKey(name);
    m_entries.append({ key, name, id });
    if (!m_byName.contains(key))
        m_byName.insert(key, m_entries.size() - 1);
    if (!code.isEmpty())
        m_byCode.insert(foldKey(code), m_entries.size() - 1);
}

qint64 NameIndex::find(const QString &text) const
{
    const QString key = foldKey(text);
    if (auto it = m_byCode.constFind(key); it != m_byCode.constEnd())
        return m_entries.at(it.value()).id;
    if (auto it = m_byName.constFind(key); it != m_byName.constEnd())
        return m_entries.at(it.value()).id;
    return 0;
}

QString NameIndex::nameOf(qint64 id) const
{
    for (const Entry &e : m_entries)
        if (e.id == id)
            return e.name;
    return {};
}

QStringList NameIndex::suggestions(const QString &text, int limit) const
{
    const QString key = foldKey(text);
    const int cap = std::max(3, int(key.size()) / 2);
    QList<QPair<int, QString>> scored;
    for (const Entry &e : m_entries) {
        int d = ComuneMatcher::distance(key, e.key, cap + 1);
        if (!key.isEmpty() && (e.key.contains(key) || key.contains(e.key)))
            d = std::min(d, 1);
        if (d <= cap)
            scored.append({ d, e.name });
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (const auto &s : scored)
        if (names.size() < limit && !names.contains(s.second))
            names.append(s.second);
    return names;
}

QString NameIndex::closeMatch(const QString &text) const
{
    const QString key = foldKey(text);
    const int tolerance = ComuneMatcher::tolerance(int(key.size()));
    if (tolerance <= 0)
        return {};
    for (const Entry &e : m_entries)
        if (ComuneMatcher::distance(key, e.key, tolerance + 1) <= tolerance)
            return e.name;
    return {};
}

} // namespace core
