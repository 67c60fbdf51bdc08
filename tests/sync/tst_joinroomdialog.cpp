// The first-start dialog "Unisciti a una sala operativa": a refusal is
// shown in the dialog, which stays open with nothing created; the right
// passphrase and a free number create the database.

#include "sync/joinroomdialog.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/sync/invitation.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

class TestJoinRoomDialog : public QObject {
    Q_OBJECT
private slots:
    void refusalStaysOpenThenJoins();
};

void TestJoinRoomDialog::refusalStaysOpenThenJoins()
{
    testsupport::TestDatabase inviter(true, 1);
    QVERIFY(inviter.isValid());
    QVERIFY(testsupport::createRoleAccounts(inviter.db()));
    QVERIFY(testsupport::signInAs(inviter.db(), QStringLiteral("coord")));
    QTemporaryDir place;
    const QString invitation = place.filePath(QStringLiteral("invito.cisinvite"));
    QVERIFY(core::sync::writeInvitation(inviter.db(), invitation, QStringLiteral("sala operativa 2026")));
    const QString target = place.filePath(QStringLiteral("nuova.sqlite"));

    JoinRoomDialog dialog(target);
    dialog.show();
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("invitation"));
    auto *pass = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *number = dialog.findChild<QSpinBox *>(QStringLiteral("number"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(file && pass && number && name && error);
    QSignalSpy finished(&dialog, &JoinRoomDialog::joinFinished);
    // No number is offered, and none given is said, not guessed.
    QCOMPARE(number->value(), 0);
    file->setText(invitation);
    pass->setText(QStringLiteral("sala operativa 2026"));
    dialog.accept();
    QVERIFY(error->isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!QFile::exists(target));

    pass->setText(QStringLiteral("frase sbagliata 2026"));
    number->setValue(3);
    name->setText(QStringLiteral("Magazzino"));
    dialog.accept();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(invitation));
    QVERIFY(!QFile::exists(target));

    number->setValue(1); // the inviter's
    pass->setText(QStringLiteral("sala operativa 2026"));
    dialog.accept();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.isVisible());
    QVERIFY(error->text().contains(QStringLiteral("1")));
    QVERIFY(!QFile::exists(target));

    number->setValue(3);
    dialog.accept();
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.summary().isEmpty());
    auto opened = core::openDatabase(target);
    QVERIFY(opened);
    QCOMPARE(core::sessionWorkstation(opened->db()), 3);
}

QTEST_MAIN(TestJoinRoomDialog)
#include "tst_joinroomdialog.moc"
