#include "backgroundcheck.h"

#include "core/db/database.h"
#include "core/db/dbchecks.h"
#include "core/ui/errortext.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

struct Outcome {
    bool damaged = false;
    QStringList problems;
};

// The stages, cheapest first: damage that quick_check sees is reported
// without waiting for the full check.
Outcome checkFile(const QString &databasePath)
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
    auto quick = core::checkDatabase(connection->db(), true);
    if (!quick) {
        out.damaged = true; // the check stopped on a page it cannot read
        out.problems.append(quick.error().args.value(0));
        return out;
    }
    out.problems = quick->integrityProblems + quick->foreignKeyProblems;
    if (out.problems.isEmpty()) {
        auto full = core::integrityProblems(connection->db(), false);
        if (!full)
            out.problems.append(full.error().args.value(0));
        else
            out.problems = *full;
    }
    out.damaged = !out.problems.isEmpty();
    out.problems = out.problems.mid(0, 50);
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

void BackgroundCheck::start(const QString &databasePath, const QString &backupFolder)
{
    wait();
    // `this` outlives the thread: the destructor waits for it.
    m_thread = QThread::create([this, databasePath, backupFolder] {
        yieldToTheWindow();
        QThread *self = QThread::currentThread();
        const Outcome out = checkFile(databasePath);
        std::optional<core::sync::BackupFile> newest;
        if (out.damaged && !backupFolder.isEmpty()) {
            if (auto b = core::sync::BackupManager(databasePath, backupFolder).newestGoodBackup())
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
