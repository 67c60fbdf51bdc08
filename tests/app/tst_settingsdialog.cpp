// Settings › Workstation changes this database's number and name through
// the SetWorkstation command: audited under the person, adopted by the
// connection; a number another workstation's synchronised data carries is
// refused with its message and the dialog stays open.

#include "settingsdialog.h"

#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/sql.h"
#include "core/sync/room.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

class TestSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void changesTheWorkstationThroughItsCommand();
    void refusesANumberInUse_data();
    void refusesANumberInUse();
    void createsTheRoomThroughItsCommand();

private:
    static void fill(SettingsDialog &dialog, int number, const QString &name);
    static QString shownError(const SettingsDialog &dialog);
};

void TestSettingsDialog::fill(SettingsDialog &dialog, int number, const QString &name)
{
    for (QSpinBox *box : dialog.findChildren<QSpinBox *>())
        if (box->maximum() == 9999)
            box->setValue(number);
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (edit->placeholderText().startsWith("e.g. Sala"))
            edit->setText(name);
}

QString TestSettingsDialog::shownError(const SettingsDialog &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (!label->isHidden() && label->styleSheet().contains("b71c1c"))
            return label->text();
    return {};
}

void TestSettingsDialog::changesTheWorkstationThroughItsCommand()
{
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    QVERIFY(testsupport::createRoleAccounts(db));
    QVERIFY(testsupport::signInAs(db, "coord"));
    SettingsDialog dialog(db, database.path());
    fill(dialog, 4, "Magazzino di Rho");
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(core::LocalConfig::value(db, core::LocalConfig::workstationNumber), QString("4"));
    QCOMPARE(core::LocalConfig::value(db, core::LocalConfig::workstationName), QString("Magazzino di Rho"));
    QCOMPARE(core::sessionWorkstation(db), 4);
    auto audit = core::queryValue(db, "SELECT username || ' ' || detail FROM audit_event WHERE kind = 'command'");
    QCOMPARE(audit->toString(), QString("coord core.workstation.set 4"));

    // Nothing changed: nothing runs (anyone may change the language).
    SettingsDialog again(db, database.path());
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(core::queryValue(db, "SELECT count(*) FROM audit_event WHERE kind = 'command'")->toInt(), 1);
}

void TestSettingsDialog::refusesANumberInUse_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("message");
    QTest::newRow("number of another workstation") << "coord" << 6 << "already used by another workstation";
    QTest::newRow("operator") << "oper" << 7 << "Not allowed";
}

void TestSettingsDialog::refusesANumberInUse()
{
    QFETCH(QString, user);
    QFETCH(int, number);
    QFETCH(QString, message);
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    QVERIFY(testsupport::createRoleAccounts(db));
    QVERIFY(core::runQuery(db,
        "INSERT INTO sync_source(database_id, workstation, origin_seq, applied_seq) "
        "VALUES ('db-6', 6, 0, 0)")
                .ok());
    QVERIFY(testsupport::signInAs(db, user));
    const QByteArray before = testsupport::contentHash(db);
    SettingsDialog dialog(db, database.path());
    fill(dialog, number, "Altrove");
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(shownError(dialog).contains(message), qPrintable(shownError(dialog)));
    QCOMPARE(testsupport::contentHash(db), before);
    QCOMPARE(core::sessionWorkstation(db), 1);
}

void TestSettingsDialog::createsTheRoomThroughItsCommand()
{
    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    QVERIFY(core::LocalConfig::setValue(db, core::sync::Room::keyName, QString())); // in no room
    QVERIFY(testsupport::createRoleAccounts(db));
    auto roomField = [](const SettingsDialog &dialog) -> QLineEdit * {
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->placeholderText().startsWith("name of a new room"))
                return edit;
        return nullptr;
    };
    // An operator may not (sync.manage): refused, shown, nothing made.
    QVERIFY(testsupport::signInAs(db, "oper"));
    {
        SettingsDialog dialog(db, database.path());
        QVERIFY(roomField(dialog));
        roomField(dialog)->setText("Sala CCV-MI");
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!shownError(dialog).isEmpty());
        QVERIFY(core::sync::Room::key(db).isEmpty());
    }
    QVERIFY(testsupport::signInAs(db, "coord"));
    {
        SettingsDialog dialog(db, database.path());
        roomField(dialog)->setText("Sala CCV-MI");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(core::sync::Room::key(db).size(), core::sync::Room::keyBytes);
    QCOMPARE(core::sync::Room::name(db), QString("Sala CCV-MI"));
    auto audit = core::queryValue(
        db, "SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE 'sync.room.create%'");
    QCOMPARE(audit->toInt(), 1);
    // Once in a room, the dialog only shows it.
    SettingsDialog shown(db, database.path());
    QVERIFY(!roomField(shown));
    bool named = false;
    for (QLabel *label : shown.findChildren<QLabel *>())
        named = named || label->text() == "Sala CCV-MI";
    QVERIFY(named);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
