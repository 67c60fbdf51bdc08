#include "tutoring/ui/backgroundreader.h"

#include "core/db/backgroundreader.h"
#include "core/db/connectionstate.h"

#include <memory>

namespace tutoring {

BackgroundReader::BackgroundReader(QObject *parent)
    : QObject(parent), m_reader(new core::BackgroundReader(this))
{
}

BackgroundReader::~BackgroundReader()
{
    m_next.reset();
    m_reader->stop(); // waits for a read still running (one, bounded)
}

void BackgroundReader::read(const QSqlDatabase &db, Read read)
{
    m_next = Job { db.databaseName(), core::sessionOperator(db), std::move(read) };
    if (!m_running)
        startNext();
}

void BackgroundReader::startNext()
{
    if (!m_next)
        return;
    const Job job = std::move(*m_next);
    m_next.reset();
    if (!std::exchange(m_running, true))
        emit loadingChanged(true);
    auto deliver = std::make_shared<std::function<void()>>();
    m_reader->read(
        job.path,
        [job, deliver](const QSqlDatabase &db) {
            core::setSessionOperator(db, job.operatorName);
            *deliver = job.read(db);
        },
        [this, job, deliver](const core::Error &openError) {
            // The file could not be opened: the read runs on no connection,
            // so that its queries fail and say so.
            if (!openError.code.isEmpty())
                *deliver = job.read(QSqlDatabase());
            finished(*deliver);
        });
}

void BackgroundReader::finished(const std::function<void()> &deliver)
{
    if (m_next) {
        startNext(); // superseded: only the latest read is shown
        return;
    }
    m_running = false;
    if (deliver)
        deliver();
    emit loadingChanged(false);
}

} // namespace tutoring
