// The Colonna Mobile's rules without a database: Italian plates, the due
// boundaries of revisions and insurance (injected "today"), the checks on
// a vehicle and on a maintenance entry.

#include "fleet/domain/fleetrules.h"

#include <QTest>

using namespace fleet;

Q_DECLARE_METATYPE(fleet::DueState)

class TestFleetRules : public QObject {
    Q_OBJECT
private slots:
    void plates_data();
    void plates();
    void plateDisplay();
    void due_data();
    void due();
    void vehicle_data();
    void vehicle();
    void maintenance_data();
    void maintenance();
};

void TestFleetRules::plates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("current") << "AB123CD" << "AB123CD" << "";
    QTest::newRow("current, spaces and lower case") << " ab 123 cd " << "AB123CD" << "";
    QTest::newRow("current, hyphens") << "FT-456-GH" << "FT456GH" << "";
    QTest::newRow("trailer series X") << "XA 123 BC" << "XA123BC" << "";
    QTest::newRow("letter I never used") << "AI123CD" << "" << "fleet.plate_format";
    QTest::newRow("letter O never used") << "AB123CO" << "" << "fleet.plate_format";
    QTest::newRow("letter Q never used") << "QB123CD" << "" << "fleet.plate_format";
    QTest::newRow("letter U never used") << "AB123UD" << "" << "fleet.plate_format";
    QTest::newRow("too short") << "AB12CD" << "" << "fleet.plate_format";
    QTest::newRow("digits and letters swapped") << "123ABCD" << "" << "fleet.plate_format";
    QTest::newRow("motorcycle") << "AB 12345" << "AB12345" << "";
    QTest::newRow("old Milano, digits") << "MI 123456" << "MI123456" << "";
    QTest::newRow("old Milano, letter first") << "MI A12345" << "MIA12345" << "";
    QTest::newRow("old Roma") << "ROMA 123456" << "ROMA123456" << "";
    QTest::newRow("old, unknown province") << "ZZ 123456" << "" << "fleet.plate_format";
    QTest::newRow("old, too few digits") << "MI ABC123" << "" << "fleet.plate_format";
    QTest::newRow("Croce Rossa") << "CRI 123 AB" << "CRI123AB" << "";
    QTest::newRow("Esercito") << "EI AB 123" << "EIAB123" << "";
    QTest::newRow("Vigili del Fuoco") << "VF 12345" << "VF12345" << "";
    QTest::newRow("Carabinieri") << "CC AB 123" << "CCAB123" << "";
    QTest::newRow("Protezione civile") << "PC 123 AB" << "PC123AB" << "";
    QTest::newRow("Dipartimento PC") << "DPC 0042" << "DPC0042" << "";
    QTest::newRow("special without digits") << "CRI ABCD" << "" << "fleet.plate_format";
    QTest::newRow("special too long") << "VF 1234567" << "" << "fleet.plate_format";
    QTest::newRow("empty") << "  " << "" << "fleet.plate_missing";
    QTest::newRow("punctuation") << "AB#123CD" << "" << "fleet.plate_format";
}

void TestFleetRules::plates()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, error);
    const auto plate = Plate::normalise(typed);
    if (stored.isEmpty()) {
        QVERIFY(!plate);
        QCOMPARE(plate.error().code, error);
    } else {
        QVERIFY2(plate, qPrintable(plate ? QString() : plate.error().code));
        QCOMPARE(*plate, stored);
    }
}

void TestFleetRules::plateDisplay()
{
    QCOMPARE(Plate::display(QStringLiteral("AB123CD")), QStringLiteral("AB 123 CD"));
    QCOMPARE(Plate::display(QStringLiteral("CRI123AB")), QStringLiteral("CRI123AB"));
}

void TestFleetRules::due_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<fleet::DueState>("state");
    const QDate today(2026, 3, 10);
    QTest::newRow("no date") << QDate() << DueState::Unknown;
    QTest::newRow("yesterday: overdue") << today.addDays(-1) << DueState::Overdue;
    QTest::newRow("a year ago: overdue") << today.addYears(-1) << DueState::Overdue;
    QTest::newRow("today: due, not overdue") << today << DueState::DueSoon;
    QTest::newRow("tomorrow") << today.addDays(1) << DueState::DueSoon;
    QTest::newRow("in 30 days: due") << today.addDays(30) << DueState::DueSoon;
    QTest::newRow("in 31 days: not yet") << today.addDays(31) << DueState::Ok;
    QTest::newRow("next year") << today.addYears(1) << DueState::Ok;
}

void TestFleetRules::due()
{
    QFETCH(QDate, due);
    QFETCH(fleet::DueState, state);
    QCOMPARE(dueState(due, QDate(2026, 3, 10)), state);
}

void TestFleetRules::vehicle_data()
{
    QTest::addColumn<QString>("plate");
    QTest::addColumn<QDate>("registered");
    QTest::addColumn<QDate>("revision");
    QTest::addColumn<qint64>("km");
    QTest::addColumn<qint64>("previousKm");
    QTest::addColumn<bool>("organisationOwner");
    QTest::addColumn<QString>("error");
    const QDate reg(2018, 5, 2);
    QTest::newRow("fine") << "AB123CD" << reg << QDate(2026, 5, 2) << qint64(120000) << qint64(-1) << false << "";
    QTest::newRow("revision on the registration day") << "AB123CD" << reg << reg << qint64(0) << qint64(-1) << false << "";
    QTest::newRow("revision before registration") << "AB123CD" << reg << reg.addDays(-1) << qint64(0) << qint64(-1) << false
                                                  << "fleet.revision_before_registration";
    QTest::newRow("registered tomorrow") << "AB123CD" << QDate(2026, 3, 11) << QDate() << qint64(0) << qint64(-1) << false
                                         << "fleet.registration_in_future";
    QTest::newRow("bad plate") << "A123" << reg << QDate() << qint64(0) << qint64(-1) << false << "fleet.plate_format";
    QTest::newRow("negative km") << "AB123CD" << reg << QDate() << qint64(-5) << qint64(-1) << false << "fleet.km_out_of_range";
    QTest::newRow("absurd km") << "AB123CD" << reg << QDate() << qint64(2000001) << qint64(-1) << false << "fleet.km_out_of_range";
    QTest::newRow("odometer backwards") << "AB123CD" << reg << QDate() << qint64(99999) << qint64(100000) << false
                                        << "fleet.odometer_backwards";
    QTest::newRow("odometer unchanged") << "AB123CD" << reg << QDate() << qint64(100000) << qint64(100000) << false << "";
    QTest::newRow("organisation owner without organisation") << "AB123CD" << reg << QDate() << qint64(0) << qint64(-1) << true
                                                             << "fleet.owner_organisation_missing";
}

void TestFleetRules::vehicle()
{
    QFETCH(QString, plate);
    QFETCH(QDate, registered);
    QFETCH(QDate, revision);
    QFETCH(qint64, km);
    QFETCH(qint64, previousKm);
    QFETCH(bool, organisationOwner);
    QFETCH(QString, error);
    Vehicle v;
    v.plate = plate;
    v.registrationDate = registered;
    v.revisionDue = revision;
    v.odometerKm = km;
    if (organisationOwner)
        v.owner = Vehicle::Owner::Organisation;
    const core::Status s = checkVehicle(v, previousKm, QDate(2026, 3, 10));
    if (error.isEmpty())
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().code));
    else
        QCOMPARE(s.ok() ? QString() : s.error().code, error);
}

void TestFleetRules::maintenance_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("km");
    QTest::addColumn<QString>("work");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("error");
    const QDate today(2026, 3, 10);
    QTest::newRow("fine") << today << qint64(1000) << "Tagliando" << qint64(24550) << "";
    QTest::newRow("no day") << QDate() << qint64(1000) << "Tagliando" << qint64(0) << "fleet.day_missing";
    QTest::newRow("tomorrow") << today.addDays(1) << qint64(1000) << "Tagliando" << qint64(0) << "fleet.day_in_future";
    QTest::newRow("no work") << today << qint64(1000) << "  " << qint64(0) << "fleet.maintenance_work_missing";
    QTest::newRow("negative km") << today << qint64(-1) << "Tagliando" << qint64(0) << "fleet.km_out_of_range";
    QTest::newRow("absurd km") << today << qint64(5000000) << "Tagliando" << qint64(0) << "fleet.km_out_of_range";
    QTest::newRow("negative cost") << today << qint64(10) << "Tagliando" << qint64(-1) << "fleet.cost_out_of_range";
}

void TestFleetRules::maintenance()
{
    QFETCH(QDate, day);
    QFETCH(qint64, km);
    QFETCH(QString, work);
    QFETCH(qint64, cents);
    QFETCH(QString, error);
    MaintenanceEntry e;
    e.vehicleId = 1;
    e.day = day;
    e.km = km;
    e.work = work;
    e.costCents = cents;
    const core::Status s = checkMaintenance(e, QDate(2026, 3, 10));
    QCOMPARE(s.ok() ? QString() : s.error().code, error);
}

QTEST_GUILESS_MAIN(TestFleetRules)
#include "tst_fleetrules.moc"
