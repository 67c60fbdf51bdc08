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

// The PDF files of one chunk of a batch (IssueAttestatiChunk): the
// attestati are rendered in groups of renderGroupSize() on a worker thread
// as soon as the group is numbered, while the batch's thread numbers the
// next ones in the register (the database stays in one thread, in order).
// A group is painted as one QPdfWriter document and cut into one file per
// attestato (ReportRenderer::pdfDataEach): Qt embeds its fonts once per
// document, which for one-page files is most of a page's cost. The groups
// are the same whatever the number of threads (every renderGroupSize()
// attestati of the chunk, in number order), so the serial and the parallel
// batch write the same bytes. The files first go under a temporary name
// ("<file>.part"); finish() waits for them all, forces them to disk
// together (writeback of every file started as it is written, then one
// fdatasync each, which the file system mostly answers with a single
// journal commit), renames them and flushes the folder once. So a file is
// whole or absent, every write is checked, and the disk is synced once per
// chunk rather than three times per file.
//
// Without a pool (the serial reference, and one core) add() renders each
// group in the calling thread. Memory is bounded by the chunk.
class AttestatoFiles {
public:
    // groupSize 1: each attestato in a QPdfWriter document of its own, as a
    // reprint prints it (the way batches worked before; benchmarks).
    AttestatoFiles(QString outputDir, QThreadPool *pool, int groupSize = renderGroupSize());
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

    // Attestati per QPdfWriter document. Measured (Qt 6.4, one-page
    // attestati): 10.8 ms a page one per document, 4.7 at 8, 4.0 at 16,
    // 3.7 at 64; each file carries the fonts of its group (a few KB more
    // for each of its new glyphs), so not more than needed.
    static constexpr int renderGroupSize() { return 16; }

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
    struct Pending {
        std::shared_ptr<Item> item;
        AttestatoContent content;
    };
    static void render(const QList<Pending> &group, bool alone);
    static void write(Item &item, const QByteArray &pdf);
    void startGroup();
    void waitAll();

    QString m_dir;
    QThreadPool *m_pool = nullptr;
    int m_groupSize = 1;
    QList<Pending> m_group; // numbered, not yet rendering
    // Shared: a worker holds its item while the list grows.
    QList<std::shared_ptr<Item>> m_items;
    QList<QFuture<void>> m_pending;
};

} // namespace volunteers
