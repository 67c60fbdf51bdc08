// The daily situation report (SITREP) on the suite's demo database: its
// figures equal the modules' own reports for the same day (person-days by
// service, distributions by category and by comune, stock by category, the
// listening summary, the tutoring summary, the printed diary), for a few
// days and events; an empty day; the event filter; the command line's bad
// input (Italian message, nothing written) and refusal; the page in the
// Sala operativa tab offscreen, prepared off the GUI thread. With
// CISIAMO_SHOTS set, screenshots of the page go there.

#include "support/demodatabase.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/demo/demoaccounts.h"
#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/module.h"
#include "core/ui/datefield.h"
#include "deliveries/domain/deliveryreports.h"
#include "listening/domain/listeningreports.h"
#include "core/reporting/reportrenderer.h"
#include "room/domain/circular.h"
#include "room/domain/diaryreport.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomsync.h"
#include "room/domain/roomtext.h"
#include "room/domain/sitrep.h"
#include "room/ui/roommodule.h"
#include "room/ui/roomtab.h"
#include "room/ui/sitreppage.h"
#include "stock/domain/stockreports.h"
#include "tutoring/domain/tutoringreports.h"
#include "volunteers/domain/volunteerreports.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>

using namespace room;

namespace {

core::ReportRequest dayRequest(const QDate &day)
{
    core::ReportRequest r;
    r.from = day;
    r.to = day;
    r.at = day;
    r.now = testsupport::testNow();
    r.locale = QLocale(QLocale::Italian, QLocale::Italy);
    r.operatorName = QStringLiteral("test");
    return r;
}

QStringList keysOf(const core::ReportTable &t)
{
    QStringList keys;
    for (const core::ReportColumn &c : t.columns)
        keys.append(c.key);
    return keys;
}

// The first table of the document with exactly these column keys; nullptr
// when none.
const core::ReportTable *tableWith(const core::ReportDocument &doc, const QStringList &keys)
{
    for (const core::ReportBlock &b : doc.blocks)
        if (b.type == core::ReportBlock::Type::Table && keysOf(b.table) == keys)
            return &b.table;
    return nullptr;
}

// A figure of the SITREP's first table: its number, or its grams.
qint64 figure(const core::ReportDocument &doc, const QString &key)
{
    const core::ReportTable *t = doc.primaryTable();
    if (!t)
        return -1;
    for (const QVariantList &row : t->rows)
        if (row.value(0).toString() == key)
            return row.value(3).isValid() ? row.value(3).toLongLong() : row.value(4).toLongLong();
    return -1;
}

// Rows of a table as text, for QCOMPARE.
QStringList rowsOf(const core::ReportTable *t, const std::function<bool(const QVariantList &)> &keep = {})
{
    QStringList rows;
    if (!t)
        return rows;
    for (const QVariantList &row : t->rows) {
        if (keep && !keep(row))
            continue;
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(v.toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

class TestRoomSitrep : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void figuresEqualTheModulesReports_data();
    void figuresEqualTheModulesReports();
    void demoDaysAreNotEmpty();
    void emptyDay();
    void eventFilter();
    void commandLine();
    void commandLineBadInput_data();
    void commandLineBadInput();
    void commandLineRefusesWithoutRoomView();
    void pageOpensAndPreparesOffTheGuiThread();
    void pageRefusesWithoutRoomView();
    void cruscottoCountsOpenEventsByPhase();
    void circularLetterLooks();
    void protocolNumberNeverBreaksInALetter();

private:
    core::ReportDocument sitrep(const QDate &day, qint64 eventId = 0);
    qint64 eventId(const QString &namePattern);
    RoomTab *openTab(const QString &user, const QSize &size);

    QTemporaryDir m_dir;
    QString m_path;
    core::DbConnection m_connection;
    QSqlDatabase m_db;
    RoomModule m_module; // registers the error texts
    core::FixedClock m_clock { testsupport::testNow() };
    core::AppContext m_context;
    RoomTab *m_tab = nullptr;
};

void TestRoomSitrep::initTestCase()
{
    room::declareSyncTables();
    m_path = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_path.isEmpty());
    auto connection = core::openDatabase(m_path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
    m_db = m_connection.db();
}

void TestRoomSitrep::cleanupTestCase()
{
    delete m_tab;
    m_db = QSqlDatabase();
    m_connection.close();
}

core::ReportDocument TestRoomSitrep::sitrep(const QDate &day, qint64 eventId)
{
    core::ReportRequest r = dayRequest(day);
    if (eventId)
        r.options.insert(QStringLiteral("event"), QString::number(eventId));
    auto doc = SitrepReport::build(m_db, r);
    if (!doc)
        qWarning() << "sitrep failed:" << doc.error().code << doc.error().args;
    return doc ? *doc : core::ReportDocument();
}

qint64 TestRoomSitrep::eventId(const QString &namePattern)
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT id FROM activation_event WHERE name LIKE ? ORDER BY id LIMIT 1"),
        { namePattern });
    return v ? v->toLongLong() : 0;
}

void TestRoomSitrep::figuresEqualTheModulesReports_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("event"); // a LIKE pattern; empty: every event
    QTest::newRow("covid peak 15/04/2020") << QDate(2020, 4, 15) << QString();
    QTest::newRow("autumn 20/11/2020") << QDate(2020, 11, 20) << QString();
    QTest::newRow("01/03/2021") << QDate(2021, 3, 1) << QString();
    QTest::newRow("19/03/2021") << QDate(2021, 3, 19) << QString();
    QTest::newRow("yesterday") << testsupport::testToday().addDays(-1) << QString();
    QTest::newRow("today") << testsupport::testToday() << QString();
    QTest::newRow("covid event 15/04/2020") << QDate(2020, 4, 15) << QStringLiteral("%ovid%");
    QTest::newRow("covid event 01/03/2021") << QDate(2021, 3, 1) << QStringLiteral("%ovid%");
}

void TestRoomSitrep::figuresEqualTheModulesReports()
{
    QFETCH(QDate, day);
    QFETCH(QString, event);
    qint64 id = 0;
    if (!event.isEmpty()) {
        id = eventId(event);
        QVERIFY(id != 0);
    }
    const core::ReportDocument doc = sitrep(day, id);
    QCOMPARE(doc.name, QString("sitrep"));
    const core::ReportRequest r = dayRequest(day);

    // Volunteers: the person-days report by service of the same day.
    const core::ReportTable *ownServices = tableWith(doc, { "service", "person_days" });
    if (id == 0) {
        core::ReportRequest byService = r;
        byService.by = QStringLiteral("service");
        auto pd = volunteers::VolunteerReports::personDays(m_db, byService);
        QVERIFY(pd.ok());
        const core::ReportTable *theirs = pd->primaryTable();
        QVERIFY(theirs);
        QCOMPARE(rowsOf(ownServices), rowsOf(theirs));
        QCOMPARE(figure(doc, "person_days"), theirs->totals.value(1).toLongLong());
        auto volunteersActive = volunteers::PersonDays(m_db).volunteers(day, day);
        QVERIFY(volunteersActive.ok());
        QCOMPARE(figure(doc, "volunteers_active"), *volunteersActive);
    } else {
        auto ofEvent = volunteers::PersonDays(m_db).totalForEvent(id, day, day);
        QVERIFY(ofEvent.ok());
        QCOMPARE(figure(doc, "person_days"), *ofEvent);
        qint64 sum = 0;
        if (ownServices)
            for (const QVariantList &row : ownServices->rows)
                sum += row.value(1).toLongLong();
        QVERIFY(sum >= *ofEvent); // a volunteer in two services counts once a day
        QVERIFY(figure(doc, "person_days") <= figure(sitrep(day), "person_days"));
    }

    // Deliveries: distributions by category and by comune.
    auto byCategory = deliveries::DeliveryReports::byCategory(m_db, r);
    QVERIFY(byCategory.ok());
    const core::ReportTable *theirFood = byCategory->primaryTable();
    const core::ReportTable *ownFood = tableWith(doc, { "category", "kg", "distributions" });
    QVERIFY(theirFood && ownFood);
    QCOMPARE(rowsOf(ownFood), rowsOf(theirFood));
    QCOMPARE(ownFood->totals, theirFood->totals);
    QCOMPARE(figure(doc, "food_delivered_kg"), theirFood->totals.value(1).toLongLong());
    QCOMPARE(figure(doc, "food_distributions"), theirFood->totals.value(2).toLongLong());
    auto byComune = deliveries::DeliveryReports::byComune(m_db, r);
    QVERIFY(byComune.ok());
    const auto served = [](const QVariantList &row) { return row.value(3).toInt() > 0; };
    const QStringList theirComuni = rowsOf(byComune->primaryTable(), served);
    QCOMPARE(rowsOf(tableWith(doc, { "istat_code", "comune", "kg", "distributions" })), theirComuni);
    QCOMPARE(figure(doc, "comuni_served"), qint64(theirComuni.size()));

    // Stock at the end of the day: food by category and the other goods.
    auto stockReport = stock::StockReports::byCategory(m_db, r);
    QVERIFY(stockReport.ok());
    const core::ReportTable *ownStock = tableWith(doc, { "category", "pieces", "kg" });
    QVERIFY(ownStock);
    QStringList ownFoodStock, ownOtherStock;
    for (const QVariantList &row : ownStock->rows) {
        if (row.value(1).isValid())
            ownOtherStock.append(QStringList { row.value(0).toString(), row.value(1).toString(), row.value(2).toString() }.join('|'));
        else
            ownFoodStock.append(QStringList { row.value(0).toString(), row.value(2).toString() }.join('|'));
    }
    QCOMPARE(ownFoodStock, rowsOf(stockReport->primaryTable()));
    QCOMPARE(ownOtherStock, rowsOf(tableWith(*stockReport, { "category", "pieces", "kg" })));
    QCOMPARE(figure(doc, "food_in_stock_kg"), stockReport->primaryTable()->totals.value(1).toLongLong());

    // The listening line: the summary of the one day.
    auto listening = listening::ListeningReports::summary(m_db, r);
    QVERIFY(listening.ok());
    const QVariantList totals = listening->primaryTable()->totals;
    QCOMPARE(figure(doc, "listening_requests"), totals.value(2).toLongLong());
    QCOMPARE(figure(doc, "listening_urgent"), totals.value(3).toLongLong());
    QCOMPARE(figure(doc, "listening_called_back"), totals.value(4).toLongLong());
    QCOMPARE(figure(doc, "listening_within_24h"), totals.value(5).toLongLong());
    QCOMPARE(figure(doc, "listening_escalations_118"), totals.value(10).toLongLong());
    QCOMPARE(figure(doc, "listening_still_open"), totals.value(13).toLongLong());

    // Study support: the summary of the one day.
    auto tutoring = tutoring::TutoringReports::summary(m_db, r);
    QVERIFY(tutoring.ok());
    const QVariantList lessons = tutoring->primaryTable()->rows.value(0);
    QCOMPARE(figure(doc, "tutoring_hours_booked"), lessons.value(0).toLongLong());
    QCOMPARE(figure(doc, "tutoring_hours_given"), lessons.value(2).toLongLong());
    QCOMPARE(figure(doc, "tutoring_pupils"), lessons.value(3).toLongLong());

    // The diary's decisions: the printed diary of the day (and event), its
    // decisions that nobody corrected.
    core::ReportRequest diaryRequest = r;
    if (id)
        diaryRequest.options.insert(QStringLiteral("event"), QString::number(id));
    auto diary = DiaryReport::build(m_db, diaryRequest);
    QVERIFY(diary.ok());
    const QString corrected = DiaryReport::tr("CORRECTED by the entry of %1").section(QLatin1Char('%'), 0, 0);
    int decisions = 0;
    for (const QVariantList &row : diary->primaryTable()->rows)
        decisions += row.value(2).toString() == RoomText::diaryKind(DiaryKind::Decision)
            && !row.value(8).toString().contains(corrected);
    QCOMPARE(figure(doc, "diary_decisions"), qint64(decisions));

    // Every figure is there.
    for (const char *key : { "volunteers_active", "requests_received", "requests_to_serve", "lots_expiring",
             "lots_expired", "items_under_minimum", "board_decisions", "actions_open", "actions_overdue",
             "communications_sent" })
        QVERIFY2(figure(doc, key) >= 0, key);
}

void TestRoomSitrep::demoDaysAreNotEmpty()
{
    // The days above compare something: on the demo they have activity.
    qint64 personDays = 0, food = 0, comuni = 0, stockKg = 0, listening = 0, tutoring = 0, decisions = 0,
           actions = 0, sent = 0;
    for (const QDate &day : { QDate(2020, 4, 15), QDate(2020, 11, 20), QDate(2021, 3, 1), QDate(2021, 3, 19),
             testsupport::testToday().addDays(-1), testsupport::testToday() }) {
        const core::ReportDocument doc = sitrep(day);
        personDays += figure(doc, "person_days");
        food += figure(doc, "food_delivered_kg");
        comuni += figure(doc, "comuni_served");
        stockKg += figure(doc, "food_in_stock_kg");
        listening += figure(doc, "listening_requests");
        tutoring += figure(doc, "tutoring_hours_booked");
        decisions += figure(doc, "diary_decisions") + figure(doc, "board_decisions");
        actions += figure(doc, "actions_open");
        sent += figure(doc, "communications_sent");
    }
    QVERIFY(personDays > 0);
    QVERIFY(food > 0);
    QVERIFY(comuni > 0);
    QVERIFY(stockKg > 0);
    QVERIFY(listening > 0);
    QVERIFY(tutoring > 0);
    QVERIFY(decisions > 0);
    QVERIFY(actions > 0);
    Q_UNUSED(sent);
}

void TestRoomSitrep::emptyDay()
{
    // Before anything was recorded: every figure is zero, every section
    // says so, and nothing fails.
    const core::ReportDocument doc = sitrep(QDate(2019, 1, 2));
    const core::ReportTable *figures = doc.primaryTable();
    QVERIFY(figures);
    QVERIFY(figures->rows.size() >= 25);
    for (const QVariantList &row : figures->rows) {
        // An item with a minimum level and nothing in stock is under it on
        // any day.
        if (row.value(0).toString() == QLatin1String("items_under_minimum"))
            continue;
        const qint64 value = row.value(3).isValid() ? row.value(3).toLongLong() : row.value(4).toLongLong();
        QVERIFY2(value == 0, qPrintable(row.value(0).toString()));
    }
    QVERIFY(!tableWith(doc, { "service", "person_days" }));
    QVERIFY(!tableWith(doc, { "istat_code", "comune", "kg", "distributions" }));
    int paragraphs = 0;
    for (const core::ReportBlock &b : doc.blocks)
        paragraphs += b.type == core::ReportBlock::Type::Paragraph;
    QVERIFY(paragraphs >= 5);
}

void TestRoomSitrep::eventFilter()
{
    const QDate day(2020, 4, 15);
    const qint64 covid = eventId("%ovid%");
    QVERIFY(covid);
    const core::ReportDocument all = sitrep(day);
    const core::ReportDocument one = sitrep(day, covid);
    QVERIFY(figure(one, "person_days") > 0);
    QVERIFY(figure(one, "person_days") <= figure(all, "person_days"));
    QVERIFY(figure(one, "diary_decisions") <= figure(all, "diary_decisions"));
    // What is not about events stays the whole room's.
    for (const char *key : { "food_delivered_kg", "food_in_stock_kg", "listening_requests", "tutoring_hours_booked",
             "actions_open" })
        QCOMPARE(figure(one, key), figure(all, key));
    // The event is named among the parameters.
    bool named = false;
    for (const auto &p : one.parameters)
        named |= p.second.contains(core::queryValue(m_db, "SELECT name FROM activation_event WHERE id = ?", { covid })
                                       ->toString());
    QVERIFY(named);
    // Another event of another kind leaves the Covid days out.
    auto other = core::queryValue(m_db,
        "SELECT id FROM activation_event WHERE id <> ? AND start_date <= ? ORDER BY start_date DESC LIMIT 1",
        { covid, core::toSqlDate(day) });
    QVERIFY(other.ok());
    if (other->toLongLong() != 0) {
        auto ofOther = volunteers::PersonDays(m_db).totalForEvent(other->toLongLong(), day, day);
        QCOMPARE(figure(sitrep(day, other->toLongLong()), "person_days"), *ofOther);
    }
    // An unknown event is refused.
    core::ReportRequest r = dayRequest(day);
    r.options.insert("event", "987654321");
    auto refused = SitrepReport::build(m_db, r);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString("room.unknown_event"));
    r.options.insert("event", "abc");
    QCOMPARE(SitrepReport::build(m_db, r).error().code, QString("room.unknown_event"));
}

void TestRoomSitrep::commandLine()
{
    const QString csv = m_dir.filePath("sitrep.csv");
    auto run = testsupport::runSignedIn({ "--db", m_path, "--lang", "it", "report", "sitrep", "--at", "15/04/2020",
        "--format", "csv", "--out", csv });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("figure,section,label,value,kg"));
    const qint64 personDays = figure(sitrep(QDate(2020, 4, 15)), "person_days");
    QVERIFY2(text.contains("person_days,") && text.contains("," + QByteArray::number(personDays) + ","), text.constData());

    const QString pdf = m_dir.filePath("sitrep.pdf");
    run = testsupport::runSignedIn({ "--db", m_path, "report", "sitrep", "--at", "2021-03-01", "--event",
        QString::number(eventId("%ovid%")), "--format", "pdf", "--out", pdf });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");

    const QString xlsx = m_dir.filePath("sitrep.xlsx");
    run = testsupport::runSignedIn(
        { "--db", m_path, "report", "sitrep", "--at", "01/03/2021", "--format", "xlsx", "--out", xlsx });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile x(xlsx);
    QVERIFY(x.open(QIODevice::ReadOnly));
    QVERIFY(x.read(2) == "PK");
}

void TestRoomSitrep::commandLineBadInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // Italian, on stderr
    QTest::newRow("impossible date") << QStringList { "--at", "31/02/2021" } << 2 << "Le date si scrivono";
    QTest::newRow("not a date") << QStringList { "--at", "ieri" } << 2 << "Le date si scrivono";
    QTest::newRow("no day") << QStringList {} << 2 << "sitrep";
    QTest::newRow("unknown event") << QStringList { "--at", "01/03/2021", "--event", "987654321" } << 1
                                   << "L'evento non esiste";
    QTest::newRow("event not a number") << QStringList { "--at", "01/03/2021", "--event", "Covid" } << 1
                                        << "L'evento non esiste";
}

void TestRoomSitrep::commandLineBadInput()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = m_dir.filePath("refused.pdf");
    QFile::remove(out);
    auto run = testsupport::runSignedIn(QStringList { "--db", m_path, "--lang", "it", "report", "sitrep" } + options
        + QStringList { "--format", "pdf", "--out", out });
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestRoomSitrep::commandLineRefusesWithoutRoomView()
{
    // The psychologists do not see the Sala operativa.
    const QString out = m_dir.filePath("psy.pdf");
    auto run = testsupport::runSignedIn({ "--db", m_path, "--lang", "it", "report", "sitrep", "--at", "01/03/2021",
                                            "--format", "pdf", "--out", out },
        {}, { QStringLiteral("psicologa"), core::demoPassword });
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(out));
}

RoomTab *TestRoomSitrep::openTab(const QString &user, const QSize &size)
{
    delete m_tab;
    m_tab = nullptr;
    core::endSession(m_db);
    auto account = core::AuthService(m_db, m_clock).signIn(user, core::demoPassword);
    if (!account.ok())
        return nullptr;
    m_context.db = m_db;
    m_context.clock = &m_clock;
    m_context.operatorName = account->displayName;
    m_tab = qobject_cast<RoomTab *>(m_module.createTab(m_context, nullptr));
    if (!m_tab)
        return nullptr;
    m_tab->resize(size);
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab))
        return nullptr;
    return m_tab;
}

void TestRoomSitrep::pageOpensAndPreparesOffTheGuiThread()
{
    QVERIFY(openTab("coordinatrice", QSize(1366, 768)));
    QVERIFY(m_tab->openPage("sitrep"));
    QCOMPARE(m_tab->helpSection(), QString("room-sitrep"));
    auto *page = qobject_cast<SitrepPage *>(m_tab->pages()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->dayField()->date(), testsupport::testToday());
    QVERIFY(page->eventCombo()->count() >= 2); // every event, then the events
    QVERIFY(!page->document());

    page->dayField()->setDate(QDate(2020, 4, 15));
    QSignalSpy ready(page, &SitrepPage::reportReady);
    QTest::mouseClick(page->prepareButton(), Qt::LeftButton);
    // Asked, not computed here: the answer arrives later.
    QVERIFY(page->isReading());
    QVERIFY(!page->prepareButton()->isEnabled());
    QVERIFY(ready.wait(300000));
    QVERIFY(!page->isReading());
    QVERIFY2(page->document().has_value(), qPrintable(page->statusText()));
    QCOMPARE(figure(*page->document(), "person_days"), figure(sitrep(QDate(2020, 4, 15)), "person_days"));
    QVERIFY(page->browser()->toPlainText().contains(page->document()->title));
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        m_tab->grab().save(dir + "/room-sitrep-1366.png");

    // One event.
    const int covid = page->eventCombo()->findData(eventId("%ovid%"));
    QVERIFY(covid > 0);
    page->eventCombo()->setCurrentIndex(covid);
    QTest::keyClick(page->dayField(), Qt::Key_Return); // Enter prepares too
    QVERIFY(page->isReading());
    QVERIFY(ready.wait(300000));
    QVERIFY(page->document().has_value());
    QCOMPARE(figure(*page->document(), "person_days"), figure(sitrep(QDate(2020, 4, 15), eventId("%ovid%")), "person_days"));
    m_tab->resize(1600, 1000);
    QTest::qWait(50);
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        m_tab->grab().save(dir + "/room-sitrep-1600.png");

    // A day not yet come is refused by the field, and nothing is asked.
    page->dayField()->setText("01/01/2099");
    QVERIFY(!page->dayField()->isValid());
    page->prepare();
    QVERIFY(!page->isReading());
}

void TestRoomSitrep::pageRefusesWithoutRoomView()
{
    // A psychologist never sees the tab (room.view); should the page be
    // reached all the same, the report is refused and says why.
    QVERIFY(openTab("psicologa", QSize(1366, 768)));
    QVERIFY(m_tab->openPage("sitrep"));
    auto *page = qobject_cast<SitrepPage *>(m_tab->pages()->currentWidget());
    QVERIFY(page);
    page->dayField()->setDate(QDate(2021, 3, 1));
    page->prepare();
    QVERIFY(!page->isReading());
    QVERIFY(!page->document());
    QVERIFY(!page->statusText().isEmpty());
    const auto denied = core::queryValue(m_db,
        "SELECT count(*) FROM audit_event WHERE kind = 'denied' AND permission = 'room.view'");
    QVERIFY(denied.ok());
    QVERIFY(denied->toInt() >= 1);
}

void TestRoomSitrep::cruscottoCountsOpenEventsByPhase()
{
    // On the demo every event is closed: the figure says so.
    core::endSession(m_db);
    QVERIFY(core::AuthService(m_db, m_clock).signIn("coordinatrice", core::demoPassword).ok());
    const auto figureOf = [this] {
        for (const core::HeadlineFigure &f : m_module.headlineFigures(m_db, testsupport::testToday()))
            if (f.page == QLatin1String("events"))
                return f;
        return core::HeadlineFigure();
    };
    core::HeadlineFigure f = figureOf();
    QCOMPARE(f.value, QString("0"));
    QCOMPARE(f.tone, core::HeadlineFigure::Tone::Normal);
    // Two events open, one in alarm: counted by phase, in red.
    RoomEventRepository events(m_db);
    for (Phase phase : { Phase::Alarm, Phase::Attention }) {
        RoomEvent e;
        e.base.name = QStringLiteral("Allerta di prova %1").arg(int(phase));
        e.base.authorisingAct = QStringLiteral("Decreto di prova");
        e.base.startDate = testsupport::testToday();
        e.scenario = Scenario::HydroMeteo;
        e.phase = phase;
        auto saved = events.save(e, QStringLiteral("coordinatrice"), testsupport::testNow());
        QVERIFY2(saved.ok(), qPrintable(saved.error().code));
    }
    f = figureOf();
    QCOMPARE(f.value, QString("2"));
    QCOMPARE(f.tone, core::HeadlineFigure::Tone::Alert);
    QVERIFY2(f.note.contains(RoomText::phase(Phase::Alarm) + ": 1"), qPrintable(f.note));
    QVERIFY(f.note.contains(RoomText::phase(Phase::Attention) + ": 1"));
    QVERIFY(m_module.headlineTables().contains("room_event_phase"));
    // Not for a psychologist, who does not see the room.
    core::endSession(m_db);
    QVERIFY(core::AuthService(m_db, m_clock).signIn("psicologa", core::demoPassword).ok());
    QCOMPARE(figureOf().page, QString());
}

void TestRoomSitrep::circularLetterLooks()
{
    // One letter, laid out: the date once in the heading (the printed line
    // only in the footer). With CISIAMO_SHOTS set, the PDF goes there to be
    // looked at.
    CircularLetter letter;
    letter.number = QStringLiteral("2021/P-0012");
    letter.date = QDate(2021, 3, 19);
    letter.subject = QStringLiteral("Allerta idrogeologica: attivazione dei COC");
    letter.body = QStringLiteral("Gentile Sindaco,\n\nsi comunica che dalle ore 14:00 di oggi è attiva la fase di "
                                 "preallarme per il rischio idrogeologico sul bacino del Seveso.\n\nSi invita ad "
                                 "attivare il COC e a comunicare alla sala operativa i riferimenti del responsabile.\n\n"
                                 "Cordiali saluti.");
    letter.recipient.comune = QStringLiteral("Milano");
    letter.recipient.sindaco = QStringLiteral("Mario Rossi (demo)");
    letter.recipient.pec = QStringLiteral("protocollo@postacert.comune.milano.it");
    letter.printedAt = QDateTime(QDate(2021, 3, 19), QTime(15, 0));
    const core::ReportDocument doc = circularLetterDocument(letter);
    const core::ReportRenderer renderer(doc, QLocale(QLocale::Italian, QLocale::Italy));
    const QString html = renderer.html();
    QCOMPARE(html.count(QStringLiteral("19/03/2021")), 1);
    QVERIFY(!html.contains(QStringLiteral("15:00")));
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        QVERIFY(renderer.writePdf(dir + "/circular-letter.pdf").ok());
}

void TestRoomSitrep::protocolNumberNeverBreaksInALetter()
{
    // "2026/P-0001" may break after the slash (a letter follows it): moved
    // word by word along a line, the number must never be split.
    CircularLetter letter;
    letter.number = QStringLiteral("2026/P-0001");
    letter.date = QDate(2026, 3, 10);
    letter.subject = QStringLiteral("Prova");
    letter.recipient.comune = QStringLiteral("Milano");
    letter.printedAt = QDateTime(QDate(2026, 3, 10), QTime(10, 0));
    for (int words = 0; words < 24; ++words) {
        letter.body = QStringLiteral("comunicazione ").repeated(words) + QStringLiteral("con protocollo ")
            + letter.number + QStringLiteral(" del giorno.");
        QTextDocument text;
        text.setHtml(core::ReportRenderer(circularLetterDocument(letter), QLocale(QLocale::Italian, QLocale::Italy)).html());
        text.setTextWidth(420);
        text.size(); // lays the document out
        for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
            // The number as written (a word joiner may follow the slash).
            const QRegularExpression written(QStringLiteral("2026/\\x{2060}?P-0001"));
            const QRegularExpressionMatch found = written.match(block.text());
            if (!found.hasMatch())
                continue;
            const int at = found.capturedStart();
            QTextLayout *layout = block.layout();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const int start = layout->lineAt(i).textStart();
                QVERIFY2(start <= at || start >= found.capturedEnd(),
                    qPrintable(QStringLiteral("%1 words: a line starts inside the number").arg(words)));
            }
        }
    }
}

QTEST_MAIN(TestRoomSitrep)
#include "tst_roomsitrep.moc"
