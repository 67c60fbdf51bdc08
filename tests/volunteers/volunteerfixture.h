#pragma once

#include "core/domain/clock.h"
#include "support/testdatabase.h"
#include "volunteers/domain/volunteertypes.h"

// A small world for the volunteers tests, on a fresh TestDatabase: two
// organisations, volunteers with and without employer, events of each
// type, the published services. Ids are kept for the tests.
struct VolunteerFixture {
    VolunteerFixture();

    testsupport::TestDatabase database;
    core::FixedClock clock { QDateTime(QDate(2021, 3, 19), QTime(10, 0)) };
    bool ok = false;
    QString error;

    qint64 organisation = 0; // Gruppo comunale di Peschiera Borromeo
    qint64 otherOrganisation = 0; // an association in Milano
    qint64 employer = 0;
    qint64 rossi = 0; // employee with employer
    qint64 bianchi = 0; // employee with employer
    qint64 verdi = 0; // employee without employer
    qint64 neri = 0; // retired: needs no attestato
    qint64 covid = 0; // 31/01/2020 - 31/03/2022
    qint64 ordinary = 0; // 01/06/2020 - 31/12/2020
    qint64 training = 0; // 14/09/2020 - 27/09/2020
    qint64 coc = 0; // service "supporto COC"
    qint64 salaCcvmi = 0; // "sala operativa CCV-MI"
    int peschiera = 0; // comune id
    int milano = 15146;

    QSqlDatabase db() const { return database.db(); }
    volunteers::Volunteer makeVolunteer(
        const QString &surname, const QString &name, const QDate &birth, qint64 org, qint64 employerId);
};
