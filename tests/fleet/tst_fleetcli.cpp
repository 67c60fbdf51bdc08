// `cisiamo deployment record` and `cisiamo report deployments`, the real
// program on a small database: bad input refused with nothing written, a
// vehicle not fit only with --override-reason, the permission (an
// operator may not deploy), then a deployment recorded exactly as the
// window records it (the same command: lines, activations, odometer,
// audit) and listed as CSV.

#include "fleetfixture.h"

#include "support/demodatabase.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include "core/db/sql.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetsync.h"

#include <QSqlDatabase>
#include <QTest>

using namespace fleet;
using namespace fleettest;
using testsupport::runSignedIn;

class TestFleetCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void operatorMayNotDeploy();
    void deploymentRecordedAndListed();
    void demoModulesAreAMix();

private:
    testsupport::ProcessResult cli(QStringList arguments, const QString &user = QStringLiteral("coord"))
    {
        return runSignedIn(
            QStringList { QStringLiteral("--db"), m_database->path(), QStringLiteral("--lang"), QStringLiteral("it") }
                + arguments,
            {}, { user, testsupport::testPassword });
    }
    QByteArray content() const
    {
        QByteArray hash;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(m_database->path());
            if (db.open())
                hash = testsupport::contentHash(db);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return hash;
    }
    qint64 number(const QString &sql, const QVariantList &binds = {}) const
    {
        auto v = core::queryValue(m_database->db(), sql, binds);
        return v ? v->toLongLong() : -1;
    }
    QStringList base() const
    {
        return { QStringLiteral("deployment"), QStringLiteral("record"), QStringLiteral("--event"),
            QString::number(m_event), QStringLiteral("--service"), QStringLiteral("colonna"), QStringLiteral("--scope"),
            QStringLiteral("outside_province"), QStringLiteral("--requested-by"), QStringLiteral("Regione Lombardia"),
            QStringLiteral("--from"), QStringLiteral("10/03/2026"), QStringLiteral("--to"), QStringLiteral("12/03/2026") };
    }

    std::unique_ptr<testsupport::TestDatabase> m_database;
    qint64 m_event = 0, m_fit = 0, m_late = 0, m_pump = 0, m_module = 0, m_volunteer = 0;
};

void TestFleetCli::initTestCase()
{
    declareSyncTables();
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY(m_database->isValid());
    const QSqlDatabase db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(db));
    const qint64 organisation = addOrganisation(db, QStringLiteral("Gruppo Comunale PC Segrate"));
    m_fit = addVehicle(db, van(QStringLiteral("AB123CD"), today.addDays(200), today.addDays(200)));
    m_late = addVehicle(db, van(QStringLiteral("EF456GH"), today.addDays(-3), today.addDays(200)));
    m_pump = addEquipment(db, QStringLiteral("Motopompa"), QStringLiteral("MP-1"));
    m_event = addEvent(db);
    QVERIFY(addService(db));
    m_volunteer = addVolunteer(db, organisation, QStringLiteral("RSSMRA80A01F205A"), QStringLiteral("Rossi"),
        { QStringLiteral("Patente C per mezzi pesanti") }, today.addYears(2));
    ColonnaModule m;
    m.name = QStringLiteral("Modulo idrogeologico");
    m.vehicleIds = { m_fit };
    m.equipmentIds = { m_pump };
    QVERIFY(ModuleRepository(db).saveModule(m).ok());
    m_module = m.id;
    QVERIFY(organisation && m_fit && m_late && m_pump && m_event && m_volunteer && m_module);
}

void TestFleetCli::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("replace"); // option, value (empty value: drop the option)
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // in stderr (Italian)

    QTest::newRow("unknown scope") << QStringList { "--scope", "regione" } << QStringList { "--vehicle", "AB123CD:100" }
                                   << 2 << "--scope";
    QTest::newRow("unknown event") << QStringList { "--event", "Terremoto inventato" }
                                   << QStringList { "--vehicle", "AB123CD:100" } << 2 << "Terremoto inventato";
    QTest::newRow("unknown service") << QStringList { "--service", "pesca" } << QStringList { "--vehicle", "AB123CD" }
                                     << 2 << "pesca";
    QTest::newRow("requester missing") << QStringList { "--requested-by", "" }
                                       << QStringList { "--vehicle", "AB123CD" } << 2 << "--requested-by";
    QTest::newRow("unknown plate") << QStringList {} << QStringList { "--vehicle", "ZZ999ZZ:10" } << 2 << "ZZ999ZZ";
    QTest::newRow("km not a number") << QStringList {} << QStringList { "--vehicle", "AB123CD:tanti" } << 2
                                     << "AB123CD:tanti";
    QTest::newRow("unknown serial") << QStringList {} << QStringList { "--equipment", "XX-0" } << 2 << "XX-0";
    QTest::newRow("unknown volunteer") << QStringList {} << QStringList { "--volunteer", "RSSMRA80A01F205Z" } << 2
                                       << "RSSMRA80A01F205Z";
    QTest::newRow("unknown module") << QStringList {} << QStringList { "--module", "Modulo marziano" } << 2
                                    << "Modulo marziano";
    QTest::newRow("bad date") << QStringList { "--to", "31/02/2026" } << QStringList { "--vehicle", "AB123CD" } << 2
                              << "gg/mm/aaaa";
    QTest::newRow("dates reversed") << QStringList { "--to", "01/03/2026" } << QStringList { "--vehicle", "AB123CD" }
                                    << 1 << "prima";
    QTest::newRow("nothing sent") << QStringList {} << QStringList {} << 1 << "non manda nulla";
    QTest::newRow("km out of range") << QStringList {} << QStringList { "--vehicle", "AB123CD:250000" } << 1
                                     << "250.000";
    QTest::newRow("vehicle not fit, no reason") << QStringList {} << QStringList { "--vehicle", "EF456GH:40" } << 1
                                                << "non può essere impiegato";
}

void TestFleetCli::badInputWritesNothing()
{
    QFETCH(QStringList, replace);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList arguments = base();
    if (!replace.isEmpty()) {
        const qsizetype at = arguments.indexOf(replace.at(0));
        QVERIFY(at >= 0);
        if (replace.at(1).isEmpty())
            arguments.remove(at, 2);
        else
            arguments[at + 1] = replace.at(1);
    }
    arguments += extra;
    const QByteArray before = content();
    const auto r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message, Qt::CaseInsensitive), r.err.constData());
    QCOMPARE(content(), before);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment")), qint64(0));
}

void TestFleetCli::operatorMayNotDeploy()
{
    const QByteArray before = content();
    const auto r = cli(base() + QStringList { QStringLiteral("--vehicle"), QStringLiteral("AB123CD:100") },
        QStringLiteral("oper"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(content(), before);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment")), qint64(0));
}

void TestFleetCli::deploymentRecordedAndListed()
{
    // The module (the fit van and the pump), the late van with a reason,
    // 100 km on the fit one and 40 on the other, one volunteer by codice fiscale.
    const auto r = cli(base()
        + QStringList { QStringLiteral("--module"), QStringLiteral("modulo idrogeologico"), QStringLiteral("--vehicle"),
            QStringLiteral("AB 123 CD:100"), QStringLiteral("--vehicle"), QStringLiteral("EF456GH:40"),
            QStringLiteral("--volunteer"), QStringLiteral("RSSMRA80A01F205A"), QStringLiteral("--comune"),
            QStringLiteral("Segrate"), QStringLiteral("--override-reason"),
            QStringLiteral("Revisione prenotata, unico fuoristrada disponibile") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment WHERE scope = 'outside_province' "
                                   "AND requested_by = 'Regione Lombardia' AND comune_id IS NOT NULL")),
        qint64(1));
    // A line per module, vehicle, piece and volunteer; the reason kept on the unfit van only.
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_item")), qint64(5));
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_item WHERE override_reason <> ''")), qint64(1));
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_item WHERE vehicle_id = ? "
                                   "AND override_reason <> ''"),
                 { m_late }),
        qint64(1));
    QCOMPARE(number(QStringLiteral("SELECT odometer_km FROM fleet_vehicle WHERE id = ?"), { m_fit }), qint64(50100));
    QCOMPARE(number(QStringLiteral("SELECT odometer_km FROM fleet_vehicle WHERE id = ?"), { m_late }), qint64(50040));
    // Three days of the volunteer on the activation ledger.
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM activation WHERE volunteer_id = ?"), { m_volunteer }), qint64(3));
    // Audited as the window's command, under the coordinator.
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' "
                                   "AND detail LIKE 'fleet.deployment.record %' AND detail LIKE '%override vehicle%'")),
        qint64(1));

    const auto list = cli({ QStringLiteral("report"), QStringLiteral("deployments"), QStringLiteral("--from"),
        QStringLiteral("01/03/2026"), QStringLiteral("--to"), QStringLiteral("31/03/2026"), QStringLiteral("--format"),
        QStringLiteral("csv") });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QString csv = QString::fromUtf8(list.out);
    QVERIFY2(csv.contains(QStringLiteral("Alluvione Seveso")), list.out.constData());
    QVERIFY(csv.contains(QStringLiteral("Regione Lombardia")));
    QVERIFY(csv.contains(QStringLiteral("Modulo idrogeologico")));
    QVERIFY(csv.contains(QStringLiteral("AB 123 CD")));
    QVERIFY(csv.contains(QStringLiteral(",140,"))); // km
    // Outside the period: none.
    const auto none = cli({ QStringLiteral("report"), QStringLiteral("deployments"), QStringLiteral("--from"),
        QStringLiteral("01/04/2026"), QStringLiteral("--to"), QStringLiteral("30/04/2026"), QStringLiteral("--format"),
        QStringLiteral("csv") });
    QCOMPARE(none.exitCode, 0);
    QVERIFY(!QString::fromUtf8(none.out).contains(QStringLiteral("Alluvione Seveso")));
}

void TestFleetCli::demoModulesAreAMix()
{
    // The demo renews two expiring qualifications in three: on its clock
    // most modules could leave, and some are held back by a vehicle.
    QTemporaryDir dir;
    const QString path = copyOfDemoDatabase(dir);
    QVERIFY(!path.isEmpty());
    int ready = 0, modules = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        auto all = Readiness::all(db, testsupport::testToday(), true);
        QVERIFY(all);
        modules = int(all->size());
        for (const ModuleReadiness &m : std::as_const(*all))
            ready += m.ready() ? 1 : 0;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo"));
    QCOMPARE(modules, 6);
    QVERIFY2(ready >= 3 && ready < modules, qPrintable(QString::number(ready)));
}

QTEST_GUILESS_MAIN(TestFleetCli)
#include "tst_fleetcli.moc"
