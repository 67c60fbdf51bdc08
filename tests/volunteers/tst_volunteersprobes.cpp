// The Volontari module's permission probes, run here for every role the
// way the test over the whole permission table runs them: the action
// succeeds for a role with the permission; for one without, it is refused
// (auth.denied), audited and writes nothing.

#include "volunteersprobes.h"

#include "core/auth/permissions.h"
#include "core/auth/roles.h"
#include "core/db/sql.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QGuiApplication>
#include <QTest>

class TestVolunteersProbes : public QObject {
    Q_OBJECT
private slots:
    void everyPermissionOfTheModuleHasAProbe();
    void probes_data();
    void probes();
};

void TestVolunteersProbes::everyPermissionOfTheModuleHasAProbe()
{
    QSet<QString> probed;
    for (const testsupport::PermissionProbe &p : volunteersPermissionProbes())
        probed.insert(p.permission);
    for (const QString &permission : { core::Permission::VolunteersView, core::Permission::VolunteersEdit,
             core::Permission::VolunteersAttestati, core::Permission::VolunteersPersonalRead })
        QVERIFY2(probed.contains(permission), qPrintable(permission));
}

void TestVolunteersProbes::probes_data()
{
    QTest::addColumn<int>("probe");
    QTest::addColumn<int>("roleNumber");
    const QList<testsupport::PermissionProbe> probes = volunteersPermissionProbes();
    for (int i = 0; i < probes.size(); ++i)
        for (core::Role role : core::allRoles())
            QTest::addRow("%s / %s / %s", qPrintable(probes.at(i).permission), qPrintable(probes.at(i).what),
                qPrintable(core::roleCode(role)))
                << i << int(role);
}

void TestVolunteersProbes::probes()
{
    QFETCH(int, probe);
    QFETCH(int, roleNumber);
    const auto role = core::Role(roleNumber);
    const testsupport::PermissionProbe p = volunteersPermissionProbes().at(probe);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    const QSqlDatabase db = database.db();
    QVERIFY(testsupport::createRoleAccounts(db));
    if (p.prepare)
        QVERIFY(p.prepare(db));
    QVERIFY(testsupport::signInAs(db, testsupport::usernameFor(role)));
    const QByteArray before = testsupport::contentHash(db);
    const qint64 denied
        = core::queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'"))->toLongLong();
    const core::Status s = p.act(db);
    if (core::roleAllows(role, p.permission)) {
        QVERIFY2(s.ok(), qPrintable(s.error().code + QLatin1Char(' ') + s.error().args.join(QLatin1Char(','))));
    } else {
        QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
        QCOMPARE(testsupport::contentHash(db), before);
        QCOMPARE(core::queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'"))
                     ->toLongLong(),
            denied + 1);
    }
    testsupport::signOut(db);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // reports lay out text
    TestVolunteersProbes test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_volunteersprobes.moc"
