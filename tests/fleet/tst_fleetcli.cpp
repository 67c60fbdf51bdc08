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
#include "support/xlsxfromcsv.h"

#include "core/db/sql.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetsync.h"

#include <QFile>
#include <QFileInfo>
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
    void amendBadInputWritesNothing_data();
    void amendBadInputWritesNothing();
    void deploymentCorrectedAndVoided();
    void overrideReasonPerLine();
    void importSheetBadInputWritesNothing_data();
    void importSheetBadInputWritesNothing();
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
    qint64 deploymentId() const { return number(QStringLiteral("SELECT min(id) FROM fleet_deployment")); }
    QString deploymentNumber() const
    {
        auto v = core::queryValue(m_database->db(),
            QStringLiteral("SELECT number FROM fleet_deployment WHERE id = (SELECT min(id) FROM fleet_deployment)"));
        return v ? v->toString() : QString();
    }
    qint64 odometer(qint64 vehicle) const
    {
        return number(QStringLiteral("SELECT odometer_km FROM fleet_vehicle_odometer WHERE vehicle_id = ?"), { vehicle });
    }

    qint64 m_event = 0, m_fit = 0, m_late = 0, m_uninsured = 0, m_pump = 0, m_module = 0, m_volunteer = 0;
};

void TestFleetCli::initTestCase()
{
    fleet::declareSyncTables();
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY(m_database->isValid());
    const QSqlDatabase db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(db));
    const qint64 organisation = addOrganisation(db, QStringLiteral("Gruppo Comunale PC Segrate"));
    m_fit = addVehicle(db, van(QStringLiteral("AB123CD"), today.addDays(200), today.addDays(200)));
    m_late = addVehicle(db, van(QStringLiteral("EF456GH"), today.addDays(-3), today.addDays(200)));
    m_uninsured = addVehicle(db, van(QStringLiteral("GH789JK"), today.addDays(200), today.addDays(-1)));
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
    QVERIFY(organisation && m_fit && m_late && m_uninsured && m_pump && m_event && m_volunteer && m_module);
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
    // --override-reason: one reason for one line, or one per line.
    QTest::newRow("one reason for two lines not fit")
        << QStringList {}
        << QStringList { "--vehicle", "EF456GH:40", "--vehicle", "GH789JK:10", "--override-reason", "Unico mezzo" } << 2
        << "EF 456 GH, GH 789 JK";
    QTest::newRow("two reasons without a line")
        << QStringList {} << QStringList { "--vehicle", "EF456GH:40", "--override-reason", "Uno", "--override-reason", "Due" }
        << 2 << "--override-reason";
    QTest::newRow("reason for an unknown plate")
        << QStringList {} << QStringList { "--vehicle", "EF456GH:40", "--override-reason", "vehicle:ZZ999ZZ=Unico mezzo" }
        << 2 << "ZZ999ZZ";
    QTest::newRow("reason for an unknown serial")
        << QStringList {} << QStringList { "--vehicle", "EF456GH:40", "--override-reason", "equipment:XX-9=Unica pompa" }
        << 2 << "XX-9";
    QTest::newRow("reason for a vehicle that does not go")
        << QStringList {} << QStringList { "--vehicle", "AB123CD:40", "--override-reason", "vehicle:EF456GH=Unico mezzo" }
        << 2 << "EF 456 GH";
    QTest::newRow("reason missing after =")
        << QStringList {} << QStringList { "--vehicle", "EF456GH:40", "--override-reason", "vehicle:EF456GH= " } << 2
        << "vehicle:EF456GH=";
    QTest::newRow("two reasons for one line")
        << QStringList {}
        << QStringList { "--vehicle", "EF456GH:40", "--override-reason", "vehicle:EF456GH=Uno", "--override-reason",
               "vehicle:ef 456 gh=Due" }
        << 2 << "ef 456 gh";
    QTest::newRow("a reason for one line, none for the other")
        << QStringList {}
        << QStringList { "--vehicle", "EF456GH:40", "--vehicle", "GH789JK:10", "--override-reason",
               "vehicle:EF456GH=Revisione prenotata" }
        << 1 << "GH 789 JK non può essere impiegato";
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
    // The message, before the usage text that follows a usage error.
    const QString said = QString::fromUtf8(r.err).section(QStringLiteral("\n\n"), 0, 0);
    QVERIFY2(said.contains(message, Qt::CaseInsensitive), r.err.constData());
    QVERIFY2(!said.contains(QLatin1String("fleet.")), r.err.constData());
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
    QCOMPARE(odometer(m_fit), qint64(50100));
    QCOMPARE(odometer(m_late), qint64(50040));
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

void TestFleetCli::amendBadInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // ID: the deployment recorded above
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("void: no number") << QStringList { "deployment", "void", "--reason", "Doppione" } << 2
                                     << "deployment void N";
    QTest::newRow("void: not a number") << QStringList { "deployment", "void", "primo", "--reason", "Doppione" } << 2
                                        << "report deployments";
    QTest::newRow("void: no reason") << QStringList { "deployment", "void", "ID" } << 2 << "--reason";
    QTest::newRow("void: unknown deployment") << QStringList { "deployment", "void", "999999", "--reason", "Doppione" }
                                              << 1 << "999999";
    QTest::newRow("correct: no vehicle") << QStringList { "deployment", "correct", "ID", "--reason", "Errore" } << 2
                                         << "--vehicle";
    QTest::newRow("correct: no km")
        << QStringList { "deployment", "correct", "ID", "--vehicle", "AB123CD", "--reason", "Errore" } << 2 << "AB123CD";
    QTest::newRow("correct: unknown plate")
        << QStringList { "deployment", "correct", "ID", "--vehicle", "ZZ999ZZ:10", "--reason", "Errore" } << 2 << "ZZ999ZZ";
    QTest::newRow("correct: a vehicle that did not go")
        << QStringList { "deployment", "correct", "ID", "--vehicle", "GH789JK:10", "--reason", "Errore" } << 1
        << "GH 789 JK";
    QTest::newRow("correct: the same km")
        << QStringList { "deployment", "correct", "ID", "--vehicle", "AB123CD:100", "--reason", "Errore" } << 1
        << "km";
    QTest::newRow("correct: absurd km")
        << QStringList { "deployment", "correct", "ID", "--vehicle", "AB123CD:250000", "--reason", "Errore" } << 1
        << "250.000";
    QTest::newRow("correct: no reason") << QStringList { "deployment", "correct", "ID", "--vehicle", "AB123CD:10" } << 2
                                        << "--reason";
    QTest::newRow("unknown subcommand") << QStringList { "deployment", "cancel", "ID" } << 2 << "withdraw";
    QTest::newRow("void: unknown number") << QStringList { "deployment", "void", "IMP-2026-0999", "--reason", "Doppione" }
                                          << 1 << "IMP-2026-0999";
    QTest::newRow("void: a number of another shape") << QStringList { "deployment", "void", "IMP-26-1", "--reason", "X" }
                                                     << 2 << "IMP-2026-0012";
    QTest::newRow("withdraw: nothing named") << QStringList { "deployment", "withdraw", "NUM", "--reason", "Errore" } << 2
                                             << "--volunteer";
    QTest::newRow("withdraw: two named")
        << QStringList { "deployment", "withdraw", "NUM", "--vehicle", "AB123CD", "--equipment", "MP-1", "--reason", "X" }
        << 2 << "--volunteer";
    QTest::newRow("withdraw: no reason") << QStringList { "deployment", "withdraw", "NUM", "--vehicle", "AB123CD" } << 2
                                         << "--reason";
    QTest::newRow("withdraw: unknown plate")
        << QStringList { "deployment", "withdraw", "NUM", "--vehicle", "ZZ999ZZ", "--reason", "Errore" } << 2 << "ZZ999ZZ";
    QTest::newRow("withdraw: a vehicle that did not go")
        << QStringList { "deployment", "withdraw", "NUM", "--vehicle", "GH789JK", "--reason", "Errore" } << 1
        << "GH 789 JK";
    QTest::newRow("withdraw: unknown volunteer")
        << QStringList { "deployment", "withdraw", "NUM", "--volunteer", "XXXXXX00X00X000X", "--reason", "Errore" } << 2
        << "XXXXXX00X00X000X";
}

void TestFleetCli::amendBadInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qint64 id = deploymentId();
    QVERIFY(id > 0);
    arguments.replaceInStrings(QStringLiteral("ID"), QString::number(id));
    arguments.replaceInStrings(QStringLiteral("NUM"), deploymentNumber());
    const QByteArray before = content();
    const auto r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    // The message, before the usage text that follows a usage error.
    const QString said = QString::fromUtf8(r.err).section(QStringLiteral("\n\n"), 0, 0);
    QVERIFY2(said.contains(message, Qt::CaseInsensitive), r.err.constData());
    QVERIFY2(!said.contains(QLatin1String("fleet.")), r.err.constData());
    QCOMPARE(content(), before);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_void")), qint64(0));
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_correction")), qint64(0));
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_item_void")), qint64(0));
}

void TestFleetCli::deploymentCorrectedAndVoided()
{
    const qint64 id = deploymentId();
    // By its number, as on paper (the id works too: the bad input above).
    const QString number = deploymentNumber();
    QCOMPARE(number, QStringLiteral("IMP-2026-0001"));
    // 100 km typed for 10 on the fit van.
    const auto corrected = cli({ QStringLiteral("deployment"), QStringLiteral("correct"), number, QStringLiteral("--vehicle"),
        QStringLiteral("AB 123 CD:10"), QStringLiteral("--reason"), QStringLiteral("Digitati 100 km invece di 10") });
    QVERIFY2(corrected.exitCode == 0, corrected.err.constData());
    QVERIFY2(corrected.out.contains(number.toUtf8()) && corrected.out.contains(" 100 ") && corrected.out.contains(" 10 km"),
        corrected.out.constData());
    QCOMPARE(odometer(m_fit), qint64(50010));
    QCOMPARE(this->number(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                         "'fleet.deployment.correct %'")),
        qint64(1));
    const QStringList csvArguments { QStringLiteral("report"), QStringLiteral("deployments"), QStringLiteral("--from"),
        QStringLiteral("01/03/2026"), QStringLiteral("--to"), QStringLiteral("31/03/2026"), QStringLiteral("--format"),
        QStringLiteral("csv") };
    auto list = cli(csvArguments);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    // The state in words (Italian once translations/pending/fleet-void.json is merged into the .ts).
    QVERIFY2(list.out.contains(",50,") && (list.out.contains("corretto") || list.out.contains("corrected")),
        list.out.constData());
    QVERIFY2(list.out.contains("IMP-2026-0001"), list.out.constData());

    // The late van went by mistake: withdrawn, its 40 km leave its odometer.
    const auto withdrawn = cli({ QStringLiteral("deployment"), QStringLiteral("withdraw"), number.toLower(),
        QStringLiteral("--vehicle"), QStringLiteral("EF 456 GH"), QStringLiteral("--reason"),
        QStringLiteral("Rimasto in sede") });
    QVERIFY2(withdrawn.exitCode == 0, withdrawn.err.constData());
    QVERIFY2(withdrawn.out.contains("EF 456 GH") && withdrawn.out.contains(number.toUtf8()) && withdrawn.out.contains("40 km"),
        withdrawn.out.constData());
    QCOMPARE(odometer(m_late), qint64(50000));
    QCOMPARE(this->number(QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                         "'fleet.deployment.withdraw %'")),
        qint64(1));

    // Voided: the km leave the odometers, the volunteer's three days are reversed.
    const auto voided = cli({ QStringLiteral("deployment"), QStringLiteral("void"), number, QStringLiteral("--reason"),
        QStringLiteral("La colonna non è partita") });
    QVERIFY2(voided.exitCode == 0, voided.err.constData());
    QVERIFY2(voided.out.contains(number.toUtf8()) && voided.out.contains("10 km") && voided.out.contains(": 3."),
        voided.out.constData());
    QCOMPARE(odometer(m_fit), qint64(50000));
    QCOMPARE(odometer(m_late), qint64(50000));
    QCOMPARE(this->number(QStringLiteral("SELECT count(*) FROM activation_effective WHERE volunteer_id = ?"),
                 { m_volunteer }),
        qint64(0));
    list = cli(csvArguments);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY2(list.out.contains("ANNULLATO") || list.out.contains("VOIDED"), list.out.constData());
    QVERIFY2(list.out.contains(QByteArray::number(id)), list.out.constData());
    // A voided deployment is changed no more.
    const QByteArray before = content();
    const auto again = cli({ QStringLiteral("deployment"), QStringLiteral("void"), number, QStringLiteral("--reason"),
        QStringLiteral("Ancora") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("Alluvione Seveso") && !again.err.contains("fleet."), again.err.constData());
    QCOMPARE(content(), before);
    // The PDF names the void and its reason.
    const QString pdf = m_database->dir() + QStringLiteral("/impieghi.pdf");
    const auto printed = cli(QStringList(csvArguments.mid(0, 6)) + QStringList { QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestFleetCli::overrideReasonPerLine()
{
    // Two vans not fit, each with its own reason; the module's members
    // (the fit van, the pump) need none. Days after the voided deployment.
    const QStringList arguments { QStringLiteral("deployment"), QStringLiteral("record"), QStringLiteral("--event"),
        QString::number(m_event), QStringLiteral("--service"), QStringLiteral("colonna"), QStringLiteral("--scope"),
        QStringLiteral("province"), QStringLiteral("--requested-by"), QStringLiteral("Prefettura di Milano"),
        QStringLiteral("--from"), QStringLiteral("20/03/2026"), QStringLiteral("--module"), QStringLiteral("Modulo idrogeologico"),
        QStringLiteral("--vehicle"), QStringLiteral("EF456GH:30"), QStringLiteral("--vehicle"), QStringLiteral("GH789JK:20"),
        QStringLiteral("--override-reason"), QStringLiteral("vehicle:EF 456 GH=Revisione prenotata per lunedì"),
        QStringLiteral("--override-reason"), QStringLiteral("vehicle:GH789JK=Assicurazione rinnovata, polizza in arrivo") };
    const auto r = cli(arguments);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 id = number(QStringLiteral("SELECT max(id) FROM fleet_deployment"));
    auto reason = [&](qint64 vehicle) {
        auto v = core::queryValue(m_database->db(),
            QStringLiteral("SELECT override_reason FROM fleet_deployment_item WHERE deployment_id = ? AND vehicle_id = ?"),
            { id, vehicle });
        return v ? v->toString() : QString();
    };
    QCOMPARE(reason(m_late), QStringLiteral("Revisione prenotata per lunedì"));
    QCOMPARE(reason(m_uninsured), QStringLiteral("Assicurazione rinnovata, polizza in arrivo"));
    QCOMPARE(reason(m_fit), QString());
    // One reason alone goes to the one line not fit, as before.
    const auto single = cli({ QStringLiteral("deployment"), QStringLiteral("record"), QStringLiteral("--event"),
        QString::number(m_event), QStringLiteral("--service"), QStringLiteral("colonna"), QStringLiteral("--scope"),
        QStringLiteral("province"), QStringLiteral("--requested-by"), QStringLiteral("Prefettura di Milano"),
        QStringLiteral("--from"), QStringLiteral("25/03/2026"), QStringLiteral("--vehicle"), QStringLiteral("AB123CD:10"),
        QStringLiteral("--vehicle"), QStringLiteral("EF456GH:10"), QStringLiteral("--override-reason"),
        QStringLiteral("Unico fuoristrada") });
    QVERIFY2(single.exitCode == 0, single.err.constData());
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_item WHERE override_reason = 'Unico fuoristrada'")),
        qint64(1));
}

void TestFleetCli::importSheetBadInputWritesNothing_data()
{
    QTest::addColumn<QString>("file"); // mezzi.xlsx or mezzi.csv
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("a sheet the workbook lacks") << "mezzi.xlsx" << "Attrezzature" << 1 << "«Attrezzature»";
    QTest::newRow("a sheet of a CSV") << "mezzi.csv" << "Mezzi" << 1 << "--sheet «Mezzi»";
    QTest::newRow("an empty sheet name") << "mezzi.xlsx" << " " << 2 << "--sheet";
}

void TestFleetCli::importSheetBadInputWritesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray csv = "targa;tipo;proprietario\nZZ 111 ZZ;furgone;Città metropolitana\n";
    const QString path = m_database->dir() + QLatin1Char('/') + file;
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(file.endsWith(QLatin1String(".xlsx")) ? testsupport::xlsxFromCsv(csv) : csv);
    out.close();
    const QByteArray before = content();
    const auto r = cli({ QStringLiteral("import"), QStringLiteral("vehicles"), path, QStringLiteral("--sheet"), sheet });
    QCOMPARE(r.exitCode, exitCode);
    const QString said = QString::fromUtf8(r.err).section(QStringLiteral("\n\n"), 0, 0);
    QVERIFY2(said.contains(message), r.err.constData());
    QVERIFY2(!said.contains(QLatin1String("xlsx.")), r.err.constData());
    QCOMPARE(content(), before);
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
