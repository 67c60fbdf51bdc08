// `cisiamo check` and the other commands on damaged, read-only and missing
// database files, through the real binary.
#include "core/db/database.h"
#include "support/damagedfile.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using testsupport::runCisiamo;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Signed in as the test coordinator of preparedCopy().
testsupport::ProcessResult runSignedIn(const QStringList &arguments)
{
    return testsupport::runSignedIn(arguments, {}, { QStringLiteral("coord"), testsupport::testPassword });
}

QString preparedCopy(const QString &dir)
{
    testsupport::TestDatabase source;
    if (!source.isValid() || !testsupport::createRoleAccounts(source.db()))
        return {};
    QSqlQuery(source.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    source.close();
    const QString path = dir + QStringLiteral("/centro.sqlite");
    return QFile::copy(source.path(), path) ? path : QString();
}

// The binary run as "nobody" when the tests run as root, whom permissions
// do not stop: the only honest way to meet a read-only file as root
// without mounting anything. As an ordinary user, the user itself.
testsupport::ProcessResult runAsNobody(const QStringList &arguments, const QString &home)
{
    const QHash<QString, QString> environment { { "HOME", home }, { "XDG_CONFIG_HOME", home + "/.config" },
        { "XDG_RUNTIME_DIR", home + "/run" }, { "CISIAMO_PASSWORD", testsupport::testPassword } };
    if (::geteuid() != 0)
        return runCisiamo(arguments, environment);
    return runCisiamo(arguments, environment, [] {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(99);
    });
}

// The program speaks Italian by default.
bool says(const QString &text, const char *italian)
{
    return text.contains(QString::fromUtf8(italian));
}

const QFile::Permissions readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;

} // namespace

class TestCliDamage : public QObject {
    Q_OBJECT
private slots:
    void checkSaysDamagedAndOffersTheBackup_data();
    void checkSaysDamagedAndOffersTheBackup();
    void readOnly_data();
    void readOnly();
    void missingFileNeedsCreate();
};

void TestCliDamage::checkSaysDamagedAndOffersTheBackup_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : testsupport::damageKinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestCliDamage::checkSaysDamagedAndOffersTheBackup()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = preparedCopy(dir.path());
    QVERIFY(!path.isEmpty());
    const auto backup = runSignedIn({ "--db", path, "backup" });
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    const QString damaged = testsupport::damageDatabaseFile(path, kind);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    const QByteArray before = fileHash(path);

    const auto r = runCisiamo({ "--db", path, "check" });
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(says(err, "danneggiato"), qPrintable(err));
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("centro-auto-")) && err.contains(QStringLiteral("restore")), qPrintable(err));
    QCOMPARE(fileHash(path), before);
}

void TestCliDamage::readOnly_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("read-only file") << "file";
    QTest::newRow("read-only folder") << "folder";
}

void TestCliDamage::readOnly()
{
    QFETCH(QString, what);
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(data));
    QVERIFY(QFile::setPermissions(dir.path(), readable));
    QVERIFY(QFile::setPermissions(home, readable | QFile::WriteOther | QFile::WriteGroup));
    const QString path = preparedCopy(data);
    QVERIFY(!path.isEmpty());
    const QString csv = dir.filePath(QStringLiteral("pupils.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,family_name,given_name,birth_year,school_order,class_year,comune,consent_on\n"
                "X1,Galli,Sofia,2008,media,2,Cisliano,01/02/2021\n");
    }
    QVERIFY(QFile::setPermissions(csv, readable));
    QVERIFY(QFile::setPermissions(data, what == QLatin1String("folder") ? readable : readable | QFile::WriteOther));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther
                                            | (what == QLatin1String("file") ? QFile::Permissions() : QFile::WriteOther)));
    const QByteArray before = fileHash(path);

    const auto check = runAsNobody({ "--db", path, "check" }, home);
    QVERIFY2(check.exitCode == 0, check.out + check.err);
    QVERIFY2(says(QString::fromUtf8(check.out), "sola lettura"), check.out.constData());
    QVERIFY(!says(QString::fromUtf8(check.out + check.err), "danneggiat"));

    // Signing in on a read-only file reads the account and logs nothing.
    const auto report = runAsNobody({ "--db", path, "--user", "coord", "report", "comuni", "--format", "csv" }, home);
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QVERIFY(report.out.contains("Milano"));

    const auto import = runAsNobody({ "--db", path, "--user", "coord", "import", "pupils", csv }, home);
    QCOMPARE(import.exitCode, 1);
    const QString err = QString::fromUtf8(import.err);
    QVERIFY2(says(err, "sola lettura") && err.contains(path), qPrintable(err));
    QVERIFY(!says(err, "danneggiat"));
    QCOMPARE(fileHash(path), before);
    QFile::setPermissions(data, readable | QFile::WriteOwner);
}

void TestCliDamage::missingFileNeedsCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nuovo.sqlite"));
    const auto refused = runSignedIn({ "--db", path, "report", "comuni", "--format", "csv" });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(QString::fromUtf8(refused.err).contains(QStringLiteral("non esiste")), refused.err.constData());
    QVERIFY(!QFile::exists(path));
    // Not even with --create: a new database has no account to sign in with
    // (it is made by `demo` or in the window, which creates the first one).
    const auto created = runSignedIn({ "--db", path, "--create", "report", "comuni", "--format", "csv" });
    QCOMPARE(created.exitCode, 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliDamage)
#include "tst_clidamage.moc"
