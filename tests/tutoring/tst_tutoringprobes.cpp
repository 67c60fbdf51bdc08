// The module's permission probes, run for every role as the test over the
// whole permission table runs them: allowed roles succeed, the others are
// refused (auth.denied), audited, and nothing else is written.

#include "tutoringprobes.h"

#include "core/auth/permissions.h"
#include "core/auth/roles.h"
#include "core/db/sql.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QTest>

class TestTutoringProbes : public QObject {
    Q_OBJECT
private slots:
    void everyPermissionHasAProbe();
    void probe_data();
    void probe();
};

void TestTutoringProbes::everyPermissionHasAProbe()
{
    QStringList probed;
    for (const testsupport::PermissionProbe &p : tutoringPermissionProbes())
        probed.append(p.permission);
    for (const core::PermissionRule &rule : core::permissionTable())
        if (rule.module == QLatin1String("tutoring"))
            QVERIFY2(probed.contains(rule.code), qPrintable(rule.code));
}

void TestTutoringProbes::probe_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("role");
    const auto probes = tutoringPermissionProbes();
    for (int i = 0; i < probes.size(); ++i)
        for (core::Role role : core::allRoles())
            QTest::addRow("%s as %s", qPrintable(probes.at(i).what), qPrintable(testsupport::usernameFor(role)))
                << i << int(role);
}

void TestTutoringProbes::probe()
{
    QFETCH(int, index);
    QFETCH(int, role);
    const testsupport::PermissionProbe p = tutoringPermissionProbes().at(index);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QSqlDatabase db = database.db();
    QVERIFY(testsupport::createRoleAccounts(db));
    if (p.prepare)
        QVERIFY(p.prepare(db));
    QVERIFY(testsupport::signInAs(db, testsupport::usernameFor(core::Role(role))));
    const QByteArray before = testsupport::contentHash(db);
    const qint64 denied
        = core::queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'"))->toLongLong();
    const core::Status s = p.act(db);
    if (core::roleAllows(core::Role(role), p.permission)) {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().code));
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(testsupport::contentHash(db), before);
    QCOMPARE(
        core::queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied'"))->toLongLong(),
        denied + 1);
}

QTEST_GUILESS_MAIN(TestTutoringProbes)
#include "tst_tutoringprobes.moc"
