#pragma once

#include "core/domain/result.h"
#include "volunteers/domain/attestatocontent.h"

#include <QFile>
#include <QFuture>
#include <QList>
#include <QString>

#include <memory>

class QThreadPool;

namespace volunteers {

// The PDF files of one chunk of a batch (IssueAttestatiChunk): each
// attestato is rendered on a worker thread as soon as it is numbered, while
// the batch's thread numbers the next ones in the register (the database
// stays in one thread, in order). The files first go under a temporary name
// ("<file>.part"); finish() waits for them all, forces them to disk
// together (writeback of every file started as it is written, then one
// fdatasync each, which the file system mostly answers with a single
// journal commit), renames them and flushes the folder once. So a file is
// whole or absent, every write is checked, and the disk is synced once per
// chunk rather than three times per file.
//
// Without a pool (the serial reference, and one core) add() renders in the
// calling thread. Memory is bounded by the chunk: one pending render each.
class AttestatoFiles {
public:
    AttestatoFiles(QString outputDir, QThreadPool *pool);
    ~AttestatoFiles(); // discard()s what was not finished

    // Starts writing the attestato's PDF under its temporary name.
    void add(const AttestatoContent &content);
    // Waits for the chunk's files; every one whole on disk under its final
    // name, or none of them (temporary files removed) and the first error
    // in number order (file.cannot_write, report.cannot_print).
    core::Status finish();
    // Waits and removes every file of the chunk, temporary or renamed (the
    // chunk was rolled back).
    void discard();
    // Forgets the finished chunk's files: they belong to the register now.
    void clear();

    static QString temporarySuffix() { return QStringLiteral(".part"); }
    // Removes the temporary files a batch left in `outputDir` when it was
    // killed before its chunk committed (a crash, a power cut): their
    // attestati are not in the register, so they would never be renamed.
    // Only names of this batch's own pattern ("attestato_<number>_<tax
    // code>.pdf.part"); anything else in the folder is left alone. Returns
    // how many went.
    static int removeLeftovers(const QString &outputDir);

private:
    struct Item {
        QString path; // final name
        std::unique_ptr<QFile> file; // open temporary file, written
        core::Error error;
        bool renamed = false;
    };
    static void write(Item &item, const AttestatoContent &content);
    void waitAll();

    QString m_dir;
    QThreadPool *m_pool = nullptr;
    // Shared: a worker holds its item while the list grows.
    QList<std::shared_ptr<Item>> m_items;
    QList<QFuture<void>> m_pending;
};

} // namespace volunteers
