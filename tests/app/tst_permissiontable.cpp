// The whole permission table, enforced: for every permission, an action
// that needs it (each module's PermissionProbe rows) succeeds for every role
// that has it, and for every role that lacks it is refused (auth.denied),
// leaves one audit entry naming the person and the permission, and writes
// nothing else. A permission without a probe fails the test: a new row in
// the table needs an action that checks it.

#include "core/auth/permissions.h"
#include "core/auth/roles.h"
#include "core/db/sql.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include "coreprobes.h"
#include "comuniprobes.h"
#include "stockprobes.h"
#include "volunteersprobes.h"
#include "tutoringprobes.h"
#include "listeningprobes.h"
#include "deliveriesprobes.h"
#include "roomprobes.h"
#include "roomcommsprobes.h"
#include "roomplansprobes.h"
#include "fleetprobes.h"

#include <QSet>
#include <QTest>

using namespace core;
using testsupport::PermissionProbe;

Q_DECLARE_METATYPE(core::Role)

namespace {

const QList<PermissionProbe> &allProbes()
{
    static const QList<PermissionProbe> probes = [] {
        QList<PermissionProbe> all;
        all += corePermissionProbes();
        all += comuniPermissionProbes();
        all += stockPermissionProbes();
        all += volunteersPermissionProbes();
        all += tutoringPermissionProbes();
        all += listeningPermissionProbes();
        all += testsupport::deliveriesPermissionProbes();
        all += roomPermissionProbes();
        all += roomCommsPermissionProbes();
        all += roomPlansPermissionProbes();
        all += fleetPermissionProbes();
        return all;
    }();
    return probes;
}

qint64 deniedEntries(const QSqlDatabase &db, const QString &username, const QString &permission)
{
    return queryValue(db,
        QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied' AND username = ? AND permission = ?"),
        { username, permission })
        ->toLongLong();
}

} // namespace

class TestPermissionTable : public QObject {
    Q_OBJECT
private slots:
    void everyPermissionHasAProbe();
    void probe_data();
    void probe();
};

void TestPermissionTable::everyPermissionHasAProbe()
{
    QSet<QString> probed;
    for (const PermissionProbe &p : allProbes()) {
        QVERIFY2(findPermission(p.permission), qPrintable(QStringLiteral("not in the table: ") + p.permission));
        probed.insert(p.permission);
    }
    QStringList missing;
    for (const PermissionRule &rule : permissionTable())
        if (!probed.contains(rule.code))
            missing.append(rule.code);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no action checks: ") + missing.join(QStringLiteral(", "))));
}

void TestPermissionTable::probe_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<core::Role>("role");
    for (int i = 0; i < allProbes().size(); ++i)
        for (Role role : allRoles())
            QTest::addRow("%s %s as %s", qPrintable(allProbes()[i].permission), qPrintable(allProbes()[i].what),
                qPrintable(roleCode(role)))
                << i << role;
}

void TestPermissionTable::probe()
{
    QFETCH(int, index);
    QFETCH(core::Role, role);
    const PermissionProbe &p = allProbes()[index];
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    const QSqlDatabase db = database.db();
    QVERIFY(testsupport::createRoleAccounts(db));
    if (p.prepare)
        QVERIFY2(p.prepare(db), "the probe's preparation failed");
    testsupport::signOut(db);
    const QString user = testsupport::usernameFor(role);
    QVERIFY(testsupport::signInAs(db, user));

    const QByteArray before = testsupport::contentHash(db);
    const qint64 denied = deniedEntries(db, user, p.permission);
    const Status s = p.act(db);
    if (roleAllows(role, p.permission)) {
        QVERIFY2(s.ok(), qPrintable(s.error().code + QLatin1Char(' ') + s.error().args.join(QLatin1Char(','))));
        QCOMPARE(deniedEntries(db, user, p.permission), denied);
    } else {
        QVERIFY2(!s.ok(), "a role without the permission was let through");
        QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
        QCOMPARE(deniedEntries(db, user, p.permission), denied + 1);
        QCOMPARE(testsupport::contentHash(db), before);
    }
}

QTEST_MAIN(TestPermissionTable)
#include "tst_permissiontable.moc"
