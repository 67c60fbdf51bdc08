// The room key: every sync file carries an authenticator made with it, and
// a file without a valid one is refused before anything of it is applied,
// named and audited (forged, altered and resealed, from another room,
// truncated, empty, renamed); a database in no room imports nothing; the
// key never travels in a sync file; `room create` runs through the command
// layer. A data key is never given automatically to an account that
// arrived by sync: a coordinator gives it on purpose, audited.

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/vault.h"
#include "core/commands/accountcommands.h"
#include "core/commands/commandrunner.h"
#include "core/db/localconfig.h"
#include "core/db/sql.h"
#include "core/sync/room.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncimporter.h"
#include "core/sync/tableregistry.h"
#include "support/testaccounts.h"
#include "syncfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace core::sync;
using namespace syncfixtures;
using testsupport::WorkstationPair;

namespace {

QString state(const QSqlDatabase &db)
{
    QString text;
    for (const QString &t : { QStringLiteral("comune_cmm"), QStringLiteral("volunteer_service"),
             QStringLiteral("operator_account"), QStringLiteral("sync_source"), QStringLiteral("sync_import"),
             QStringLiteral("sync_parked"), QStringLiteral("merge_conflict") })
        text += WorkstationPair::tableDump(db, t);
    return text;
}

QByteArray bodyOf(const QByteArray &file)
{
    return file.left(file.lastIndexOf('\n', file.size() - 2) + 1);
}

// A trailer as the format has it: the SHA-256 recomputed, and an
// authenticator made with `key` (none when empty).
QByteArray reseal(const QByteArray &body, const QString &fileName, const QByteArray &key)
{
    const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const int changes = int(body.count('\n')) - 1;
    QByteArray trailer = "{";
    if (!key.isEmpty())
        trailer += "\"auth\":\"" + Room::authenticator(key, fileName, body) + "\",";
    return body + trailer + "\"changes\":" + QByteArray::number(changes) + ",\"end\":\"cisiamo-sync\",\"sha256\":\""
        + sha + "\"}\n";
}

qint64 refusalAudits(const QSqlDatabase &db, const QString &fileName)
{
    auto n = queryValue(db,
        QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'denied' AND detail LIKE ? || '%'"),
        { refusalAuditPrefix + fileName + QLatin1Char(':') });
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestRoomAuth : public QObject {
    Q_OBJECT
private slots:
    void refusedBeforeAnythingIsApplied_data();
    void refusedBeforeAnythingIsApplied();
    void sameRoomIsApplied();
    void noRoomImportsNothing();
    void keyNeverTravels();
    void createRoomCommand();
    void syncedAccountGetsNoKeyUntilGranted();
};

void TestRoomAuth::refusedBeforeAnythingIsApplied_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("forged psychologist account") << "forged"
                                                 << "sync.file_not_authenticated";
    QTest::newRow("forged without authenticator") << "no-auth"
                                                  << "sync.file_not_authenticated";
    QTest::newRow("altered and resealed") << "altered"
                                          << "sync.file_not_authenticated";
    QTest::newRow("another room's key") << "other-room"
                                        << "sync.file_not_authenticated";
    QTest::newRow("renamed") << "renamed"
                             << "sync.file_not_authenticated";
    QTest::newRow("truncated") << "truncated"
                               << "sync.file_truncated";
    QTest::newRow("empty") << "empty"
                           << "sync.file_truncated";
}

void TestRoomAuth::refusedBeforeAnythingIsApplied()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(write(pair.a(), QStringLiteral("UPDATE comune_cmm SET coc_contact = 'Anna Neri' WHERE comune_id = 15146")));
    QVERIFY(insertService(pair.a(), QStringLiteral("sacchi"), QStringLiteral("Sacchi da 3 kg")));
    QTemporaryDir source;
    auto exported = SyncExporter(pair.a(), pair.clock()).exportTo(ExportOptions { source.path(), 20000, {} });
    QVERIFY(exported && exported->files.size() == 1);
    QString name = exported->files.first().fileName;
    QByteArray data = readFile(QDir(source.path()).filePath(name));
    const QByteArray key = Room::key(pair.a());
    QVERIFY(decodeSyncFile(data, name, key).ok());

    if (kind == QLatin1String("forged") || kind == QLatin1String("no-auth")) {
        // Someone who knows the format but not the key writes an account
        // with the psychologist role.
        auto content = decodeSyncFile(data, name, key);
        QVERIFY(content);
        SyncChange account;
        account.seq = content->header.lastSeq;
        account.table = QStringLiteral("operator_account");
        account.rowId = 999999;
        account.operation = QLatin1Char('I');
        account.version = { content->header.createdAt, content->header.workstation };
        account.operatorName = QStringLiteral("intruso");
        account.values = { { QStringLiteral("id"), 999999 }, { QStringLiteral("username"), QStringLiteral("intruso") },
            { QStringLiteral("display_name"), QStringLiteral("Intruso") },
            { QStringLiteral("role"), QStringLiteral("psychologist") }, { QStringLiteral("active"), 1 },
            { QStringLiteral("password_hash"), QStringLiteral("$argon2id$x") },
            { QStringLiteral("must_change_password"), 0 }, { QStringLiteral("kdf_salt"), QByteArray(16, 'a') },
            { QStringLiteral("kdf_ops"), 2 }, { QStringLiteral("kdf_mem"), 65536 },
            { QStringLiteral("public_key"), QByteArray(32, 'b') },
            { QStringLiteral("sealed_secret_key"), QByteArray(72, 'c') }, { QStringLiteral("created_at"), 1 },
            { QStringLiteral("updated_at"), 1 } };
        content->changes.append(account);
        const QByteArray guess = kind == QLatin1String("forged") ? Room::newKey() : QByteArray();
        data = reseal(bodyOf(encodeSyncFile(content->header, content->changes, name, key)), name, guess);
    } else if (kind == QLatin1String("altered")) {
        auto content = decodeSyncFile(data, name, key);
        QVERIFY(content);
        bool found = false;
        for (SyncChange &c : content->changes)
            for (auto it = c.values.begin(); it != c.values.end(); ++it)
                if (it.value() == QStringLiteral("Sacchi da 3 kg")) {
                    it.value() = QStringLiteral("Sacchi da 3000 kg");
                    found = true;
                }
        QVERIFY(found);
        data = reseal(bodyOf(encodeSyncFile(content->header, content->changes, name, key)), name, {});
    } else if (kind == QLatin1String("other-room")) {
        data = reseal(bodyOf(data), name, Room::newKey());
    } else if (kind == QLatin1String("renamed")) {
        // Same workstation and sequences, written "at another time": a
        // replayed copy under a name its authenticator does not cover.
        auto parsed = SyncFileName::parse(name);
        QVERIFY(parsed);
        parsed->writtenAt = parsed->writtenAt.addSecs(3600);
        name = parsed->toString();
    } else if (kind == QLatin1String("truncated")) {
        data = data.left(data.size() * 2 / 3);
    } else if (kind == QLatin1String("empty")) {
        data.clear();
    }
    QVERIFY(writeFile(QDir(pair.folder()).filePath(name), data));

    const QString before = state(pair.b());
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->files.size(), 0);
    QCOMPARE(report->refused.size(), 1);
    QCOMPARE(report->refused.first().fileName, name);
    QCOMPARE(report->refused.first().reason.code, code);
    QCOMPARE(state(pair.b()), before);
    QCOMPARE(refusalAudits(pair.b(), name), 1);
    // Refused again next time, audited once.
    report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 1);
    QCOMPARE(state(pair.b()), before);
    QCOMPARE(refusalAudits(pair.b(), name), 1);
}

void TestRoomAuth::sameRoomIsApplied()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("sacchi"), QStringLiteral("Sacchi da 3 kg")));
    QVERIFY(pair.exportFrom(0));
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(report->files.size(), 1);
    QCOMPARE(pair.differingTables(), QStringList());
}

void TestRoomAuth::noRoomImportsNothing()
{
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("sacchi"), QStringLiteral("Sacchi da 3 kg")));
    QVERIFY(pair.exportFrom(0));
    QVERIFY(LocalConfig::setValue(pair.b(), Room::keyName, QString()));
    const QString before = state(pair.b());
    auto report = pair.importInto(1);
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("sync.no_room"));
    QCOMPARE(state(pair.b()), before);
    // Nor does it export: nobody could trust its files.
    QVERIFY(insertService(pair.b(), QStringLiteral("acqua"), QStringLiteral("Acqua")));
    auto exported = pair.exportFrom(1);
    QVERIFY(!exported);
    QCOMPARE(exported.error().code, QStringLiteral("sync.no_room"));
}

void TestRoomAuth::keyNeverTravels()
{
    QVERIFY(TableRegistry::isBookkeeping(QStringLiteral("local_config")));
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(insertService(pair.a(), QStringLiteral("sacchi"), QStringLiteral("Sacchi da 3 kg")));
    // Even a change of the room's settings leaves nothing in the files.
    QVERIFY(Room::install(pair.a(), QStringLiteral("Sala CCV"), Room::key(pair.a())));
    auto exported = pair.exportFrom(0);
    QVERIFY(exported && !exported->files.isEmpty());
    const QByteArray key = Room::key(pair.a());
    QCOMPARE(key.size(), Room::keyBytes);
    for (const ExportedFile &f : exported->files) {
        const QByteArray data = readFile(QDir(pair.folder()).filePath(f.fileName));
        QVERIFY(!data.contains(key.toBase64()));
        QVERIFY(!data.contains(key.toHex()));
        QVERIFY(!data.contains("room_key"));
        // Inside the compressed block too.
        auto content = decodeSyncFile(data, f.fileName, key);
        QVERIFY(content);
        for (const SyncChange &c : content->changes) {
            QVERIFY(c.table != QLatin1String("local_config"));
            for (const QVariant &v : c.values) {
                QVERIFY(v.toByteArray() != key);
                QVERIFY(!v.toString().contains(QLatin1String(key.toBase64())));
                QVERIFY(!v.toString().contains(QLatin1String("room_key")));
            }
        }
    }
}

void TestRoomAuth::createRoomCommand()
{
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    const QSqlDatabase db = database.db();
    QVERIFY(LocalConfig::setValue(db, Room::keyName, QString()));
    QVERIFY(testsupport::createRoleAccounts(db));
    QVERIFY(testsupport::signInAs(db, testsupport::usernameFor(Role::Operator)));
    CreateRoom refused(QStringLiteral("Sala operativa CCV-MI"));
    auto denied = CommandRunner(db).run(refused);
    QVERIFY(!denied);
    QVERIFY(Room::key(db).isEmpty());

    QVERIFY(testsupport::signInAs(db, testsupport::usernameFor(Role::Coordinator)));
    CreateRoom noName(QStringLiteral("  "));
    QCOMPARE(CommandRunner(db).run(noName).error().code, QStringLiteral("sync.room_name"));
    CreateRoom create(QStringLiteral("Sala operativa CCV-MI"));
    QVERIFY(CommandRunner(db).run(create));
    QCOMPARE(Room::key(db).size(), Room::keyBytes);
    QCOMPARE(Room::name(db), QStringLiteral("Sala operativa CCV-MI"));
    auto audited = queryValue(db,
        QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE '%sync.room.create%'"));
    QVERIFY(audited);
    QCOMPARE(audited->toInt(), 1);
    // A second room would orphan every file made with the first key.
    const QByteArray first = Room::key(db);
    CreateRoom again(QStringLiteral("Altra sala"));
    QCOMPARE(CommandRunner(db).run(again).error().code, QStringLiteral("sync.room_exists"));
    QCOMPARE(Room::key(db), first);
}

void TestRoomAuth::syncedAccountGetsNoKeyUntilGranted()
{
    using testsupport::testPassword;
    WorkstationPair pair;
    QVERIFY(pair.isValid());
    QVERIFY(testsupport::createRoleAccounts(pair.a(), pair.clock()));
    QVERIFY(pair.exchange());
    // On b the administrator creates a second psychologist: it reaches a by sync.
    QVERIFY(testsupport::signInAs(pair.b(), QStringLiteral("admin"), pair.clock()));
    CreateAccount create(
        { QStringLiteral("psy2"), QStringLiteral("Pia Psicologa"), Role::Psychologist, testPassword, false },
        KdfCost::minimum());
    QVERIFY(CommandRunner(pair.b(), pair.clock()).run(create));
    testsupport::signOut(pair.b());
    pair.tick();
    QVERIFY(pair.exchange());

    // The coordinator signs in on a: psy (made here) holds the key, psy2 waits.
    QVERIFY(testsupport::signInAs(pair.a(), QStringLiteral("coord"), pair.clock()));
    auto holders = Vault::holders(pair.a(), Permission::ListeningPersonalRead);
    QVERIFY(holders);
    QVERIFY(holders->holding.contains(QStringLiteral("psy")));
    QVERIFY(holders->waiting.contains(QStringLiteral("psy2")));
    QVERIFY(!holders->holding.contains(QStringLiteral("psy2")));

    // Given on purpose, and audited.
    GrantDataKey grant(QStringLiteral("psy2"));
    QVERIFY(CommandRunner(pair.a(), pair.clock()).run(grant));
    QVERIFY(grant.granted());
    holders = Vault::holders(pair.a(), Permission::ListeningPersonalRead);
    QVERIFY(holders && holders->holding.contains(QStringLiteral("psy2")));
    auto audited = queryValue(pair.a(),
        QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'key_granted' AND username = 'psy2' "
                       "AND detail = 'on purpose by coord'"));
    QVERIFY(audited);
    QCOMPARE(audited->toInt(), 1);
    // Not to an account whose role may not read callers' data.
    GrantDataKey wrong(QStringLiteral("oper"));
    QCOMPARE(CommandRunner(pair.a(), pair.clock()).run(wrong).error().code, QStringLiteral("vault.not_entitled"));
}

QTEST_GUILESS_MAIN(TestRoomAuth)
#include "tst_roomauth.moc"
