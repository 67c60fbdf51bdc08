#pragma once

#include "core/domain/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace core {

struct ComuneCandidate {
    int comuneId = 0;
    QString name;
    QString province;
    bool metropolitan = false;
    int distance = 0; // edits between what was typed and this name

    // "Limbiate (MB)"
    QString label() const { return QStringLiteral("%1 (%2)").arg(name, province); }
};

struct ComuneMatch {
    enum class Kind {
        Exact,     // the name (or a known former name) as written
        Corrected, // one clear answer a small typing error away
        Ambiguous, // two or more answers equally close: we do not guess
        NotFound,  // nothing close enough
    };
    Kind kind = Kind::NotFound;
    ComuneCandidate comune;               // set for Exact and Corrected
    QList<ComuneCandidate> suggestions;   // the closest names, for messages
    bool viaAlias = false;                // matched a former name (Vermezzo)

    bool isMatch() const { return kind == Kind::Exact || kind == Kind::Corrected; }
};

// Resolves comune names as people write them, for every importer and for
// fields where operators type a comune: "Cislino" -> Cisliano,
// "Lacchierella" -> Lacchiarella, "Limbiate (MB)" -> Limbiate MB.
//
// How: names are compared folded (no case, accents or punctuation). An
// exact name wins; a "(XX)" suffix restricts to that province. Common
// abbreviations are read in full first: "S."/"S.to"/"S.ta"/"SS." (San,
// Sant', Santa, Santo, Santi), "M.se" (Milanese or Monzese: whichever
// exists; both existing is Ambiguous), "s/N" and "sul N." at the end (sul
// Naviglio); a missing apostrophe or space ("Cassina de Pecchi", "Cassano
// dAdda") still matches. Otherwise the Damerau-Levenshtein distance to every
// name is computed; the 133 comuni of the metropolitan city rank before the
// rest of Italy at equal distance. The best name is accepted only when it is
// one edit away, the name has at least 5 letters, and no other name is as
// close: a tie, or the same distance in the other group, makes the answer
// Ambiguous, and so does a longer name that begins with what was typed ("San
// Donato"). Anything further is NotFound with the closest names suggested.
// Loaded once (8,000 names), then pure and fast.
class ComuneMatcher {
public:
    static Result<ComuneMatcher> load(const QSqlDatabase &db);

    ComuneMatch match(const QString &text) const;

    // Folded form used for comparison ("Cassina de' Pecchi" -> "cassina de pecchi").
    static QString normalize(const QString &name);
    // The full readings of a folded name's abbreviations ("cologno m se" ->
    // "cologno milanese", "cologno monzese"); the name itself when it has none.
    static QStringList readings(const QString &folded);
    static int distance(const QString &a, const QString &b, int cap);
    static int tolerance(int length);

private:
    static QString fold(const QString &name); // normalize() without the saint rule
    struct Entry {
        int comuneId;
        QString key;
        QString name;
        QString province;
        bool metropolitan;
        bool alias;
    };
    struct Scored {
        int index;    // into m_entries
        int distance; // capped edit distance
        bool prefix;  // the name starts with what was typed
    };
    ComuneCandidate candidate(const Entry &e, int distance) const;
    QList<Scored> score(const QString &key, const QString &province) const;
    QList<ComuneCandidate> suggestions(QList<Scored> scored, int limit) const;

    QList<Entry> m_entries;
    QHash<QString, QList<int>> m_byKey; // folded name -> indexes into m_entries
    QHash<QString, QList<int>> m_byCompactKey; // the same without spaces
};

} // namespace core
