// Nothing lost without a word: the files a file-sync engine leaves in the
// sync folder (Syncthing's temporary files and conflict copies) are not
// applied and do not fail the import unless they differ from their
// original; a file missing from the folder is named (producer and
// sequences) and can be written again by the workstation that made it.

#include "syncfixtures.h"

#include "core/sync/syncarchive.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncfolder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace syncfixtures;
using testsupport::WorkstationPair;

namespace {

const QString conflictSuffix = QStringLiteral(".sync-conflict-20260310-101500-ABCDEFG.cisync");

QString conflictName(const QString &original)
{
    return original.left(original.size() - core::sync::syncFileSuffix.size()) + conflictSuffix;
}

// Three files of workstation 1, one service each.
QStringList exportThree(WorkstationPair &pair)
{
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        if (!insertService(pair.a(), QStringLiteral("m%1").arg(i), QStringLiteral("Servizio %1").arg(i)))
            return {};
        auto exported = pair.exportFrom(0);
        if (!exported || exported->files.size() != 1)
            return {};
        names.append(exported->files.first().fileName);
        pair.tick();
    }
    return names;
}

} // namespace

class TestSyncMissing : public QObject {
    Q_OBJECT
private slots:
    void folderEntries_data();
    void folderEntries();
    void engineFilesInTheFolder_data();
    void engineFilesInTheFolder();
    void missingFileIsNamedAndResent();
    void resendNeedsAnIntactCopy();
    void noFileIsSentWithoutItsCopy();
};

void TestSyncMissing::folderEntries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("original");
    const QString file = QStringLiteral("cisiamo-ws0002-000000000101-000000000250-20260124T101500123Z-ab12cd34.cisync");
    const QString base = file.left(file.size() - 7);
    using core::sync::FolderEntry;
    QTest::newRow("sync file") << file << int(FolderEntry::SyncFile) << QString();
    QTest::newRow("syncthing temporary") << ".syncthing." + file + ".tmp" << int(FolderEntry::Temporary) << QString();
    QTest::newRow("syncthing temporary (Windows)")
        << "~syncthing~" + file + ".tmp" << int(FolderEntry::Temporary) << QString();
    QTest::newRow("conflict copy") << base + ".sync-conflict-20260124-101600-ABCDEFG.cisync"
                                   << int(FolderEntry::ConflictCopy) << file;
    QTest::newRow("conflict copy, old Syncthing")
        << base + ".sync-conflict-20260124-101600.cisync" << int(FolderEntry::ConflictCopy) << file;
    QTest::newRow("conflict copy, unknown shape")
        << base + ".sync-conflict-yesterday.cisync" << int(FolderEntry::ConflictCopy) << QString();
    QTest::newRow("another file") << QStringLiteral("LEGGIMI.txt") << int(FolderEntry::Other) << QString();
}

void TestSyncMissing::folderEntries()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, original);
    QCOMPARE(int(core::sync::classifyFolderEntry(name)), kind);
    if (kind == int(core::sync::FolderEntry::ConflictCopy))
        QCOMPARE(core::sync::conflictOriginal(name), original);
}

void TestSyncMissing::engineFilesInTheFolder_data()
{
    QTest::addColumn<QString>("extra"); // name of the engine's file; %1 is the sync file's name
    QTest::addColumn<bool>("identical"); // same bytes as the sync file (else one byte changed)
    QTest::addColumn<bool>("originalGone"); // the original applied, then removed from the folder
    QTest::addColumn<bool>("refused");
    QTest::addColumn<int>("ignoredCopies");
    QTest::newRow("temporary") << ".syncthing.%1.tmp" << false << false << false << 0;
    QTest::newRow("temporary (Windows)") << "~syncthing~%1.tmp" << false << false << false << 0;
    QTest::newRow("identical conflict copy") << "conflict" << true << false << false << 1;
    QTest::newRow("identical copy of an applied file") << "conflict" << true << true << false << 1;
    QTest::newRow("different conflict copy") << "conflict" << false << false << true << 0;
    QTest::newRow("different copy of an applied file") << "conflict" << false << true << true << 0;
}

void TestSyncMissing::engineFilesInTheFolder()
{
    QFETCH(QString, extra);
    QFETCH(bool, identical);
    QFETCH(bool, originalGone);
    QFETCH(bool, refused);
    QFETCH(int, ignoredCopies);
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QStringList names = exportThree(pair);
    QCOMPARE(names.size(), 3);
    const QDir folder(pair.folder());
    const QString original = names.at(1);
    QByteArray bytes = readFile(folder.filePath(original));
    if (!identical)
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20); // a copy altered on the way
    const QString extraName = extra == QLatin1String("conflict") ? conflictName(original) : extra.arg(original);
    if (originalGone) {
        auto first = pair.importInto(1);
        QVERIFY(first && first->files.size() == 3);
        QVERIFY(QFile::remove(folder.filePath(original)));
    }
    QVERIFY(writeFile(folder.filePath(extraName), extra.endsWith(".tmp") ? bytes.left(bytes.size() / 2) : bytes));

    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->files.size(), originalGone ? 0 : 3); // the other files are applied
    QCOMPARE(report->waiting.size(), 0);
    QCOMPARE(report->ignoredCopies, ignoredCopies);
    QCOMPARE(report->refused.size(), refused ? 1 : 0);
    if (refused) {
        QCOMPARE(report->refused.first().fileName, extraName);
        QCOMPARE(report->refused.first().reason.code, QStringLiteral("sync.conflict_copy"));
        QCOMPARE(report->refused.first().reason.args.value(1), original);
    }
    // A refused copy is in the importing station's audit log (issue 14:
    // refusals are audited), until its next export: only that may differ.
    QCOMPARE(pair.differingTables(), refused ? QStringList { QStringLiteral("audit_event") } : QStringList());
    auto missing = core::sync::findMissingFiles(pair.b(), pair.folder());
    QVERIFY(missing);
    QCOMPARE(missing->size(), 0);
}

void TestSyncMissing::missingFileIsNamedAndResent()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QStringList names = exportThree(pair);
    QCOMPARE(names.size(), 3);
    const QDir folder(pair.folder());
    const QByteArray sent = readFile(folder.filePath(names.at(1)));
    const auto middle = core::sync::SyncFileName::parse(names.at(1));
    QVERIFY(middle);
    QVERIFY(QFile::remove(folder.filePath(names.at(1))));

    // Named before anything of that workstation was applied here, and after.
    for (int round = 0; round < 2; ++round) {
        auto missing = core::sync::findMissingFiles(pair.b(), pair.folder());
        QVERIFY(missing);
        QCOMPARE(missing->size(), 1);
        QCOMPARE(missing->first().workstation, 1);
        QCOMPARE(missing->first().firstSeq, middle->firstSeq);
        QCOMPARE(missing->first().lastSeq, middle->lastSeq);
        QCOMPARE(missing->first().nextFile, names.at(2));
        auto report = pair.importInto(1);
        QVERIFY(report);
        QCOMPARE(report->waiting.size(), 1);
    }
    // The producer itself sees nothing missing (its own files).
    auto own = core::sync::findMissingFiles(pair.a(), pair.folder());
    QVERIFY(own && own->isEmpty());

    auto resent = core::sync::resendFiles(pair.a(), middle->firstSeq, pair.folder());
    QVERIFY(resent);
    QCOMPARE(resent->written, QStringList { names.at(1) });
    QCOMPARE(resent->present, QStringList { names.at(2) });
    QVERIFY(resent->unavailable.isEmpty());
    QCOMPARE(readFile(folder.filePath(names.at(1))), sent); // the very same bytes

    auto missing = core::sync::findMissingFiles(pair.b(), pair.folder());
    QVERIFY(missing && missing->isEmpty());
    auto report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->files.size(), 2);
    QCOMPARE(report->waiting.size(), 0);
    QCOMPARE(pair.differingTables(), QStringList());

    // A file already applied, sent again: skipped, nothing changes.
    QVERIFY(QFile::remove(folder.filePath(names.at(0))));
    resent = core::sync::resendFiles(pair.a(), 1, pair.folder());
    QVERIFY(resent);
    QCOMPARE(resent->written, QStringList { names.at(0) });
    const QString before = value(pair.b(), "SELECT group_concat(code || name) FROM volunteer_service").toString();
    report = pair.importInto(1);
    QVERIFY(report);
    QCOMPARE(report->files.size(), 0);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(value(pair.b(), "SELECT group_concat(code || name) FROM volunteer_service").toString(), before);
}

void TestSyncMissing::resendNeedsAnIntactCopy()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QStringList names = exportThree(pair);
    QCOMPARE(names.size(), 3);
    const QDir folder(pair.folder());
    const QDir archive(core::sync::sentArchiveFolder(pair.a()));
    for (const QString &name : names)
        QVERIFY(QFile::remove(folder.filePath(name)));
    // One copy lost, one altered: never a different content under the same
    // sequences; the third is written.
    QVERIFY(QFile::remove(archive.filePath(names.at(0))));
    QByteArray altered = readFile(archive.filePath(names.at(1)));
    altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x20);
    QVERIFY(writeFile(archive.filePath(names.at(1)), altered));

    auto resent = core::sync::resendFiles(pair.a(), 1, pair.folder());
    QVERIFY(resent);
    QCOMPARE(resent->written, QStringList { names.at(2) });
    QCOMPARE(resent->unavailable.size(), 2);
    QCOMPARE(resent->unavailable.at(0).code, QStringLiteral("sync.resend_unavailable"));
    QCOMPARE(resent->unavailable.at(0).args, (QStringList { names.at(0), "missing" }));
    QCOMPARE(resent->unavailable.at(1).args, (QStringList { names.at(1), "damaged" }));
    QVERIFY(!QFileInfo::exists(folder.filePath(names.at(0))));
    QVERIFY(!QFileInfo::exists(folder.filePath(names.at(1))));
}

void TestSyncMissing::noFileIsSentWithoutItsCopy()
{
    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    // The place of the copies is taken by a file: no copy can be kept.
    QVERIFY(writeFile(core::sync::sentArchiveFolder(pair.a()), "not a folder"));
    QVERIFY(insertService(pair.a(), QStringLiteral("n"), QStringLiteral("Servizio N")));
    const qint64 pending = core::sync::SyncExporter::pendingChanges(pair.a()).value();
    auto exported = pair.exportFrom(0);
    QVERIFY(!exported);
    QCOMPARE(exported.error().code, QStringLiteral("sync.cannot_write"));
    QCOMPARE(exported.error().args.value(0), core::sync::sentArchiveFolder(pair.a()));
    QCOMPARE(QDir(pair.folder()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(core::sync::SyncExporter::pendingChanges(pair.a()).value(), pending);

    QVERIFY(QFile::remove(core::sync::sentArchiveFolder(pair.a())));
    exported = pair.exportFrom(0);
    QVERIFY(exported && exported->files.size() == 1);
    QVERIFY(
        QFileInfo::exists(QDir(core::sync::sentArchiveFolder(pair.a())).filePath(exported->files.first().fileName)));
}

QTEST_GUILESS_MAIN(TestSyncMissing)
#include "tst_syncmissing.moc"
