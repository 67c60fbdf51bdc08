// The listening probes, every role: allowed exactly when the permission table
// says so, and a refusal is audited and writes nothing else.

#include "listeningprobes.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QTest>

class TestListeningProbes : public QObject {
    Q_OBJECT
private slots:
    void everyListeningPermissionHasAProbe();
    void probe_data();
    void probe();
};

void TestListeningProbes::everyListeningPermissionHasAProbe()
{
    QStringList probed;
    for (const auto &p : listeningPermissionProbes())
        probed.append(p.permission);
    for (const core::PermissionRule &rule : core::permissionTable())
        if (rule.module == QLatin1String("listening"))
            QVERIFY2(probed.contains(rule.code), qPrintable(rule.code));
}

void TestListeningProbes::probe_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("role");
    const auto probes = listeningPermissionProbes();
    for (int i = 0; i < probes.size(); ++i)
        for (core::Role role : core::allRoles())
            QTest::addRow("%s %s", qPrintable(probes.at(i).what), qPrintable(core::roleCode(role))) << i << int(role);
}

void TestListeningProbes::probe()
{
    QFETCH(int, index);
    QFETCH(int, role);
    const auto probe = listeningPermissionProbes().at(index);
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    QVERIFY(testsupport::createRoleAccounts(db));
    if (probe.prepare)
        QVERIFY(probe.prepare(db));
    QVERIFY(testsupport::signInAs(db, testsupport::usernameFor(core::Role(role))));
    const QByteArray before = testsupport::contentHash(db);
    const auto denied = [&] {
        return core::queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'"))->toInt();
    };
    const int deniedBefore = denied();
    const core::Status s = probe.act(db);
    if (core::roleAllows(core::Role(role), probe.permission)) {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().code + ' ' + s.error().args.join(',')));
    } else {
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
        QCOMPARE(testsupport::contentHash(db), before);
        QCOMPARE(denied(), deniedBefore + 1);
    }
}

QTEST_GUILESS_MAIN(TestListeningProbes)
#include "tst_listeningprobes.moc"
