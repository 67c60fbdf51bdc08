#include "core/db/importonce.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace core {

ImportOnce::ImportOnce(const QSqlDatabase &db, const QString &kind, const QString &path, bool again, const Clock &clock)
    : m_db(db)
    , m_tx(db)
    , m_kind(kind)
    , m_fileName(QFileInfo(path).fileName())
    , m_again(again)
    , m_clock(clock)
{
    if (!m_tx) {
        m_error = m_tx.error();
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Error(QStringLiteral("file.cannot_read"), { path, file.errorString() }, { path, 0, {} });
        return;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        m_error = Error(QStringLiteral("file.cannot_read"), { path, file.errorString() }, { path, 0, {} });
        return;
    }
    m_sha256 = QString::fromLatin1(hash.result().toHex());
    m_bytes = file.size();
    if (!m_again)
        if (auto s = previous(m_db, m_kind, m_sha256, path); !s)
            m_error = s.error();
    if (!m_error.code.isEmpty())
        qCWarning(logcat::import).noquote() << "import" << m_kind << "refused:" << errorLogText(m_error);
}

ImportOnce::~ImportOnce()
{
    // The file's name may be a person's: its size and hash say which it was.
    if (m_error.code.isEmpty() && !m_committed)
        qCInfo(logcat::import).noquote() << "import" << m_kind << "of" << m_bytes << "bytes, sha256"
                                         << m_sha256.left(12) << "ended without writing (a check, problems or cancelled)";
}

Status ImportOnce::previous(const QSqlDatabase &db, const QString &kind, const QString &sha256, const QString &path)
{
    auto last = runQuery(db,
        QStringLiteral("SELECT imported_at, operator, file_name FROM import_file WHERE kind = ? AND sha256 = ? "
                       "ORDER BY imported_at DESC LIMIT 1"),
        { kind, sha256 });
    if (!last)
        return last.error();
    if (last->next())
        return Error(QStringLiteral("import.already_imported"),
            { last->value(0).toString(), last->value(1).toString(), last->value(2).toString() }, { path, 0, {} });
    return {};
}

Status ImportOnce::checkFile(const QSqlDatabase &db, const QString &kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { path, file.errorString() }, { path, 0, {} });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error(QStringLiteral("file.cannot_read"), { path, file.errorString() }, { path, 0, {} });
    return previous(db, kind, QString::fromLatin1(hash.result().toHex()), path);
}

Status ImportOnce::commit()
{
    if (!m_error.code.isEmpty())
        return m_error;
    m_committed = true; // said here, whatever happens next
    const Status s = record();
    if (!s)
        qCWarning(logcat::import).noquote() << "import" << m_kind << "not written:" << errorLogText(s.error());
    else
        qCInfo(logcat::import).noquote() << "import" << m_kind << "of" << m_bytes << "bytes, sha256" << m_sha256.left(12)
                                         << (m_again ? "written (again)" : "written");
    return s;
}

Status ImportOnce::record()
{
    auto id = allocateRowId(m_db);
    if (!id)
        return id.error();
    auto insert = runQuery(m_db,
        QStringLiteral("INSERT INTO import_file (id, kind, sha256, file_name, imported_at, operator, again) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { *id, m_kind, m_sha256, m_fileName, m_clock.nowMs(), sessionOperator(m_db), m_again ? 1 : 0 });
    if (!insert)
        return insert.error();
    return m_tx.commit();
}

} // namespace core
