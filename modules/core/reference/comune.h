#pragma once

#include <QGeoCoordinate>
#include <QString>

namespace core {

// A comune: id is the ISTAT code as a number (Milano "015146" -> 15146).
struct Comune {
    int id = 0;
    QString istatCode;
    QString name;
    QString province; // sigla: MI, MB, PV...
    QString region;
    QGeoCoordinate coordinate;
    qint64 population = 0;
    bool metropolitan = false; // one of the 133 of the Città metropolitana di Milano

    bool isValid() const { return id > 0; }
    // "Limbiate (MB)" outside the metropolitan city, "Cisliano" inside it.
    QString displayName() const
    {
        return metropolitan || province.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, province);
    }
};

// What the operations room keeps about one of the 133 comuni: town hall
// and COC contacts and the zona omogenea, all editable.
struct ComuneDetails {
    int comuneId = 0;
    QString zonaOmogenea;
    QString phone;
    QString email;
    QString pec;
    QString cap;
    QString cocAddress;
    QString cocContact;
    QString cocPhone;
    QString cocEmail;
    QString notes;

    bool operator==(const ComuneDetails &o) const
    {
        return comuneId == o.comuneId && zonaOmogenea == o.zonaOmogenea && phone == o.phone && email == o.email
            && pec == o.pec && cap == o.cap && cocAddress == o.cocAddress && cocContact == o.cocContact
            && cocPhone == o.cocPhone && cocEmail == o.cocEmail && notes == o.notes;
    }
};

// The seven zone omogenee of the metropolitan city, plus Milano itself.
QStringList zoneOmogenee();

inline constexpr int milanoComuneId = 15146;
inline constexpr int metropolitanComuniCount = 133;

} // namespace core
