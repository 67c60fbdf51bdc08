#include "core/db/sql.h"
#include "core/reference/comunerepository.h"
#include "core/reference/geojson.h"
#include "core/reference/referenceloader.h"
#include "support/testdatabase.h"

#include <QPolygonF>
#include <QTest>

using namespace core;

class TestReference : public QObject {
    Q_OBJECT
private slots:
    void counts_data();
    void counts();
    void milano();
    void loadingTwiceChangesNothing();
    void referenceLoadIsNotLogged();
    void everyMetropolitanComuneHasAPolygonContainingItsCentre();
    void detailsAreValidatedAndSaved_data();
    void detailsAreValidatedAndSaved();
};

void TestReference::counts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("expected");
    QTest::newRow("all Italian comuni") << "SELECT count(*) FROM comune" << 7896;
    QTest::newRow("metropolitan city") << "SELECT count(*) FROM comune_cmm" << 133;
    QTest::newRow("metropolitan ones are in MI") << "SELECT count(*) FROM comune_cmm m JOIN comune c ON c.id = m.comune_id WHERE c.province = 'MI'" << 133;
    QTest::newRow("food categories") << "SELECT count(*) FROM goods_category WHERE kind = 'food'" << 6;
    QTest::newRow("DPI categories") << "SELECT count(*) FROM goods_category WHERE kind = 'dpi'" << 5;
    QTest::newRow("kit categories") << "SELECT count(*) FROM goods_category WHERE kind = 'kit'" << 2;
    QTest::newRow("published services") << "SELECT count(*) FROM volunteer_service WHERE published = 1" << 7;
    QTest::newRow("subjects") << "SELECT count(*) FROM tutoring_subject" << 9;
    QTest::newRow("general area only for middle school") << "SELECT count(*) FROM tutoring_subject WHERE school_order = 'middle'" << 1;
    QTest::newRow("schools") << "SELECT count(*) FROM school" << 16;
    QTest::newRow("schools in Milano") << "SELECT count(*) FROM school WHERE comune_id = 15146" << 12;
    QTest::newRow("COC contacts seeded with PEC") << "SELECT count(*) FROM comune_cmm WHERE pec <> ''" << 133;
    QTest::newRow("Idroscalo point") << "SELECT count(*) FROM reference_point WHERE code = 'idroscalo'" << 1;
    QTest::newRow("former comuni as aliases") << "SELECT count(*) FROM comune_alias WHERE comune_id = 15251" << 2;
}

void TestReference::counts()
{
    QFETCH(QString, sql);
    QFETCH(int, expected);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QCOMPARE(queryValue(database.db(), sql)->toInt(), expected);
}

void TestReference::milano()
{
    testsupport::TestDatabase database;
    ComuneRepository repository(database.db());
    auto milano = repository.comuneByIstatCode(QStringLiteral("015146"));
    QVERIFY(milano.ok());
    QCOMPARE(milano->name, QStringLiteral("Milano"));
    QVERIFY(milano->metropolitan);
    QVERIFY(milano->coordinate.isValid());
    QVERIFY(qAbs(milano->coordinate.latitude() - 45.47) < 0.05);
    QVERIFY(milano->population > 1300000);
    auto limbiate = repository.comune(108027);
    QCOMPARE(limbiate->displayName(), QStringLiteral("Limbiate (MB)"));
    QVERIFY(!limbiate->metropolitan);
    auto list = repository.metropolitanComuni();
    QCOMPARE(list->size(), 133);
    auto idroscalo = repository.referencePoint(QStringLiteral("idroscalo"));
    QVERIFY(idroscalo.ok());
    QVERIFY(qAbs(idroscalo->coordinate.longitude() - 9.2886) < 0.01);
    QCOMPARE(repository.comuneByIstatCode(QStringLiteral("999")).value().isValid(), false);
}

void TestReference::loadingTwiceChangesNothing()
{
    testsupport::TestDatabase database;
    QVERIFY(loadReferenceData(database.db()).ok());
    QCOMPARE(queryValue(database.db(), QStringLiteral("SELECT count(*) FROM comune"))->toInt(), 7896);
}

void TestReference::referenceLoadIsNotLogged()
{
    testsupport::TestDatabase database;
    // The only logged row: the test room's membership row (joinTestRoom).
    QCOMPARE(queryValue(database.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE table_name <> 'room_member'"))
                 ->toInt(),
        0);
}

void TestReference::everyMetropolitanComuneHasAPolygonContainingItsCentre()
{
    testsupport::TestDatabase database;
    ComuneRepository repository(database.db());
    auto geometries = repository.geometries();
    QCOMPARE(geometries->size(), 133);
    for (const Comune &c : repository.metropolitanComuni().value()) {
        auto polygons = parseGeoJsonGeometry(geometries->value(c.id));
        QVERIFY2(polygons.ok(), qPrintable(c.name + QLatin1Char(' ') + polygons.error().code + QLatin1Char(' ') + polygons.error().args.join(QLatin1Char(' ')) + QString::fromUtf8(geometries->value(c.id).left(60))));
        const QPointF centre(c.coordinate.longitude(), c.coordinate.latitude());
        bool inside = false;
        for (const GeoPolygon &p : *polygons)
            inside = inside || QPolygonF(p.first()).containsPoint(centre, Qt::OddEvenFill);
        QVERIFY2(inside, qPrintable(c.name));
    }
    QVERIFY(!parseGeoJsonGeometry("{\"type\":\"Point\",\"coordinates\":[9,45]}").ok());
    QVERIFY(!parseGeoJsonGeometry("not json").ok());
}

void TestReference::detailsAreValidatedAndSaved_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedCode"); // empty: saved
    QTest::newRow("good COC contact") << "cocContact" << "Ufficio tecnico, geom. Rossi" << "";
    QTest::newRow("known zone") << "zone" << "Sud Est" << "";
    QTest::newRow("unknown zone") << "zone" << "Brianza" << "reference.bad_zone";
    QTest::newRow("bad e-mail") << "email" << "protocollo.comune.it" << "reference.bad_email";
    QTest::newRow("bad PEC") << "pec" << "pec@@x" << "reference.bad_email";
    QTest::newRow("good CAP") << "cap" << "20068" << "";
    QTest::newRow("short CAP") << "cap" << "2006" << "reference.bad_cap";
}

void TestReference::detailsAreValidatedAndSaved()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedCode);
    testsupport::TestDatabase database;
    ComuneRepository repository(database.db());
    ComuneDetails d = repository.details(15171).value(); // Peschiera Borromeo
    const ComuneDetails original = d;
    if (field == "cocContact") d.cocContact = value;
    if (field == "zone") d.zonaOmogenea = value;
    if (field == "email") d.email = value;
    if (field == "pec") d.pec = value;
    if (field == "cap") d.cap = value;
    const Status s = repository.saveDetails(d);
    const qint64 logged = queryValue(database.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'comune_cmm'"))->toLongLong();
    if (expectedCode.isEmpty()) {
        QVERIFY(s.ok());
        QCOMPARE(repository.details(15171).value(), d);
        QCOMPARE(logged, 1);
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, expectedCode);
        QCOMPARE(repository.details(15171).value(), original);
        QCOMPARE(logged, 0);
    }
}

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
