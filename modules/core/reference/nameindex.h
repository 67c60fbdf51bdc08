#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

namespace core {

// Names (and codes) of things an import file refers to, compared as people
// type them: folded (no case, accents, spaces or punctuation). When nothing
// matches, the closest names are offered, within the tolerance the comune
// matcher uses. A code wins over a name that folds to the same text.
class NameIndex {
public:
    void add(const QString &name, qint64 id, const QString &code = {});
    qint64 find(const QString &text) const; // 0: none
    QString nameOf(qint64 id) const;
    QStringList suggestions(const QString &text, int limit = 3) const;
    // A close existing name: probably a typing error rather than a new entry.
    QString closeMatch(const QString &text) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry {
        QString key;
        QString name;
        qint64 id;
    };
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byName;
    QHash<QString, qsizetype> m_byCode;
};

} // namespace core
