// The audit log said in words at display and print time: actions by their
// phrase, things by their name, never a table name or a 64-bit id, and
// anything unknown readable (the stored entries are never rewritten).

#include "core/auth/accountrepository.h"
#include "core/auth/auditreports.h"
#include "core/auth/audittext.h"
#include "core/db/sql.h"
#include "core/reporting/reportcatalog.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QRegularExpression>
#include <QTest>

using namespace core;

class TestAuditText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void eventDetail_data();
    void eventDetail();
    void rowNames();
    void changesReportNamesThings();
    void eventsReportSaysTheDetail();

private:
    qint64 accountId(const QString &username) const;
    testsupport::TestDatabase m_database;
};

namespace {
// A 64-bit row id (workstation in the high bits) written out.
const QRegularExpression rowIdDigits(QStringLiteral("\\d{12,}"));
} // namespace

void TestAuditText::initTestCase()
{
    QVERIFY(testsupport::createRoleAccounts(m_database.db()));
    AccountRepository::declareAuditNames();
    AuditText::setTableTitle(QStringLiteral("operator_account"), [] { return QStringLiteral("Operator accounts"); });
    AuditText::setCommand(QStringLiteral("core.account.update"), [] { return QStringLiteral("Account changed"); },
        QStringLiteral("operator_account"));
    AuditText::setCommand(QStringLiteral("deliveries.import.requests"), [] { return QStringLiteral("Requests imported"); });
    AuditText::setErrorText([](const QString &code) {
        return code == QLatin1String("sync.bad_mac") ? QStringLiteral("not written by a member of the room") : code;
    });
}

qint64 TestAuditText::accountId(const QString &username) const
{
    return queryValue(m_database.db(), QStringLiteral("SELECT id FROM operator_account WHERE username = ?"), { username })
        ->toLongLong();
}

void TestAuditText::eventDetail_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<QString>("detail"); // %1: the coordinator's account id
    QTest::addColumn<QString>("expected");

    QTest::newRow("command on a named row") << "command" << "" << "core.account.update %1"
                                            << "Account changed: Carlo Coordinatore (coord)";
    QTest::newRow("undone") << "command_undone" << "" << "core.account.update %1"
                            << "Account changed: Carlo Coordinatore (coord)";
    QTest::newRow("command with counts") << "command" << "" << "deliveries.import.requests requests=3 lines=7"
                                         << "Requests imported: 3 requests 7 lines";
    QTest::newRow("unknown command") << "command" << "" << "radio.channel_set 1099511627777"
                                     << "Action «radio channel set»: no. 1 of workstation 1";
    QTest::newRow("first administrator") << "account_created" << "" << "first administrator"
                                         << "first administrator of the database";
    QTest::newRow("account created") << "account_created" << "" << "coordinator" << "role: coordinator";
    QTest::newRow("account changed") << "account_changed" << "" << "role operator -> coordinator; deactivated; name"
                                     << "role: operator → coordinator; deactivated; name changed";
    QTest::newRow("key granted") << "key_granted" << "" << "by coord" << "by Carlo Coordinatore (coord)";
    QTest::newRow("key on purpose") << "key_granted" << "" << "on purpose by coord" << "given on purpose by Carlo Coordinatore (coord)";
    QTest::newRow("wrong password") << "sign_in_failed" << "" << "wrong password" << "wrong password";
    QTest::newRow("refused by role") << "denied" << "stock.edit" << "core.account.update operator"
                                     << "Account changed (role: operator)";
    QTest::newRow("refused, nobody signed in") << "denied" << "stock.edit" << "core.account.update not signed in"
                                               << "Account changed (nobody signed in)";
    QTest::newRow("sync file refused") << "denied" << "sync.manage" << "sync file refused ws2-000004.cisync: sync.bad_mac"
                                       << "sync file ws2-000004.cisync refused: not written by a member of the room";
    QTest::newRow("command line") << "denied" << "" << "command line backup: not signed in"
                                  << "command line «backup» without signing in";
    QTest::newRow("unknown kind") << "future_kind" << "" << "something new" << "something new";
    QTest::newRow("empty command") << "command" << "" << "" << "";
}

void TestAuditText::eventDetail()
{
    QFETCH(QString, kind);
    QFETCH(QString, permission);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    if (detail.contains(QLatin1String("%1")))
        detail = detail.arg(accountId(QStringLiteral("coord")));
    const QString text = AuditText::eventDetail(m_database.db(), kind, permission, detail);
    QCOMPARE(text, expected);
    QVERIFY2(!rowIdDigits.match(text).hasMatch(), qPrintable(text));
}

void TestAuditText::rowNames()
{
    const QSqlDatabase db = m_database.db();
    QCOMPARE(AuditText::rowName(db, QStringLiteral("operator_account"), accountId(QStringLiteral("oper"))),
        QStringLiteral("Oscar Operatore (oper)"));
    // A row that is gone, a table nobody named: the id as a person can find it.
    QCOMPARE(AuditText::rowName(db, QStringLiteral("operator_account"), (qint64(3) << 40) + 99),
        QStringLiteral("no. 99 of workstation 3"));
    QCOMPARE(AuditText::rowName(db, QStringLiteral("no_such_table"), 42), QStringLiteral("no. 42"));
    // An entry of the audit log itself: its kind and who.
    const qint64 firstEvent = queryValue(db, QStringLiteral("SELECT min(id) FROM audit_event"))->toLongLong();
    QCOMPARE(AuditText::rowName(db, QStringLiteral("audit_event"), firstEvent), QStringLiteral("Account created: admin"));
    QCOMPARE(AuditText::tableTitle(QStringLiteral("operator_account")), QStringLiteral("Operator accounts"));
    QCOMPARE(AuditText::tableTitle(QStringLiteral("radio_channel")), QStringLiteral("radio channel"));
}

void TestAuditText::changesReportNamesThings()
{
    ReportRequest request;
    request.from = QDate(2000, 1, 1);
    request.to = QDate(2100, 1, 1);
    request.operatorName = QStringLiteral("Carlo Coordinatore");
    request.options.insert(QStringLiteral("table"), QStringLiteral("operator_account"));
    QVERIFY(testsupport::signInAs(m_database.db(), QStringLiteral("coord")));
    auto doc = AuditReports::changes(m_database.db(), request);
    testsupport::signOut(m_database.db());
    QVERIFY2(doc.ok(), qPrintable(doc.error().code));
    const ReportTable *t = doc->primaryTable();
    QVERIFY(t && !t->rows.isEmpty());
    QStringList onPaper;
    for (const QVariantList &row : t->rows)
        for (int c = 0; c < t->columns.size(); ++c)
            if (t->columns.at(c).onPaper && t->columns.at(c).kind == ColumnKind::Text)
                onPaper.append(row.value(c).toString());
    const QString paper = onPaper.join(QLatin1Char('|'));
    QVERIFY2(paper.contains(QStringLiteral("Oscar Operatore (oper)")), qPrintable(paper));
    QVERIFY2(paper.contains(QStringLiteral("Operator accounts")), qPrintable(paper));
    QVERIFY2(paper.contains(QStringLiteral("Ada Admin")), qPrintable(paper)); // who, by name
    QVERIFY2(!paper.contains(QStringLiteral("operator_account")), qPrintable(paper));
    QVERIFY2(!rowIdDigits.match(paper).hasMatch(), qPrintable(paper));
}

void TestAuditText::eventsReportSaysTheDetail()
{
    ReportRequest request;
    request.from = QDate(2000, 1, 1);
    request.to = QDate(2100, 1, 1);
    auto doc = AuditReports::events(m_database.db(), request);
    QVERIFY2(doc.ok(), qPrintable(doc.error().code));
    const ReportTable *t = doc->primaryTable();
    QVERIFY(t);
    int detail = -1, recorded = -1;
    for (int c = 0; c < t->columns.size(); ++c) {
        detail = t->columns.at(c).key == QLatin1String("detail") ? c : detail;
        recorded = t->columns.at(c).key == QLatin1String("recorded") ? c : recorded;
    }
    QVERIFY(detail >= 0 && recorded >= 0);
    QVERIFY(!t->columns.at(recorded).onPaper); // the entry as stored stays in the CSV
    bool firstAdministrator = false;
    for (const QVariantList &row : t->rows) {
        QVERIFY2(row.value(detail).toString() != QLatin1String("first administrator"), "English on paper");
        firstAdministrator |= row.value(detail).toString() == QLatin1String("first administrator of the database")
            && row.value(recorded).toString() == QLatin1String("first administrator");
    }
    QVERIFY(firstAdministrator);
}

QTEST_GUILESS_MAIN(TestAuditText)
#include "tst_audittext.moc"
