#pragma once

#include "volunteers/domain/art39.h"

#include <QDate>
#include <QList>
#include <QString>

namespace volunteers {

// Plain records of the module, as the repositories read and write them.
// Ids are 64-bit global row ids (0: not saved yet).

struct Organisation {
    enum class Kind { Association, MunicipalGroup };
    qint64 id = 0;
    QString name;
    Kind kind = Kind::Association;
    int comuneId = 0;
    QString registryNumber;
    QString taxCode;
    QString address;
    QString representative;
    QString representativeRole;
    QString phone;
    QString email;
    QString pec;
    bool active = true;
    QString notes;
};
QString organisationKindCode(Organisation::Kind kind);
Organisation::Kind organisationKindFromCode(const QString &code);

// The yearly renewal of operational status: the six items to check.
struct Renewal {
    enum class State { Open, Renewed, NotRenewed };
    enum Item {
        H24Availability,
        EnoughVolunteers,
        InsuredNoCharges,
        ActivityReport,
        EquipmentList,
        RepresentativeDocuments,
        ItemCount
    };
    qint64 id = 0;
    qint64 organisationId = 0;
    int year = 0;
    bool items[ItemCount] = { false, false, false, false, false, false };
    State state = State::Open;
    QDate stateDate;
    QString notes;

    bool complete() const
    {
        for (bool b : items)
            if (!b)
                return false;
        return true;
    }
    int itemsDone() const
    {
        int n = 0;
        for (bool b : items)
            n += b ? 1 : 0;
        return n;
    }
};
QString renewalStateCode(Renewal::State state);
Renewal::State renewalStateFromCode(const QString &code);

struct Employer {
    qint64 id = 0;
    QString name;
    QString taxCode; // codice fiscale or partita IVA
    QString address;
    int comuneId = 0; // 0: not given
    QString pec;
    QString email;
    QString phone;
};

struct Volunteer {
    enum class Employment { Employee, SelfEmployed, NotWorking };
    qint64 id = 0;
    qint64 organisationId = 0;
    QString lastName;
    QString firstName;
    QString taxCode;
    QDate birthDate;
    int comuneId = 0; // residence: any Italian comune
    QString address;
    QString phone;
    QString email;
    Employment employment = Employment::Employee;
    qint64 employerId = 0; // 0: none
    bool active = true;
    QString notes;

    QString fullName() const { return lastName + QLatin1Char(' ') + firstName; }
    bool needsAttestati() const { return employment != Employment::NotWorking; }
};
QString employmentCode(Volunteer::Employment e);
Volunteer::Employment employmentFromCode(const QString &code);

struct Qualification {
    enum class Kind { Course, Qualification };
    qint64 id = 0;
    qint64 volunteerId = 0;
    Kind kind = Kind::Course;
    QString name;
    QDate obtainedOn;
    QDate expiresOn; // invalid: does not expire
    QString notes;
};

struct ActivationEvent {
    qint64 id = 0;
    QString name;
    EventType type = EventType::Ordinary;
    QString authorisingAct;
    QDate startDate;
    QDate endDate; // invalid: still open
    QString notes;

    bool covers(const QDate &day) const
    {
        return day.isValid() && day >= startDate && (!endDate.isValid() || day <= endDate);
    }
};

struct Service {
    qint64 id = 0;
    QString code;
    QString name;
    bool published = false;
    int sortOrder = 0;
    bool active = true;
};

// One row of the activation ledger.
struct Activation {
    qint64 id = 0;
    bool reversal = false;
    qint64 reversesId = 0;
    qint64 eventId = 0;
    qint64 volunteerId = 0;
    qint64 organisationId = 0;
    QDate day;
    qint64 serviceId = 0;
    int comuneId = 0; // where: 0 when not given
    QString place;
    QString reason; // reversals
};

} // namespace volunteers
