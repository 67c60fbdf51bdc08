// The command layer: the runner checks the permission (a refusal is
// audited and writes nothing), the preconditions before the transaction,
// runs the work and its audit entry in one transaction (both or neither),
// and undoes through the compensating step; the tab's CommandStack pushes
// only what succeeded and, when an undo can no longer apply, says so and
// keeps Redo consistent.

#include "core/auth/auditlog.h"
#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/db/connectionstate.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

#include <optional>

using namespace core;

namespace {

// A service of the Volontari module, added and deactivated: the smallest
// undoable action. `failApply`, `failCheck`, `failRevert`: how it breaks.
class AddService : public Command {
public:
    explicit AddService(QString code) : m_code(std::move(code)) { }
    QString code() const override { return QStringLiteral("test.service.add"); }
    QString permission() const override { return Permission::VolunteersEdit; }
    Status check(const CommandContext &) const override
    {
        if (failCheck)
            return Error(QStringLiteral("test.check"));
        return {};
    }
    Status apply(const CommandContext &context) override
    {
        auto id = allocateRowId(context.db);
        if (!id)
            return id.error();
        if (auto q = runQuery(context.db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, ?, ?)"),
                { *id, m_code, QStringLiteral("Servizio ") + m_code });
            !q)
            return q.error();
        m_id = *id;
        if (failApply)
            return Error(QStringLiteral("test.apply")); // after a write: the transaction must undo it
        return {};
    }
    QString auditDetail() const override { return QString::number(m_id); }
    bool undoable() const override { return true; }
    Status revert(const CommandContext &context) override
    {
        if (failRevert)
            return Error(QStringLiteral("test.revert"));
        // A test table, not a ledger: the stand-in for a reversing entry.
        return runQuery(context.db, QStringLiteral("UPDATE volunteer_service SET active = 0, code = code || '-x', "
                                                   "name = name || ' annullato' WHERE id = ?"),
            { m_id })
            .ok()
            ? Status()
            : Status(Error(QStringLiteral("test.sql")));
    }
    QString text() const override { return QStringLiteral("servizio ") + m_code; }

    bool failApply = false;
    bool failCheck = false;
    bool failRevert = false;
    qint64 m_id = 0;

private:
    QString m_code;
};

// The same, written in the caller's transaction without a savepoint (an
// import inside its ImportOnce).
class JoinedAddService : public AddService {
public:
    using AddService::AddService;
    bool joinsCallerTransaction() const override { return true; }
};

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    return queryValue(db, sql)->toLongLong();
}

qint64 activeServices(const QSqlDatabase &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM volunteer_service WHERE active = 1"));
}

qint64 auditRows(const QSqlDatabase &db, const QString &kind)
{
    return queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = ?"), { kind })->toLongLong();
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void runsAndAuditsUnderThePerson();
    void refusedRoleWritesNothingButTheRefusal_data();
    void refusedRoleWritesNothingButTheRefusal();
    void failedCheckWritesNothing();
    void failedApplyRollsBackWorkAndAudit();
    void joinedCommandCommitsWithItsCaller_data();
    void joinedCommandCommitsWithItsCaller();
    void undoWritesTheCompensatingStepAndItsAudit();
    void stackPushesOnlyWhatSucceeded();
    void undoThatCannotApplyLeavesRedoConsistent();
    void redoThatCannotApplyIsDropped();

private:
    std::unique_ptr<testsupport::TestDatabase> m_database;
    QSqlDatabase m_db;
};

void TestCommands::init()
{
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(m_db));
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("oper")));
}

void TestCommands::cleanup()
{
    m_db = {};
    m_database.reset();
}

void TestCommands::runsAndAuditsUnderThePerson()
{
    const qint64 before = activeServices(m_db);
    AddService command(QStringLiteral("a1"));
    QVERIFY(CommandRunner(m_db).run(command).ok());
    QCOMPARE(activeServices(m_db), before + 1);
    auto q = runQuery(m_db, QStringLiteral("SELECT username, permission, detail FROM audit_event WHERE kind = 'command'"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("oper"));
    QCOMPARE(q->value(1).toString(), Permission::VolunteersEdit);
    QCOMPARE(q->value(2).toString(), QStringLiteral("test.service.add %1").arg(command.m_id));
    QVERIFY(!q->next());
    // The row and its audit entry carry the same person in the change log.
    QCOMPARE(queryValue(m_db, QStringLiteral("SELECT operator FROM change_log WHERE table_name = 'volunteer_service' "
                                             "AND row_id = ?"),
                 { command.m_id })
                 ->toString(),
        QStringLiteral("oper"));
}

void TestCommands::refusedRoleWritesNothingButTheRefusal_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("error");
    QTest::newRow("psychologist") << "psy" << "auth.denied";
    QTest::newRow("service") << "serv" << "auth.denied";
    QTest::newRow("nobody signed in") << "" << "auth.not_signed_in";
}

void TestCommands::refusedRoleWritesNothingButTheRefusal()
{
    QFETCH(QString, user);
    QFETCH(QString, error);
    testsupport::signOut(m_db);
    if (!user.isEmpty())
        QVERIFY(testsupport::signInAs(m_db, user));
    const QByteArray before = testsupport::contentHash(m_db);
    const qint64 denied = auditRows(m_db, QStringLiteral("denied"));
    AddService command(QStringLiteral("r1"));
    const Status s = CommandRunner(m_db).run(command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(auditRows(m_db, QStringLiteral("denied")), denied + 1);
    QCOMPARE(auditRows(m_db, QStringLiteral("command")), qint64(0));
    auto q = runQuery(m_db, QStringLiteral("SELECT permission, detail FROM audit_event WHERE kind = 'denied' "
                                           "ORDER BY id DESC LIMIT 1"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), Permission::VolunteersEdit);
    QVERIFY2(q->value(1).toString().startsWith(QStringLiteral("test.service.add")), qPrintable(q->value(1).toString()));
}

void TestCommands::failedCheckWritesNothing()
{
    const QByteArray before = testsupport::contentHash(m_db);
    AddService command(QStringLiteral("c1"));
    command.failCheck = true;
    const Status s = CommandRunner(m_db).run(command);
    QCOMPARE(s.error().code, QStringLiteral("test.check"));
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(auditRows(m_db, QStringLiteral("command")), qint64(0));
}

void TestCommands::failedApplyRollsBackWorkAndAudit()
{
    const QByteArray before = testsupport::contentHash(m_db);
    const qint64 changes = count(m_db, QStringLiteral("SELECT count(*) FROM change_log"));
    AddService command(QStringLiteral("f1"));
    command.failApply = true;
    const Status s = CommandRunner(m_db).run(command);
    QCOMPARE(s.error().code, QStringLiteral("test.apply"));
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM change_log")), changes);
    QCOMPARE(auditRows(m_db, QStringLiteral("command")), qint64(0));
}

// A command that joins its caller's transaction: its rows and audit entry
// commit with the caller's; when it fails, the caller can only roll back
// (its commit says so) and nothing of either is kept. Alone it is an
// ordinary command.
void TestCommands::joinedCommandCommitsWithItsCaller_data()
{
    QTest::addColumn<bool>("inACaller");
    QTest::addColumn<bool>("fails");
    QTest::newRow("caller, done") << true << false;
    QTest::newRow("caller, failed") << true << true;
    QTest::newRow("alone, done") << false << false;
    QTest::newRow("alone, failed") << false << true;
}

void TestCommands::joinedCommandCommitsWithItsCaller()
{
    QFETCH(bool, inACaller);
    QFETCH(bool, fails);
    const qint64 before = activeServices(m_db);
    const qint64 changes = count(m_db, QStringLiteral("SELECT count(*) FROM change_log"));
    std::optional<Transaction> caller;
    if (inACaller)
        caller.emplace(m_db);
    qint64 callerRow = 0;
    if (inACaller) {
        callerRow = allocateRowId(m_db).value();
        QVERIFY(runQuery(m_db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, 'c', 'caller')"),
            { callerRow })
                    .ok());
    }
    JoinedAddService command(QStringLiteral("j1"));
    command.failApply = fails;
    const Status s = CommandRunner(m_db).run(command);
    QCOMPARE(s.ok(), !fails);
    if (inACaller) {
        QCOMPARE(connectionState(m_db).transactionDepth, 1);
        const Status committed = caller->commit();
        if (fails)
            QCOMPARE(committed.error().code, QStringLiteral("db.rolled_back"));
        else
            QVERIFY(committed.ok());
    }
    QCOMPARE(connectionState(m_db).transactionDepth, 0);
    const qint64 added = fails ? 0 : (inACaller ? 2 : 1);
    QCOMPARE(activeServices(m_db), before + added);
    QCOMPARE(auditRows(m_db, QStringLiteral("command")), qint64(fails ? 0 : 1));
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM change_log")) > changes, !fails);
}

void TestCommands::undoWritesTheCompensatingStepAndItsAudit()
{
    const qint64 before = activeServices(m_db);
    AddService command(QStringLiteral("u1"));
    const CommandRunner runner(m_db);
    QVERIFY(runner.run(command).ok());
    QVERIFY(runner.undo(command).ok());
    QCOMPARE(activeServices(m_db), before);
    QCOMPARE(auditRows(m_db, QStringLiteral("command_undone")), qint64(1));
    // An undo needs the permission too.
    testsupport::signOut(m_db);
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("psy")));
    QCOMPARE(runner.undo(command).error().code, QStringLiteral("auth.denied"));
    QCOMPARE(auditRows(m_db, QStringLiteral("command_undone")), qint64(1));
}

void TestCommands::stackPushesOnlyWhatSucceeded()
{
    AppContext context;
    context.db = m_db;
    CommandStack stack(context, nullptr);
    auto good = std::make_shared<AddService>(QStringLiteral("s1"));
    QVERIFY(stack.run(good).ok());
    QCOMPARE(stack.undoStack()->count(), 1);
    QCOMPARE(stack.undoStack()->undoText(), QStringLiteral("servizio s1"));
    auto bad = std::make_shared<AddService>(QStringLiteral("s2"));
    bad->failCheck = true;
    QVERIFY(!stack.run(bad).ok());
    QCOMPARE(stack.undoStack()->count(), 1);
    // Undo, redo: each a new step through the runner, never a second copy.
    const qint64 before = activeServices(m_db);
    stack.undoStack()->undo();
    QCOMPARE(activeServices(m_db), before - 1);
    QVERIFY(stack.undoStack()->canRedo());
    good->m_id = 0;
    QSignalSpy refused(&stack, &CommandStack::refused);
    // Redo re-applies with a new code: the old one was marked "-x".
    stack.undoStack()->redo();
    QCOMPARE(refused.count(), 0);
    QCOMPARE(activeServices(m_db), before);
    QVERIFY(good->m_id != 0);
    QCOMPARE(auditRows(m_db, QStringLiteral("command")), qint64(2));
    QCOMPARE(auditRows(m_db, QStringLiteral("command_undone")), qint64(1));
}

void TestCommands::undoThatCannotApplyLeavesRedoConsistent()
{
    AppContext context;
    context.db = m_db;
    CommandStack stack(context, nullptr);
    auto first = std::make_shared<AddService>(QStringLiteral("o1"));
    auto second = std::make_shared<AddService>(QStringLiteral("o2"));
    QVERIFY(stack.run(first).ok());
    QVERIFY(stack.run(second).ok());
    const qint64 before = activeServices(m_db);
    stack.undoStack()->undo(); // o2 undone
    QCOMPARE(activeServices(m_db), before - 1);
    first->failRevert = true; // o1's goods "were issued since"
    QSignalSpy refused(&stack, &CommandStack::refused);
    stack.undoStack()->undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("o1")));
    QCOMPARE(activeServices(m_db), before - 1); // o1 stays
    // o1 left the history; Redo is still o2, and redoes it once.
    QCOMPARE(stack.undoStack()->count(), 1);
    QVERIFY(!stack.undoStack()->canUndo());
    QCOMPARE(stack.undoStack()->redoText(), QStringLiteral("servizio o2"));
    stack.undoStack()->redo();
    QCOMPARE(activeServices(m_db), before);
    QVERIFY(!stack.undoStack()->canRedo());
}

void TestCommands::redoThatCannotApplyIsDropped()
{
    AppContext context;
    context.db = m_db;
    CommandStack stack(context, nullptr);
    auto command = std::make_shared<AddService>(QStringLiteral("d1"));
    QVERIFY(stack.run(command).ok());
    stack.undoStack()->undo();
    const QByteArray before = testsupport::contentHash(m_db);
    command->failCheck = true; // the world changed: it may not apply again
    QSignalSpy refused(&stack, &CommandStack::refused);
    stack.undoStack()->redo();
    QCOMPARE(refused.count(), 1);
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(stack.undoStack()->count(), 0);
    QVERIFY(!stack.undoStack()->canRedo() && !stack.undoStack()->canUndo());
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
