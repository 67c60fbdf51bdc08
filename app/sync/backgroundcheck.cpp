#include "backgroundcheck.h"

#include "core/db/database.h"
#include "core/db/dbchecks.h"
#include "core/ui/errortext.h"

#include <QThread>

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

void BackgroundCheck::start(const QString &databasePath)
{
    wait();
    // `this` outlives the thread: the destructor waits for it.
    m_thread = QThread::create([this, databasePath] {
        bool damaged = false;
        QStringList problems;
        {
            core::OpenOptions options;
            options.create = false;
            options.readOnly = true;
            options.migrate = false;
            auto connection = core::openDatabase(databasePath, options);
            if (!connection) {
                damaged = core::isDamage(connection.error());
                problems.append(core::ErrorText::describe(connection.error()));
            } else if (auto check = core::checkDatabase(connection->db(), false); !check) {
                damaged = true; // integrity_check stopped on a page it cannot read
                problems.append(check.error().args.value(0));
            } else {
                damaged = !check->integrityProblems.isEmpty();
                problems = check->integrityProblems.mid(0, 50);
            }
        } // the connection closes on this thread, which opened it
        QMetaObject::invokeMethod(
            this, [this, databasePath, damaged, problems] { emit finished(databasePath, damaged, problems); },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}
