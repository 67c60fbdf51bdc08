#include "backgroundcheck.h"

#include "core/db/database.h"
#include "core/db/dbchecks.h"
#include "core/ui/errortext.h"

#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

#include <functional>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

struct Outcome {
    bool damaged = false;
    bool interrupted = false;
    QStringList problems;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData())
                                                                  : nullptr;
}

// The stages, cheapest first: damage that quick_check sees is reported
// without waiting for the full check. `running` is told the connection's
// handle while it is open (null again before it closes).
Outcome checkFile(const QString &databasePath, const std::function<bool(sqlite3 *)> &running)
{
    Outcome out;
    core::OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.migrate = false;
    auto connection = core::openDatabase(databasePath, options);
    if (!connection) {
        out.damaged = core::isDamage(connection.error());
        out.problems.append(core::ErrorText::describe(connection.error()));
        return out;
    }
    struct Publish { // the handle is withdrawn before the connection closes
        const std::function<bool(sqlite3 *)> &running;
        ~Publish() { running(nullptr); }
    } publish { running };
    if (!running(sqliteHandle(connection->db()))) {
        out.interrupted = true; // cancelled before it began
        return out;
    }
    sqlite3 *const handle = sqliteHandle(connection->db());
    QStringList problems;
    auto quick = core::checkDatabase(connection->db(), true);
    if (!quick) {
        problems.append(quick.error().args.value(0)); // stopped on a page it cannot read
    } else {
        problems = quick->integrityProblems + quick->foreignKeyProblems;
        if (problems.isEmpty() && running(handle)) {
            auto full = core::integrityProblems(connection->db(), false);
            if (!full)
                problems.append(full.error().args.value(0));
            else
                problems = *full;
        }
    }
    // An interrupted check proves nothing either way: no damage.
    out.interrupted = !running(handle);
    out.damaged = !out.interrupted && !problems.isEmpty();
    out.problems = problems.mid(0, 50);
    return out; // the connection closes on this thread, which opened it
}

// Below the window in the CPU's queue: on Linux QThread's priorities do
// not change an ordinary thread's share, its nice value does.
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

BackgroundCheck::BackgroundCheck(QObject *parent) : QObject(parent) { }

BackgroundCheck::~BackgroundCheck()
{
    cancel();
}

void BackgroundCheck::cancel()
{
    {
        QMutexLocker lock(&m_lock);
        m_cancelled = true;
        if (m_running)
            sqlite3_interrupt(static_cast<sqlite3 *>(m_running)); // safe from another thread
    }
    wait();
}

bool BackgroundCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundCheck::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void BackgroundCheck::start(const QString &databasePath, const std::optional<QString> &backupFolder)
{
    wait();
    {
        QMutexLocker lock(&m_lock);
        m_cancelled = false;
    }
    // `this` outlives the thread: the destructor waits for it.
    m_thread = QThread::create([this, databasePath, backupFolder] {
        yieldToTheWindow();
        QThread *self = QThread::currentThread();
        // Publishes the open connection for cancel(); false once cancelled.
        const auto running = [this](sqlite3 *handle) {
            QMutexLocker lock(&m_lock);
            m_running = m_cancelled ? nullptr : handle;
            return !m_cancelled;
        };
        const Outcome out = checkFile(databasePath, running);
        if (out.interrupted)
            return;
        std::optional<core::sync::BackupFile> newest;
        if (out.damaged && backupFolder) {
            if (auto b = core::sync::BackupManager(databasePath, *backupFolder).newestGoodBackup())
                newest = *b;
        }
        QMetaObject::invokeMethod(
            this,
            [this, self, databasePath, out, newest] {
                m_checkThread = self;
                m_newest = newest;
                emit finished(databasePath, out.damaged, out.problems);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}
