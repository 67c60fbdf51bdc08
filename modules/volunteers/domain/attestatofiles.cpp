#include "volunteers/domain/attestatofiles.h"

#include "core/domain/diskflush.h"
#include "core/domain/wholefile.h"
#include "core/reporting/reportrenderer.h"
#include "volunteers/domain/attestatodocument.h"

#include <QDir>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace volunteers {

using core::Error;
using core::Status;

AttestatoFiles::AttestatoFiles(QString outputDir, QThreadPool *pool, int groupSize)
    : m_dir(std::move(outputDir))
    , m_pool(pool)
    , m_groupSize(std::max(1, groupSize))
{
}

AttestatoFiles::~AttestatoFiles()
{
    discard();
}

void AttestatoFiles::render(const QList<Pending> &group, bool alone)
{
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    if (alone) {
        // Groups of one: each printed as a reprint prints it.
        for (const Pending &p : group)
            write(*p.item, core::ReportRenderer(attestatoDocument(p.content), italian).pdfData());
        return;
    }
    QList<core::ReportDocument> documents;
    documents.reserve(group.size());
    for (const Pending &p : group)
        documents.append(attestatoDocument(p.content));
    const QList<QByteArray> pdfs = core::ReportRenderer::pdfDataEach(documents, italian);
    for (qsizetype i = 0; i < group.size(); ++i)
        write(*group.at(i).item, pdfs.value(i));
}

void AttestatoFiles::write(Item &item, const QByteArray &pdf)
{
    if (pdf.isEmpty()) {
        item.error = Error(QStringLiteral("report.cannot_print"));
        return;
    }
    const QString temporary = item.path + temporarySuffix();
    auto file = std::make_unique<QFile>(temporary);
    errno = 0;
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        item.error = core::writeError(temporary, errno, file->errorString());
        return;
    }
    errno = 0;
    if (file->write(pdf) != pdf.size() || !file->flush()) {
        item.error = core::writeError(item.path, errno, file->errorString());
        file->close();
        QFile::remove(temporary);
        return;
    }
#ifdef Q_OS_LINUX
    // Start the writeback now: finish()'s fdatasync then finds the data on
    // its way and the whole chunk is committed by one journal transaction.
    ::sync_file_range(file->handle(), 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    item.file = std::move(file);
}

void AttestatoFiles::add(const AttestatoContent &content)
{
    auto item = std::make_shared<Item>();
    item->path = QDir(m_dir).filePath(attestatoFileName(content.number, content.volunteerTaxCode));
    m_items.append(item);
    m_group.append({ item, content });
    if (m_group.size() >= m_groupSize)
        startGroup();
}

void AttestatoFiles::startGroup()
{
    if (m_group.isEmpty())
        return;
    QList<Pending> group;
    group.swap(m_group);
    const bool alone = m_groupSize == 1;
    if (!m_pool) {
        render(group, alone);
        return;
    }
    m_pending.append(QtConcurrent::run(m_pool, [group, alone] { render(group, alone); }));
}

void AttestatoFiles::waitAll()
{
    for (QFuture<void> &f : m_pending)
        f.waitForFinished();
    m_pending.clear();
}

Status AttestatoFiles::finish()
{
    startGroup(); // the chunk's last attestati
    waitAll();
    Error failure;
    for (const auto &item : std::as_const(m_items))
        if (!item->error.code.isEmpty()) {
            failure = item->error;
            break;
        }
    // Every byte on disk (checked) before any file takes its final name.
    for (const auto &item : std::as_const(m_items)) {
        if (!failure.code.isEmpty())
            break;
        errno = 0;
#ifdef Q_OS_UNIX
        if (::fdatasync(item->file->handle()) != 0)
            failure = core::writeError(item->path, errno);
#endif
        item->file->close();
        if (failure.code.isEmpty() && item->file->error() != QFileDevice::NoError)
            failure = core::writeError(item->path, errno, item->file->errorString());
    }
    for (const auto &item : std::as_const(m_items)) {
        if (!failure.code.isEmpty())
            break;
        const QString temporary = item->path + temporarySuffix();
#ifdef Q_OS_UNIX
        // rename(2) replaces a file left by a run that was rolled back, atomically.
        errno = 0;
        item->renamed = ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(item->path).constData())
            == 0;
#else
        QFile::remove(item->path);
        item->renamed = QFile::rename(temporary, item->path);
#endif
        if (!item->renamed)
            failure = core::writeError(item->path, errno);
    }
    if (failure.code.isEmpty() && !m_items.isEmpty() && !core::flushFolderToDisk(m_dir))
        failure = core::writeError(m_dir, errno);
    if (!failure.code.isEmpty()) {
        discard();
        return failure;
    }
    return {};
}

void AttestatoFiles::discard()
{
    m_group.clear(); // never rendered: no file
    waitAll();
    for (const auto &item : std::as_const(m_items)) {
        if (item->file)
            item->file->close();
        QFile::remove(item->path + temporarySuffix());
        if (item->renamed)
            QFile::remove(item->path);
    }
    m_items.clear();
}

int AttestatoFiles::removeLeftovers(const QString &outputDir)
{
    // attestatoFileName(): "attestato_2021-000123_RSSMRA80A01F205X.pdf",
    // "attestato_2021-2-000123_..." on another workstation.
    static const QRegularExpression ours(QStringLiteral("^attestato_\\d{4}-(\\d+-)?\\d{6,}_[A-Za-z0-9]+\\.pdf")
        + QRegularExpression::escape(temporarySuffix()) + QLatin1Char('$'));
    const QDir dir(outputDir);
    int removed = 0;
    for (const QString &name : dir.entryList({ QStringLiteral("attestato_*") + temporarySuffix() }, QDir::Files))
        if (ours.match(name).hasMatch() && QFile::remove(dir.filePath(name)))
            ++removed;
    return removed;
}

void AttestatoFiles::clear()
{
    m_group.clear();
    waitAll();
    m_items.clear();
}

} // namespace volunteers
