// The sign-in, first-run, accounts, audit and report dialogs, driven offscreen.

#include "core/auth/accountrepository.h"
#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/sql.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/accounteditdialog.h"
#include "core/ui/accountsdialog.h"
#include "core/ui/appcontext.h"
#include "core/ui/auditdialog.h"
#include "core/ui/firstadministratordialog.h"
#include "core/ui/pagedsqlmodel.h"
#include "core/ui/reportdialog.h"
#include "core/ui/signindialog.h"
#include "support/listwait.h"
#include "support/sqlprobe.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <optional>

using namespace core;

class TestAuthDialogs : public QObject {
    Q_OBJECT
private slots:
    void firstRunCreatesTheAdministrator();
    void firstRunDialogGrowsForItsMessage();
    void signInDialogCountsWrongPasswords();
    void accountsDialogShowsRolesAndKeys();
    void accountDialogWidgetsDoNotOverlap_data();
    void accountDialogWidgetsDoNotOverlap();
    void auditDialogFiltersAndPrints();
    void reportDialogNamesItsPicker();

private:
    static QLineEdit *passwordField(QWidget *dialog);
    static QString visibleError(QWidget *dialog);
};

QLineEdit *TestAuthDialogs::passwordField(QWidget *dialog)
{
    for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
        if (e->echoMode() == QLineEdit::Password)
            return e;
    return nullptr;
}

QString TestAuthDialogs::visibleError(QWidget *dialog)
{
    for (QLabel *l : dialog->findChildren<QLabel *>())
        if (l->isVisible() && l->styleSheet().contains("#b71c1c"))
            return l->text();
    return {};
}

void TestAuthDialogs::firstRunCreatesTheAdministrator()
{
    testsupport::TestDatabase database;
    FirstAdministratorDialog dialog(database.db());
    dialog.show();
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 4);
    edits.at(1)->setText("Ada Amministratrice");
    edits.at(2)->setText("una-password");
    edits.at(3)->setText("un-altra");
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(visibleError(&dialog).contains("differ"));
    edits.at(3)->setText("una-password");
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(sessionAccount(database.db())->role, Role::Administrator);
    QCOMPARE(AccountRepository(database.db()).count().value(), 1);
}

void TestAuthDialogs::firstRunDialogGrowsForItsMessage()
{
    // A tester saw the first-run dialog clip its own introduction (and
    // squash the fields) once an error appeared below the form.
    testsupport::TestDatabase database;
    FirstAdministratorDialog dialog(database.db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    edits.at(1)->setText("Ada Amministratrice");
    edits.at(2)->setText("abc");
    edits.at(3)->setText("abc");
    dialog.accept(); // too short: a long message below the form
    QVERIFY(!visibleError(&dialog).isEmpty());
    QApplication::processEvents();
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->isVisible() && label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                qPrintable(QStringLiteral("%1: %2 px high, needs %3")
                               .arg(label->text().left(40))
                               .arg(label->height())
                               .arg(label->heightForWidth(label->width()))));
    for (QLineEdit *edit : edits)
        QVERIFY(edit->height() >= edit->minimumSizeHint().height());
}

void TestAuthDialogs::signInDialogCountsWrongPasswords()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db()));
    SignInDialog dialog(database.db(), SignInDialog::Mode::Start, { "psy" });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *password = passwordField(&dialog);
    QVERIFY(password);
    QTest::keyClicks(password, "sbagliata");
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(visibleError(&dialog).contains("Wrong user name or password"), qPrintable(visibleError(&dialog)));
    QVERIFY(password->text().isEmpty());
    QPushButton *signIn = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().contains("Sign in"))
            signIn = b;
    QVERIFY(signIn);
    QVERIFY(!signIn->isEnabled()); // the next try waits
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 120000);
    QTest::keyClicks(password, testsupport::testPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.account().username, QString("psy"));
    QCOMPARE(sessionAccount(database.db())->username, QString("psy"));
}

void TestAuthDialogs::accountsDialogShowsRolesAndKeys()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db()));
    QVERIFY(testsupport::signInAs(database.db(), "admin"));
    AccountsDialog dialog(database.db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *accounts = dialog.accountsTable();
    QCOMPARE(accounts->rowCount(), 6); // createRoleAccounts(): five people and the service account
    QStringList keys;
    for (int row = 0; row < accounts->rowCount(); ++row)
        if (accounts->item(row, 4)->text() == "has the key")
            keys.append(accounts->item(row, 0)->text());
    keys.sort();
    QCOMPARE(keys, (QStringList { "coord", "psy" }));
    auto *permissions = dialog.findChild<QTableWidget *>("permissions");
    QVERIFY(permissions && permissions->rowCount() > 20);
    QStringList roles; // a column per role, the service account's too
    for (int c = 0; c < permissions->columnCount(); ++c)
        if (const QTableWidgetItem *h = permissions->horizontalHeaderItem(c))
            roles.append(h->text().toLower());
    QVERIFY2(roles.contains(core::RoleText::title(core::Role::Service).toLower()), qPrintable(roles.join(',')));
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        dialog.grab().save(dir + "/accounts.png");
}

void TestAuthDialogs::accountDialogWidgetsDoNotOverlap_data()
{
    QTest::addColumn<bool>("creating");
    QTest::newRow("new account") << true;
    QTest::newRow("existing account") << false;
}

void TestAuthDialogs::accountDialogWidgetsDoNotOverlap()
{
    // A tester saw the "active" checkbox drawn over the user-name label.
    QFETCH(bool, creating);
    testsupport::TestDatabase database;
    Account account;
    if (!creating) {
        account.id = 7;
        account.username = QStringLiteral("mario.rossi");
        account.displayName = QStringLiteral("Mario Rossi");
    }
    AccountEditDialog dialog(database.db(), account);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QList<QWidget *> shown;
    for (QWidget *w : dialog.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w->isVisible())
            shown.append(w);
    QVERIFY(shown.size() >= 8);
    for (int i = 0; i < shown.size(); ++i)
        for (int j = i + 1; j < shown.size(); ++j)
            QVERIFY2(!shown.at(i)->geometry().intersects(shown.at(j)->geometry()),
                qPrintable(QStringLiteral("%1 \"%2\" overlaps %3 \"%4\"")
                               .arg(shown.at(i)->metaObject()->className(), shown.at(i)->property("text").toString(),
                                   shown.at(j)->metaObject()->className(), shown.at(j)->property("text").toString())));
    QCOMPARE(dialog.findChild<QCheckBox *>() != nullptr, !creating);
}

void TestAuthDialogs::auditDialogFiltersAndPrints()
{
    testsupport::TestDatabase database;
    QVERIFY(testsupport::createRoleAccounts(database.db()));
    QVERIFY(testsupport::signInAs(database.db(), "oper"));
    testsupport::signOut(database.db());
    QVERIFY(testsupport::signInAs(database.db(), "coord"));
    AppContext context;
    context.db = database.db();
    context.operatorName = "Carlo Coordinatore";
    AuditDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(testsupport::waitForList(dialog.changesModel()));
    const int all = dialog.changesModel()->rowCount();
    QVERIFY(all > 10);
    dialog.setTableFilter("operator_account");
    QVERIFY(testsupport::waitForList(dialog.changesModel()));
    QVERIFY(dialog.changesModel()->rowCount() > 0 && dialog.changesModel()->rowCount() < all);
    dialog.setTableFilter(QString());
    dialog.setOperatorFilter("admin");
    QVERIFY(testsupport::waitForList(dialog.changesModel()));
    const int byAdmin = dialog.changesModel()->rowCount();
    QVERIFY(byAdmin > 0 && byAdmin < all);
    QCOMPARE(dialog.changesModel()->data(dialog.changesModel()->index(0, 1)).toString(), QString("admin"));
    dialog.setOperatorFilter(QString());
    auto *pages = dialog.findChild<QTabWidget *>();
    pages->setCurrentIndex(1);
    QVERIFY(testsupport::waitForList(dialog.eventsModel()));
    QVERIFY(dialog.eventsModel()->rowCount() >= 3); // accounts created, sign-ins
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        dialog.grab().save(dir + "/audit.png");

    // The printed register (the change log grows with the database) is
    // built on a worker: nothing on the window's connection, the print
    // buttons wait meanwhile, a second request is refused.
    std::optional<Result<ReportDocument>> built;
    {
        testsupport::SqlProbe probe(database.db());
        QVERIFY(probe.isValid());
        QVERIFY(dialog.prepareReport([&](const Result<ReportDocument> &d) { built = d; }));
        QVERIFY(dialog.isPreparingReport());
        QVERIFY(!dialog.prepareReport([](const Result<ReportDocument> &) { QFAIL("built twice"); }));
        int waiting = 0;
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons())
            if (dialog.findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::ActionRole) {
                QVERIFY(!b->isEnabled());
                ++waiting;
            }
        QCOMPARE(waiting, 4);
        if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
            dialog.grab().save(dir + "/audit-preparing.png");
        QTRY_VERIFY_WITH_TIMEOUT(built.has_value(), 120000);
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    QVERIFY(!dialog.isPreparingReport());
    QVERIFY2(built->ok(), built->ok() ? "" : qPrintable(built->error().code));
    QVERIFY(!(*built)->blocks.isEmpty());
    for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons())
        QVERIFY(b->isEnabled());
}

void TestAuthDialogs::reportDialogNamesItsPicker()
{
    // A tester saw the mayor's statement call its comune "Raggruppato per",
    // and grouping choices shown as their command-line codes.
    ReportCatalog catalog;
    ReportDefinition statement;
    statement.name = QStringLiteral("statement");
    statement.title = [] { return QStringLiteral("Statement"); };
    statement.parameters = ReportDefinition::By;
    statement.byChoices = { QStringLiteral("Abbiategrasso"), QStringLiteral("Albairate") };
    statement.byLabel = [] { return QStringLiteral("Co&mune:"); };
    ReportDefinition grouped;
    grouped.name = QStringLiteral("grouped");
    grouped.title = [] { return QStringLiteral("Grouped"); };
    grouped.parameters = ReportDefinition::By;
    grouped.byChoices = { QStringLiteral("month"), QStringLiteral("week") };
    grouped.byTitle = [](const QString &by) {
        return by == QLatin1String("month") ? QStringLiteral("mese") : QStringLiteral("settimana");
    };
    catalog.add(statement);
    catalog.add(grouped);
    AppContext context;
    context.reports = &catalog;
    ReportDialog dialog(context, QStringLiteral("statement"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *picker = nullptr;
    for (QComboBox *c : dialog.findChildren<QComboBox *>())
        if (c->findText(QStringLiteral("Abbiategrasso")) >= 0)
            picker = c;
    QVERIFY(picker);
    auto pickerLabel = [&]() -> QString {
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->buddy() == picker)
                return l->text();
        return {};
    };
    QCOMPARE(pickerLabel(), QStringLiteral("Co&mune:"));
    QCOMPARE(picker->currentText(), QStringLiteral("Abbiategrasso"));
    dialog.findChild<QListWidget *>()->setCurrentRow(1);
    QCOMPARE(pickerLabel(), ReportDialog::tr("&Grouped by:"));
    QCOMPARE(picker->itemText(0), QStringLiteral("mese"));
    QCOMPARE(picker->itemData(0).toString(), QStringLiteral("month")); // what the report receives
}

QTEST_MAIN(TestAuthDialogs)
#include "tst_authdialogs.moc"
