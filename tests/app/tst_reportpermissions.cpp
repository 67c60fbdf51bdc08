// Every report of the catalog declares who may produce it: no implicit
// "anyone", and reports with people in them never under the aggregate
// permission that the unattended service account holds.
#include "moduleregistry.h"

#include "core/auth/permissions.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/module.h"

#include <QTest>

class TestReportPermissions : public QObject {
    Q_OBJECT
private slots:
    void everyReportDeclaresAKnownPermission_data();
    void everyReportDeclaresAKnownPermission();
    void reportsWithPeopleNeedMoreThanAggregate_data();
    void reportsWithPeopleNeedMoreThanAggregate();
};

namespace {
const core::ReportCatalog &permissionCatalog()
{
    static const auto modules = createModules();
    static const core::ReportCatalog reports = createReportCatalog(modules);
    return reports;
}
} // namespace

void TestReportPermissions::everyReportDeclaresAKnownPermission_data()
{
    QTest::addColumn<QString>("permission");
    for (const core::ReportDefinition &d : permissionCatalog().all())
        QTest::newRow(qPrintable(d.name)) << d.permission;
    QVERIFY(permissionCatalog().all().size() > 20);
}

void TestReportPermissions::everyReportDeclaresAKnownPermission()
{
    QFETCH(QString, permission);
    QVERIFY(!permission.isEmpty());
    QVERIFY2(core::findPermission(permission), qPrintable(permission));
}

void TestReportPermissions::reportsWithPeopleNeedMoreThanAggregate_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("permission");
    // Names, codici fiscali, phones, employers, representatives.
    QTest::newRow("volunteers-over-limits") << "volunteers-over-limits" << core::Permission::VolunteersPersonalRead;
    QTest::newRow("attestati-issued") << "attestati-issued" << core::Permission::VolunteersPersonalRead;
    QTest::newRow("attestati-pending") << "attestati-pending" << core::Permission::VolunteersPersonalRead;
    QTest::newRow("organisations") << "organisations" << core::Permission::VolunteersPersonalRead;
    QTest::newRow("listening-queue") << "listening-queue" << core::Permission::ListeningView;
    QTest::newRow("deliveries-register") << "deliveries-register" << core::Permission::DeliveriesView;
    QTest::newRow("delivery-notes") << "delivery-notes" << core::Permission::DeliveriesView;
    QTest::newRow("trip-sheet") << "trip-sheet" << core::Permission::DeliveriesView;
    QTest::newRow("tutoring-pcto") << "tutoring-pcto" << core::Permission::TutoringView;
    QTest::newRow("tutoring-standins") << "tutoring-standins" << core::Permission::TutoringView;
    QTest::newRow("tutoring-safety-course") << "tutoring-safety-course" << core::Permission::TutoringView;
    QTest::newRow("comuni-contacts") << "comuni-contacts" << core::Permission::ComuniView;
    QTest::newRow("audit") << "audit" << core::Permission::AuditView;
    QTest::newRow("audit-events") << "audit-events" << core::Permission::AuditView;
}

void TestReportPermissions::reportsWithPeopleNeedMoreThanAggregate()
{
    QFETCH(QString, report);
    QFETCH(QString, permission);
    const core::ReportDefinition *d = permissionCatalog().find(report);
    QVERIFY(d);
    QCOMPARE(d->permission, permission);
    QVERIFY(!core::roleAllows(core::Role::Service, d->permission));
}

QTEST_GUILESS_MAIN(TestReportPermissions)
#include "tst_reportpermissions.moc"
