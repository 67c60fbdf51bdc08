#include "core/ui/backgroundreport.h"

#include "core/auth/session.h"
#include "core/db/backgroundreader.h"
#include "core/reporting/deferredimages.h"

#include <memory>
#include <optional>

namespace core {

void buildReportInBackground(BackgroundReader *reader, const QSqlDatabase &db,
    std::function<Result<ReportDocument>(const QSqlDatabase &)> build,
    std::function<void(const Result<ReportDocument> &)> done)
{
    struct Answer {
        std::optional<Result<ReportDocument>> document;
        DeferredImages images;
    };
    auto answer = std::make_shared<Answer>();
    const std::optional<Session> session = sessionCopy(db);
    reader->read(
        db.databaseName(),
        [answer, session, build = std::move(build)](const QSqlDatabase &workerDb) {
            if (session)
                beginSession(workerDb, *session);
            {
                const DeferredImages::Collect collect(answer->images);
                answer->document = build(workerDb);
            }
            endSession(workerDb);
        },
        [answer, done = std::move(done)](const Error &openError) {
            if (!openError.code.isEmpty() || !answer->document) {
                done(Result<ReportDocument>(openError));
                return;
            }
            if (*answer->document)
                answer->images.drawInto(**answer->document);
            done(*answer->document);
        });
}

} // namespace core
