#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace tutoring {

// Invented Italian names for the demo database: common family and given
// names, drawn with the demo's seeded generator so that every demo is the
// same. Nobody real is described.
struct DemoNames {
    static const QStringList &familyNames();
    static const QStringList &givenNames();
    static const QStringList &highSchools(); // pupils' high schools (not the 16)

    static QString pick(const QStringList &list, QRandomGenerator &random)
    {
        return list.at(int(random.bounded(quint32(list.size()))));
    }
};

} // namespace tutoring
