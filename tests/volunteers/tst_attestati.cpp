#include "core/auth/session.h"
#include "support/testaccounts.h"
#include "volunteerfixture.h"

#include "core/db/numberfloor.h"
#include "core/db/sql.h"
#include "core/domain/csv.h"
#include "core/reporting/reporthtml.h"
#include "core/reporting/reportrenderer.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/attestatobatch.h"
#include "volunteers/domain/attestatodocument.h"
#include "volunteers/domain/attestatofiles.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/volunteerrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace volunteers;

// Attestati: the content and text of the certificate, the register's
// numbering, identical reprints, the checks before issuing (employer,
// limits), and batch production with its cancel.
class TestAttestati : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void issueFreezesTheContent();
    void numberingGoesOnAfterARestoredFloor();
    void certificateTextSaysWhatTheEmployerNeeds();
    void numbersFollowEachOtherPerYear();
    void reprintIsIdentical();
    void aChangeOfEmployerDoesNotChangeAnIssuedAttestato();
    void refusals_data();
    void refusals();
    void overLimitDaysAreFlaggedOrIncluded();
    void registerRefusesChanges();
    void batchIssuesAllPendingWithFilesAndIndex();
    void batchCancelLeavesAConsistentRegister();
    void parallelBatchIsTheSerialBatch();
    void parallelCancelLeavesWholeFiles();
    void aFileThatCannotBeWrittenLeavesNoPartialFile_data();
    void aFileThatCannotBeWrittenLeavesNoPartialFile();
    void leftoversOfAKilledBatchAreRemoved_data();
    void leftoversOfAKilledBatchAreRemoved();
    void batchSkipsOverLimitUnlessAsked();
    void reimbursementWindowWarning_data();
    void reimbursementWindowWarning();
    void operatorNamedOnceByFullName();

private:
    void record(qint64 volunteer, const QDate &from, const QDate &to, qint64 event = 0, qint64 organisation = 0);
    std::unique_ptr<VolunteerFixture> f;
};

void TestAttestati::init()
{
    f = std::make_unique<VolunteerFixture>();
    QVERIFY2(f->ok, qPrintable(f->error));
}

void TestAttestati::cleanup()
{
    f.reset();
}

void TestAttestati::record(qint64 volunteer, const QDate &from, const QDate &to, qint64 event, qint64 organisation)
{
    ActivationRequest r;
    r.eventId = event ? event : f->covid;
    r.volunteerIds = { volunteer };
    r.from = from;
    r.to = to;
    r.serviceId = f->coc;
    r.comuneId = f->peschiera;
    r.place = QStringLiteral("COC");
    r.organisationId = organisation;
    auto added = ActivationLedger(f->db(), f->clock).record(r);
    QVERIFY2(added.ok(), qPrintable(added.error().code));
}

void TestAttestati::numberingGoesOnAfterARestoredFloor()
{
    // A restore recorded that 2021/000007 was already issued and sent to
    // the room (numberfloor.h): the register goes on after it.
    QVERIFY(core::raiseNumberFloor(f->db(), QStringLiteral("attestato"), QStringLiteral("2021/"), 7).ok());
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 3));
    auto issued = AttestatoRegister(f->db(), f->clock)
                      .issue(f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30),
                          OverLimitPolicy::Refuse);
    QVERIFY2(issued.ok(), qPrintable(issued.error().code));
    QCOMPARE(issued->content.number, QStringLiteral("2021/000008"));
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT seq FROM attestato WHERE id = ?"), { issued->id })->toInt(),
        8);
}

void TestAttestati::issueFreezesTheContent()
{
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 3));
    record(f->rossi, QDate(2020, 4, 10), QDate(2020, 4, 10));
    AttestatoRegister reg(f->db(), f->clock);
    auto issued = reg.issue(
        f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse);
    QVERIFY2(issued.ok(), qPrintable(issued.error().code));
    const AttestatoContent &c = issued->content;
    QCOMPARE(c.number, QStringLiteral("2021/000001"));
    QCOMPARE(c.issuedOn, QDate(2021, 3, 19));
    QCOMPARE(c.issuedBy, QStringLiteral("test"));
    QCOMPARE(c.volunteerName, QStringLiteral("Rossi Mario"));
    QCOMPARE(c.volunteerBirthDate, QDate(1980, 1, 1));
    QCOMPARE(c.employerName, QStringLiteral("Naviglio Trasporti S.p.A."));
    QCOMPARE(c.employerTaxCode, QStringLiteral("12345678903"));
    QCOMPARE(c.eventName, QStringLiteral("Emergenza COVID-19"));
    QCOMPARE(c.authorisingAct, QStringLiteral("Delibera del Consiglio dei Ministri del 31/01/2020"));
    QCOMPARE(c.days.size(), 4);
    QCOMPARE(c.days.first().day, QDate(2020, 4, 1));
    QCOMPARE(c.days.first().place, QStringLiteral("Peschiera Borromeo - COC"));
    QCOMPARE(c.days.last().day, QDate(2020, 4, 10));
    QCOMPARE(c.reimbursementDeadline, QDate(2022, 4, 10));
    QVERIFY(c.municipalGroup);
    // Stored, linked to its ledger entries, and nothing is left to certify.
    QCOMPARE(reg.content(issued->id).value(), c);
    QCOMPARE(core::queryValue(
                 f->db(), QStringLiteral("SELECT count(*) FROM attestato_day WHERE attestato_id = ?"), { issued->id })
                 ->toInt(),
        4);
    auto again = reg.issue(
        f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse);
    QCOMPARE(again.error().code, QStringLiteral("volunteers.nothing_to_certify"));
    QCOMPARE(reg.pendingSummary({}).value().groups, 0);
}

void TestAttestati::certificateTextSaysWhatTheEmployerNeeds()
{
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 2));
    auto issued = AttestatoRegister(f->db(), f->clock)
                      .issue(f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30),
                          OverLimitPolicy::Refuse);
    QVERIFY(issued.ok());
    const core::ReportDocument doc = attestatoDocument(issued->content);
    QVERIFY(doc.letterhead);
    const QString html = core::ReportHtmlWriter(QLocale(QLocale::Italian, QLocale::Italy)).write(doc);
    for (const QString &expected : { QStringLiteral("CCV-MI"), QStringLiteral("Attestato n. 2021/000001"),
             QStringLiteral("Rossi Mario"), QStringLiteral("RSSMRA80A01F205X"),
             QStringLiteral("Naviglio Trasporti S.p.A."), QStringLiteral("12345678903"),
             QStringLiteral("Gruppo comunale volontari di protezione civile di Peschiera Borromeo"),
             QStringLiteral("Emergenza COVID-19"), QStringLiteral("Delibera del Consiglio dei Ministri del 31/01/2020"),
             QStringLiteral("01/04/2020"), QStringLiteral("02/04/2020"), QStringLiteral("per complessive 2 giornate"),
             QStringLiteral("art. 39"), QStringLiteral("entro il 02/04/2022"),
             QStringLiteral("Il Presidente del CCV-MI"), QStringLiteral("mercoledì") })
        QVERIFY2(html.contains(expected.toHtmlEscaped()), qPrintable(expected));
    QVERIFY(!html.contains(QStringLiteral("(*)")));
    // Rendered on pages: one A4 page.
    const QList<QImage> pages = core::ReportRenderer(doc, QLocale(QLocale::Italian, QLocale::Italy)).renderPages(40);
    QCOMPARE(pages.size(), 1);
}

void TestAttestati::numbersFollowEachOtherPerYear()
{
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 1));
    record(f->bianchi, QDate(2020, 4, 1), QDate(2020, 4, 1));
    record(f->rossi, QDate(2020, 5, 1), QDate(2020, 5, 1));
    AttestatoRegister reg(f->db(), f->clock);
    QCOMPARE(
        reg.issue(f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse)
            ->content.number,
        QStringLiteral("2021/000001"));
    QCOMPARE(
        reg.issue(f->bianchi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse)
            ->content.number,
        QStringLiteral("2021/000002"));
    f->clock.set(QDateTime(QDate(2022, 1, 3), QTime(9, 0)));
    QCOMPARE(
        reg.issue(f->rossi, f->covid, f->organisation, QDate(2020, 5, 1), QDate(2020, 5, 31), OverLimitPolicy::Refuse)
            ->content.number,
        QStringLiteral("2022/000001"));
    QCOMPARE(attestatoNumber(2021, 3, 17), QStringLiteral("2021/3-000017"));
    QCOMPARE(attestatoFileName(QStringLiteral("2021/000017"), QStringLiteral("RSSMRA80A01F205X")),
        QStringLiteral("attestato_2021-000017_RSSMRA80A01F205X.pdf"));
}

void TestAttestati::reprintIsIdentical()
{
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 5));
    AttestatoRegister reg(f->db(), f->clock);
    auto issued = reg.issue(
        f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse);
    QVERIFY(issued.ok());
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    const QList<QImage> original = core::ReportRenderer(attestatoDocument(issued->content), italian).renderPages(50);
    // Later, on another day and by another operator, the reprint reads the register.
    f->clock.set(QDateTime(QDate(2023, 6, 1), QTime(15, 0)));
    auto reread = reg.content(issued->id);
    QVERIFY(reread.ok());
    QCOMPARE(reread->number, issued->content.number);
    QCOMPARE(reread->toJson(), issued->content.toJson());
    const core::ReportDocument again = attestatoDocument(*reread);
    QCOMPARE(core::ReportHtmlWriter(italian).write(again),
        core::ReportHtmlWriter(italian).write(attestatoDocument(issued->content)));
    const QList<QImage> reprint = core::ReportRenderer(again, italian).renderPages(50);
    QCOMPARE(reprint.size(), original.size());
    for (int i = 0; i < reprint.size(); ++i)
        QVERIFY(reprint.at(i) == original.at(i));
}

void TestAttestati::aChangeOfEmployerDoesNotChangeAnIssuedAttestato()
{
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 1));
    AttestatoRegister reg(f->db(), f->clock);
    auto issued = reg.issue(
        f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30), OverLimitPolicy::Refuse);
    QVERIFY(issued.ok());
    VolunteerRepository people(f->db());
    Employer e = people.employer(f->employer).value();
    e.name = QStringLiteral("Naviglio Trasporti e Logistica S.p.A.");
    QVERIFY(people.saveEmployer(e).ok());
    QCOMPARE(reg.content(issued->id)->employerName, QStringLiteral("Naviglio Trasporti S.p.A."));
}

void TestAttestati::refusals_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QString>("error");
    QTest::newRow("no employer") << 0 << "volunteers.no_employer";
    QTest::newRow("not working") << 1 << "volunteers.no_attestato_needed";
    QTest::newRow("no days in the period") << 2 << "volunteers.nothing_to_certify";
    QTest::newRow("unknown volunteer") << 3 << "volunteers.unknown_volunteer";
}

void TestAttestati::refusals()
{
    QFETCH(int, who);
    QFETCH(QString, error);
    record(f->verdi, QDate(2020, 4, 1), QDate(2020, 4, 1));
    record(f->neri, QDate(2020, 4, 1), QDate(2020, 4, 1));
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 1));
    const qint64 ids[] = { f->verdi, f->neri, f->rossi, 999 };
    const QDate from = who == 2 ? QDate(2020, 5, 1) : QDate(2020, 4, 1);
    auto r = AttestatoRegister(f->db(), f->clock)
                 .issue(ids[who], f->covid, f->organisation, from, from.addDays(29), OverLimitPolicy::Refuse);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, error);
    if (who == 0)
        QCOMPARE(r.error().args, QStringList { QStringLiteral("Verdi Paolo") });
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM attestato"))->toInt(), 0);
}

void TestAttestati::overLimitDaysAreFlaggedOrIncluded()
{
    record(f->rossi, QDate(2020, 6, 1), QDate(2020, 7, 2), f->ordinary); // 32 ordinary days in a row
    AttestatoRegister reg(f->db(), f->clock);
    auto refused = reg.issue(
        f->rossi, f->ordinary, f->organisation, QDate(2020, 7, 1), QDate(2020, 7, 31), OverLimitPolicy::Refuse);
    QCOMPARE(refused.error().code, QStringLiteral("volunteers.over_limit"));
    QCOMPARE(refused.error().args,
        (QStringList { QStringLiteral("Rossi Mario"), QStringLiteral("01/07/2020, 02/07/2020") }));
    // June is within the limit.
    QVERIFY(reg.issue(f->rossi, f->ordinary, f->organisation, QDate(2020, 6, 1), QDate(2020, 6, 30),
                   OverLimitPolicy::Refuse)
                .ok());
    auto included = reg.issue(
        f->rossi, f->ordinary, f->organisation, QDate(2020, 7, 1), QDate(2020, 7, 31), OverLimitPolicy::Include);
    QVERIFY(included.ok());
    QCOMPARE(included->content.overLimitCount(), 2);
    const QString html = core::ReportHtmlWriter(QLocale(QLocale::Italian)).write(attestatoDocument(included->content));
    QVERIFY(html.contains(QStringLiteral("01/07/2020, 02/07/2020 eccedono i limiti")));
    QCOMPARE(core::queryValue(
                 f->db(), QStringLiteral("SELECT over_limit_days FROM attestato WHERE id = ?"), { included->id })
                 ->toInt(),
        2);
}

void TestAttestati::registerRefusesChanges()
{
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 1));
    QVERIFY(
        AttestatoRegister(f->db(), f->clock)
            .issue(f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 1), OverLimitPolicy::Refuse)
            .ok());
    QVERIFY(!core::runQuery(f->db(), QStringLiteral("UPDATE attestato SET number = 'x'")).ok());
    QVERIFY(!core::runQuery(f->db(), QStringLiteral("DELETE FROM attestato")).ok());
    // A certified day can only be reversed knowingly.
    const qint64 day
        = core::queryValue(f->db(), QStringLiteral("SELECT activation_id FROM attestato_day"))->toLongLong();
    ActivationLedger ledger(f->db(), f->clock);
    auto refused = ledger.reverse(day, QStringLiteral("mistake"));
    QCOMPARE(refused.error().code, QStringLiteral("volunteers.day_certified"));
    QCOMPARE(refused.error().args, QStringList { QStringLiteral("2021/000001") });
    QVERIFY(ledger.reverse(day, QStringLiteral("mistake"), true).ok());
}

void TestAttestati::batchIssuesAllPendingWithFilesAndIndex()
{
    record(f->rossi, QDate(2020, 3, 30), QDate(2020, 4, 2)); // March and April: two attestati
    record(f->bianchi, QDate(2020, 4, 1), QDate(2020, 4, 1)); // one
    record(f->bianchi, QDate(2020, 4, 2), QDate(2020, 4, 2), 0, f->otherOrganisation); // another organisation: one more
    record(f->verdi, QDate(2020, 4, 1), QDate(2020, 4, 1)); // no employer: skipped
    record(f->neri, QDate(2020, 4, 1), QDate(2020, 4, 1)); // retired: not pending
    AttestatoCriteria criteria;
    criteria.from = QDate(2020, 3, 1);
    criteria.to = QDate(2020, 4, 30);
    auto preflight = AttestatoBatch::preflight(f->db(), criteria, f->clock);
    QVERIFY(preflight.ok());
    QCOMPARE(preflight->pending.groups, 5);
    QCOMPARE(preflight->pending.volunteersWithoutEmployer, 1);
    QCOMPARE(preflight->withoutEmployer, QStringList { QStringLiteral("Verdi Paolo (VRDPLA90L07F205O)") });

    QTemporaryDir out;
    BatchOptions options;
    options.criteria = criteria;
    options.outputDir = out.filePath(QStringLiteral("attestati"));
    std::atomic_bool cancel { false };
    QList<int> seen;
    AttestatoBatch batch(f->database.path(),
        core::SessionAccount { 0, QStringLiteral("batch operator"), QString(), core::Role::Operator }, f->clock);
    auto outcome = batch.run(
        options, [&](const BatchProgress &p) { seen.append(p.done); }, cancel);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().code));
    QCOMPARE(outcome->issued, 4);
    QCOMPARE(outcome->skippedNoEmployer, 1);
    QVERIFY(!outcome->cancelled);
    QCOMPARE(seen, (QList<int> { 0, 1, 2, 3, 4 }));
    const QStringList pdfs = QDir(options.outputDir).entryList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Name);
    QCOMPARE(pdfs.size(), 4);
    QVERIFY(pdfs.contains(QStringLiteral("attestato_2021-000001_RSSMRA80A01F205X.pdf")));
    auto index = core::readCsvFile(outcome->indexFile);
    QVERIFY(index.ok());
    QCOMPARE(index->header, AttestatoBatch::indexHeader());
    QCOMPARE(index->records.size(), 4);
    QCOMPARE(index->records.first().fields.value(0), QStringLiteral("2021/000001"));
    QCOMPARE(index->records.first().fields.value(16), QStringLiteral("2020-03-30 2020-03-31"));
    auto state = core::runQuery(f->db(), QStringLiteral("SELECT state, issued_count, operator FROM attestato_batch"));
    QVERIFY(state->next());
    QCOMPARE(state->value(0).toString(), QStringLiteral("completed"));
    QCOMPARE(state->value(1).toInt(), 4);
    QCOMPARE(state->value(2).toString(), QStringLiteral("batch operator"));
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT DISTINCT issued_by FROM attestato"))->toString(),
        QStringLiteral("batch operator"));
}

void TestAttestati::batchCancelLeavesAConsistentRegister()
{
    // 12 volunteers' worth of months: rossi and bianchi over 6 months each.
    for (int m = 1; m <= 6; ++m) {
        record(f->rossi, QDate(2020, 2 + m, 1), QDate(2020, 2 + m, 2));
        record(f->bianchi, QDate(2020, 2 + m, 3), QDate(2020, 2 + m, 3));
    }
    AttestatoCriteria criteria;
    BatchOptions options;
    options.criteria = criteria;
    options.chunkSize = 4;
    std::atomic_bool cancel { false };
    AttestatoBatch batch(f->database.path(),
        core::SessionAccount { 0, QStringLiteral("test"), QString(), core::Role::Operator }, f->clock);
    auto outcome = batch.run(
        options,
        [&](const BatchProgress &p) {
            if (p.done == 5)
                cancel = true; // the operator presses Cancel in the middle of a chunk
        },
        cancel);
    QVERIFY(outcome.ok());
    QVERIFY(outcome->cancelled);
    // Whatever was committed is whole: numbers without gaps, each with its days.
    const int issued = core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM attestato"))->toInt();
    QCOMPARE(issued, outcome->issued);
    QVERIFY(issued >= 5 && issued < 12);
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT max(seq) FROM attestato"))->toInt(), issued);
    QCOMPARE(core::queryValue(f->db(),
                 QStringLiteral("SELECT count(*) FROM attestato t WHERE day_count <> (SELECT count(*) FROM "
                                "attestato_day d WHERE d.attestato_id = t.id)"))
                 ->toInt(),
        0);
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT state FROM attestato_batch"))->toString(),
        QStringLiteral("cancelled"));
    AttestatoRegister reg(f->db(), f->clock);
    QCOMPARE(reg.pendingSummary(criteria)->groups, 12 - issued);
    // Running again finishes the work, numbering on.
    cancel = false;
    auto rest = batch.run(
        options, [](const BatchProgress &) {}, cancel);
    QVERIFY(rest.ok());
    QCOMPARE(rest->issued, 12 - issued);
    QCOMPARE(rest->firstNumber, attestatoNumber(2021, 1, issued + 1));
    QCOMPARE(reg.pendingSummary(criteria)->groups, 0);
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM attestato_day"))->toInt(), 18);
}

namespace {

// A backlog of a few hundred attestati: 12 volunteers with an employer,
// two organisations, one day a month for 13 months.
QString fillBacklog(VolunteerFixture &fx)
{
    VolunteerRepository people(fx.db());
    QList<qint64> ids { fx.rossi, fx.bianchi };
    for (int i = 0; i < 10; ++i) {
        Volunteer v = fx.makeVolunteer(QStringLiteral("Volontario"), QStringLiteral("Nome%1").arg(QChar('A' + i)),
            QDate(1970 + i, 1 + i, 10 + i), fx.organisation, fx.employer);
        if (auto s = people.save(v); !s)
            return s.error().code;
        ids.append(v.id);
    }
    for (int m = 0; m < 13; ++m)
        for (qint64 organisation : { fx.organisation, fx.otherOrganisation }) {
            ActivationRequest r;
            r.eventId = fx.covid;
            r.volunteerIds = ids;
            r.from = r.to = QDate(2020, 2, organisation == fx.organisation ? 3 : 4).addMonths(m);
            r.serviceId = fx.coc;
            r.comuneId = fx.peschiera;
            r.place = QStringLiteral("COC");
            r.organisationId = organisation;
            if (auto added = ActivationLedger(fx.db(), fx.clock).record(r); !added)
                return added.error().code;
        }
    return {};
}

core::Result<BatchOutcome> runBatch(VolunteerFixture &fx, const QString &outputDir, int workers,
    const std::function<void(const BatchProgress &)> &progress, std::atomic_bool &cancel, int chunkSize = 16)
{
    BatchOptions options;
    options.outputDir = outputDir;
    options.workers = workers;
    options.chunkSize = chunkSize;
    options.includeOverLimit = true;
    AttestatoBatch batch(fx.database.path(),
        core::SessionAccount { 0, QStringLiteral("test"), QString(), core::Role::Operator }, fx.clock);
    return batch.run(options, progress, cancel);
}

// What the register says, in number order, without the row ids.
QStringList registerRows(const VolunteerFixture &fx)
{
    QStringList rows;
    auto q = core::runQuery(fx.db(),
        QStringLiteral("SELECT t.number, t.seq, t.volunteer_name, t.day_count, t.content, "
                       "(SELECT group_concat(d.day, ' ') FROM attestato_day d WHERE d.attestato_id = t.id) "
                       "FROM attestato t ORDER BY t.seq"));
    while (q && q->next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields.append(q->value(i).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

QByteArray pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(-1);
    return p.readAllStandardOutput();
}

} // namespace

void TestAttestati::parallelBatchIsTheSerialBatch()
{
    // The same backlog in two databases: one batch renders in its own
    // thread, the other on three workers while it numbers.
    VolunteerFixture parallel;
    QVERIFY(parallel.ok);
    QCOMPARE(fillBacklog(*f), QString());
    QCOMPARE(fillBacklog(parallel), QString());
    QTemporaryDir out;
    std::atomic_bool cancel { false };
    QList<int> serialSeen, parallelSeen;
    // Chunks of 40: two whole render groups and a part of one in each.
    static_assert(40 % AttestatoFiles::renderGroupSize() != 0);
    auto one = runBatch(*f, out.filePath(QStringLiteral("serial")), 1,
        [&](const BatchProgress &p) { serialSeen.append(p.done); }, cancel, 40);
    auto three = runBatch(parallel, out.filePath(QStringLiteral("parallel")), 3,
        [&](const BatchProgress &p) { parallelSeen.append(p.done); }, cancel, 40);
    QVERIFY2(one.ok(), qPrintable(one.error().code));
    QVERIFY2(three.ok(), qPrintable(three.error().code));
    QCOMPARE(one->issued, 312);
    QCOMPARE(three->issued, one->issued);
    QCOMPARE(three->firstNumber, one->firstNumber);
    QCOMPARE(three->lastNumber, one->lastNumber);
    QCOMPARE(parallelSeen, serialSeen); // progress after every attestato, in order

    // Same numbers, same frozen content, same days, same index.
    const QStringList serialRows = registerRows(*f);
    QCOMPARE(serialRows.size(), 312);
    QCOMPARE(registerRows(parallel), serialRows);
    QFile a(one->indexFile), b(three->indexFile);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());

    // Same files, each saying the same thing.
    const QStringList files = filesIn(out.filePath(QStringLiteral("serial")));
    QCOMPARE(files.size(), 313); // and the index; no temporary file left
    QCOMPARE(filesIn(out.filePath(QStringLiteral("parallel"))), files);
    // Byte for byte: the same render groups whatever the threads, and each
    // file's creation date is its attestato's.
    for (const QString &name : files) {
        QFile s(out.filePath(QStringLiteral("serial/") + name)), p(out.filePath(QStringLiteral("parallel/") + name));
        QVERIFY(s.open(QIODevice::ReadOnly) && p.open(QIODevice::ReadOnly));
        QVERIFY2(s.readAll() == p.readAll(), qPrintable(name));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to compare the text of the PDF files");
    // Each file, cut from its group's document, says what the attestato
    // printed on its own says (a reprint).
    QHash<QString, AttestatoContent> contents;
    auto q = core::runQuery(f->db(), QStringLiteral("SELECT content FROM attestato"));
    while (q && q->next()) {
        AttestatoContent c;
        QVERIFY(AttestatoContent::fromJson(q->value(0).toString().toUtf8(), &c));
        contents.insert(attestatoFileName(c.number, c.volunteerTaxCode), c);
    }
    QTemporaryDir alone;
    for (int i = 0; i < files.size(); i += 13) {
        if (!files.at(i).endsWith(QLatin1String(".pdf")))
            continue;
        const QByteArray text = pdfText(out.filePath(QStringLiteral("serial/") + files.at(i)));
        QVERIFY2(text.contains("Si attesta che"), qPrintable(files.at(i)));
        QVERIFY(contents.contains(files.at(i)));
        const QString single = alone.filePath(files.at(i));
        QVERIFY(core::ReportRenderer(attestatoDocument(contents.value(files.at(i))),
            QLocale(QLocale::Italian, QLocale::Italy))
                    .writePdf(single));
        QCOMPARE(pdfText(single), text);
    }
}

void TestAttestati::parallelCancelLeavesWholeFiles()
{
    QCOMPARE(fillBacklog(*f), QString());
    QTemporaryDir out;
    const QString dir = out.filePath(QStringLiteral("attestati"));
    std::atomic_bool cancel { false };
    auto outcome = runBatch(*f, dir, 2,
        [&](const BatchProgress &p) {
            if (p.done == 40)
                cancel = true; // while the third chunk is reported: the fourth stops
        },
        cancel);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().code));
    QVERIFY(outcome->cancelled);
    // Every numbered attestato has its whole file, nothing else is there.
    const int issued = core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM attestato"))->toInt();
    QCOMPARE(issued, outcome->issued);
    QVERIFY(issued >= 40 && issued < 312);
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT max(seq) FROM attestato"))->toInt(), issued);
    QStringList expected;
    auto q = core::runQuery(f->db(), QStringLiteral("SELECT number, content FROM attestato"));
    while (q->next()) {
        AttestatoContent c;
        QVERIFY(AttestatoContent::fromJson(q->value(1).toString().toUtf8(), &c));
        expected.append(attestatoFileName(c.number, c.volunteerTaxCode));
    }
    expected.append(AttestatoBatch::indexFileName());
    expected.sort();
    QCOMPARE(filesIn(dir), expected);
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT state FROM attestato_batch"))->toString(),
        QStringLiteral("cancelled"));
    // Running again goes on from the next number.
    cancel = false;
    auto rest = runBatch(*f, out.filePath(QStringLiteral("rest")), 2, [](const BatchProgress &) {}, cancel);
    QVERIFY(rest.ok());
    QCOMPARE(rest->issued, 312 - issued);
    QCOMPARE(rest->firstNumber, attestatoNumber(2021, 1, issued + 1));
}

void TestAttestati::aFileThatCannotBeWrittenLeavesNoPartialFile_data()
{
    QTest::addColumn<int>("workers");
    QTest::newRow("serial") << 1;
    QTest::newRow("two workers") << 2;
}

void TestAttestati::aFileThatCannotBeWrittenLeavesNoPartialFile()
{
    QFETCH(int, workers);
    for (int m = 3; m <= 7; ++m)
        record(f->rossi, QDate(2020, m, 1), QDate(2020, m, 2)); // five attestati for Rossi
    QTemporaryDir out;
    const QString dir = out.filePath(QStringLiteral("attestati"));
    const QString taxCode = VolunteerRepository(f->db()).volunteer(f->rossi)->taxCode;
    // The third attestato's file cannot take its name (a folder is there).
    QVERIFY(QDir().mkpath(dir + QLatin1Char('/') + attestatoFileName(attestatoNumber(2021, 1, 3), taxCode)));
    std::atomic_bool cancel { false };
    auto outcome = runBatch(*f, dir, workers, [](const BatchProgress &) {}, cancel, 2);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, QStringLiteral("file.cannot_write"));
    // The first chunk stands, whole; the failed chunk left nothing behind.
    QCOMPARE(core::queryValue(f->db(), QStringLiteral("SELECT count(*) FROM attestato"))->toInt(), 2);
    QStringList expected { attestatoFileName(attestatoNumber(2021, 1, 1), taxCode),
        attestatoFileName(attestatoNumber(2021, 1, 2), taxCode), AttestatoBatch::indexFileName() };
    expected.sort();
    QCOMPARE(filesIn(dir), expected);
    QDirIterator it(dir, { QStringLiteral("*") + AttestatoFiles::temporarySuffix() }, QDir::Files);
    QVERIFY(!it.hasNext());
}

void TestAttestati::leftoversOfAKilledBatchAreRemoved_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("removed");
    QTest::newRow("temporary file of a batch") << "attestato_2021-000007_RSSMRA80A01F205X.pdf.part" << true;
    QTest::newRow("another workstation's") << "attestato_2021-3-000007_RSSMRA80A01F205X.pdf.part" << true;
    QTest::newRow("provisional tax code") << "attestato_2021-000007_12345678901.pdf.part" << true;
    QTest::newRow("a whole attestato") << "attestato_2021-000007_RSSMRA80A01F205X.pdf" << false;
    QTest::newRow("someone else's temporary file") << "verbale.pdf.part" << false;
    QTest::newRow("not a number") << "attestato_bozza_RSSMRA80A01F205X.pdf.part" << false;
    QTest::newRow("not a PDF") << "attestato_2021-000007_RSSMRA80A01F205X.csv.part" << false;
    QTest::newRow("something after the suffix") << "attestato_2021-000007_RSSMRA80A01F205X.pdf.part.bak" << false;
}

void TestAttestati::leftoversOfAKilledBatchAreRemoved()
{
    QFETCH(QString, name);
    QFETCH(bool, removed);
    record(f->rossi, QDate(2020, 3, 1), QDate(2020, 3, 2));
    QTemporaryDir out;
    const QString dir = out.filePath(QStringLiteral("attestati"));
    QVERIFY(QDir().mkpath(dir));
    // What a batch killed before its chunk committed leaves, among other files.
    QFile left(QDir(dir).filePath(name));
    QVERIFY(left.open(QIODevice::WriteOnly));
    QVERIFY(left.write("%PDF-1.4 half") > 0);
    left.close();
    std::atomic_bool cancel { false };
    auto outcome = runBatch(*f, dir, 2, [](const BatchProgress &) {}, cancel);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().code));
    QCOMPARE(outcome->issued, 1);
    QCOMPARE(QFileInfo::exists(left.fileName()), !removed);
    // The new batch's own file and index are there, whole.
    auto q = core::runQuery(f->db(), QStringLiteral("SELECT content FROM attestato"));
    QVERIFY(q && q->next());
    AttestatoContent c;
    QVERIFY(AttestatoContent::fromJson(q->value(0).toString().toUtf8(), &c));
    QStringList expected { attestatoFileName(c.number, c.volunteerTaxCode), AttestatoBatch::indexFileName() };
    if (!removed)
        expected.append(name);
    expected.sort();
    QCOMPARE(filesIn(dir), expected);
}

void TestAttestati::batchSkipsOverLimitUnlessAsked()
{
    record(f->rossi, QDate(2020, 9, 14), QDate(2020, 9, 25), f->training); // 12 training days: 2 over
    record(f->bianchi, QDate(2020, 9, 14), QDate(2020, 9, 15), f->training);
    AttestatoCriteria criteria;
    criteria.eventId = f->training;
    auto preflight = AttestatoBatch::preflight(f->db(), criteria, f->clock);
    QCOMPARE(preflight->overLimits.size(), 1);
    QCOMPARE(
        preflight->overLimits.first().assessment.daysOver(), (QList<QDate> { QDate(2020, 9, 24), QDate(2020, 9, 25) }));
    BatchOptions options;
    options.criteria = criteria;
    std::atomic_bool cancel { false };
    AttestatoBatch batch(f->database.path(),
        core::SessionAccount { 0, QStringLiteral("test"), QString(), core::Role::Operator }, f->clock);
    auto first = batch.run(
        options, [](const BatchProgress &) {}, cancel);
    QCOMPARE(first->issued, 1);
    QCOMPARE(first->skippedOverLimit, 1);
    options.includeOverLimit = true;
    auto second = batch.run(
        options, [](const BatchProgress &) {}, cancel);
    QCOMPARE(second->issued, 1);
    QCOMPARE(core::queryValue(
                 f->db(), QStringLiteral("SELECT over_limit_days FROM attestato WHERE volunteer_id = ?"), { f->rossi })
                 ->toInt(),
        2);
}

void TestAttestati::reimbursementWindowWarning_data()
{
    // Days 01-03/04/2020: the employer may claim until 03/04/2022 included.
    QTest::addColumn<QDate>("issuedOn");
    QTest::addColumn<bool>("closed");
    QTest::newRow("open") << QDate(2021, 3, 19) << false;
    QTest::newRow("last day to claim") << QDate(2022, 4, 3) << false;
    QTest::newRow("day after") << QDate(2022, 4, 4) << true;
    QTest::newRow("years later") << QDate(2026, 3, 10) << true;
}

void TestAttestati::reimbursementWindowWarning()
{
    QFETCH(QDate, issuedOn);
    QFETCH(bool, closed);
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 3));
    f->clock.set(QDateTime(issuedOn, QTime(10, 0)));
    AttestatoCriteria criteria { QDate(2020, 4, 1), QDate(2020, 4, 30), 0, 0 };
    // Before issuing: the batch lists the days.
    auto preflight = AttestatoBatch::preflight(f->db(), criteria, f->clock);
    QVERIFY(preflight.ok());
    QCOMPARE(preflight->closedWindows.groups, closed ? 1 : 0);
    QCOMPARE(preflight->closedWindows.days, closed ? 3 : 0);
    if (closed) {
        const ClosedWindowGroup &g = preflight->closedWindows.first.value(0);
        QCOMPARE(g.volunteer, QStringLiteral("Rossi Mario (RSSMRA80A01F205X)"));
        QCOMPARE(g.firstDay, QDate(2020, 4, 1));
        QCOMPARE(g.lastDay, QDate(2020, 4, 3));
        QCOMPARE(g.deadline, QDate(2022, 4, 3));
    }
    auto issued = AttestatoRegister(f->db(), f->clock)
                      .issue(f->rossi, f->covid, f->organisation, criteria.from, criteria.to, OverLimitPolicy::Refuse);
    QVERIFY2(issued.ok(), qPrintable(issued.error().code));
    QCOMPARE(issued->content.reimbursementClosed(), closed);
    QCOMPARE(issued->content.daysPastReimbursement().size(), closed ? 3 : 0);
    const QString html
        = core::ReportHtmlWriter(QLocale(QLocale::Italian, QLocale::Italy)).write(attestatoDocument(issued->content));
    QCOMPARE(html.contains(QStringLiteral("termine per il rimborso scaduto")), closed);
    QCOMPARE(html.contains(QStringLiteral("le giornate indicate (dal 01/04/2020 al 03/04/2020)")), closed);
    QCOMPARE(html.contains(QStringLiteral("tale termine è già scaduto").toHtmlEscaped()), closed);
    QVERIFY(html.contains(QStringLiteral("entro il 03/04/2022")));
    QCOMPARE(AttestatoBatch::indexRow(issued->content, QString()).constLast(),
        closed ? QStringLiteral("1") : QStringLiteral("0"));
}

void TestAttestati::operatorNamedOnceByFullName()
{
    QVERIFY(testsupport::createRoleAccounts(f->db(), f->clock));
    QVERIFY(testsupport::signInAs(f->db(), QStringLiteral("coord"), f->clock));
    record(f->rossi, QDate(2020, 4, 1), QDate(2020, 4, 2));
    auto issued = AttestatoRegister(f->db(), f->clock)
                      .issue(f->rossi, f->covid, f->organisation, QDate(2020, 4, 1), QDate(2020, 4, 30),
                          OverLimitPolicy::Refuse);
    QVERIFY2(issued.ok(), qPrintable(issued.error().code));
    QCOMPARE(issued->content.issuedBy, QStringLiteral("Carlo Coordinatore"));
    const QString html
        = core::ReportHtmlWriter(QLocale(QLocale::Italian, QLocale::Italy)).write(attestatoDocument(issued->content));
    QCOMPARE(html.count(QStringLiteral("Carlo Coordinatore")), 1);
    QVERIFY(html.contains(QStringLiteral("Pratica trattata da")));
    QVERIFY(!html.contains(QStringLiteral(" da coord")));
    testsupport::signOut(f->db());
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for rendering certificates
    TestAttestati test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_attestati.moc"
