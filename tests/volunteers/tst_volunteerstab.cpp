#include "support/listwait.h"
#include "support/sqlprobe.h"
#include "support/demodatabase.h"
#include "support/testdatabase.h"

#include "core/auth/authservice.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"
#include "core/demo/demoaccounts.h"
#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "core/reporting/reportdocument.h"
#include "core/ui/pagedsqlmodel.h"
#include "moduleregistry.h"
#include "volunteers/domain/attestatocommands.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/domain/persondays.h"
#include "volunteers/ui/activationdialog.h"
#include "volunteers/ui/activationspage.h"
#include "volunteers/ui/attestatipage.h"
#include "volunteers/ui/batchdialog.h"
#include "volunteers/ui/issuedialog.h"
#include "volunteers/ui/limitspage.h"
#include "volunteers/ui/organisationspage.h"
#include "volunteers/ui/persondayspage.h"
#include "volunteers/ui/rosterdialog.h"
#include "volunteers/ui/trainingpage.h"
#include "volunteers/demo/trainingdemo.h"
#include "volunteers/domain/trainingrepository.h"
#include "volunteers/ui/volunteerdetailspanel.h"
#include "volunteers/ui/volunteerdialog.h"
#include "volunteers/ui/volunteersmodule.h"
#include "volunteers/ui/volunteerspage.h"
#include "volunteers/ui/volunteerstab.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

#include <optional>

using namespace volunteers;

namespace {

// A refused action shows a message box; in a test nobody is there to press
// OK, so close whatever box opens (and say what it said).
void closeMessageBoxesSoon()
{
    QTimer::singleShot(500, [] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            const QList<QLabel *> labels = box->findChildren<QLabel *>();
            for (QLabel *l : labels)
                if (!l->text().isEmpty())
                    qInfo("message box: %s", qPrintable(l->text()));
            box->close();
        }
    });
}

} // namespace

// The Volontari tab on a demo database, offscreen: every page builds and
// shows the demo's data; the roster, the issue dialog with its limit check,
// batch production with cancel, and the Cruscotto figures.
class TestVolunteersTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void tabOpensWithEveryPage();
    void tabOpensWithItsFirstPageAlone();
    void volunteersListAndDetails();
    void volunteerDialogChecksTheCodiceFiscale();
    void organisationsAndRenewal();
    void personDaysChartShowsThePublishedMonths();
    void limitsPageListsVolunteersOverLimits();
    void issueDialogAsksBeforeDaysOverTheLimit();
    void rosterRecordsManyVolunteersAtOnce();
    void activationDialogTakesTheTypedFirstDay();
    void batchRunsInTheBackgroundAndCancels();
    void ledgerSummariesAreReadOnAWorker();
    void dialogsWarnWhenTheReimbursementWindowClosed_data();
    void dialogsWarnWhenTheReimbursementWindowClosed();
    void undoRedoOfRecordedDaysAndAnUndoThatCannotApply();
    void headlineFigures();
    void trainingPageShowsTheDemoCourses();
    void editionFormRefusesInItselfAndSavesTheRest();
    void exercisesPageAndRenewalReport();

private:
    QTemporaryDir m_dir;
    core::DbConnection m_connection;
    core::FixedClock m_clock { QDateTime(QDate(2021, 3, 19), QTime(10, 0)) };
    core::AppContext m_context;
    std::unique_ptr<VolunteersModule> m_module;
    VolunteersTab *m_tab = nullptr;
};

void TestVolunteersTab::initTestCase()
{
    const QString path = copyOfDemoDatabase(m_dir);
    QVERIFY(!path.isEmpty());
    auto connection = core::openDatabase(path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
    // Every write is a command: the operator signs in, as at the window.
    auto account
        = core::AuthService(m_connection.db(), m_clock).signIn(QStringLiteral("operatore"), core::demoPassword);
    QVERIFY(account.ok());
    m_context.db = m_connection.db();
    m_context.operatorName = account->displayName;
    m_context.clock = &m_clock;
    m_module = std::make_unique<VolunteersModule>();
    QCOMPARE(m_module->id(), QStringLiteral("volunteers"));
    m_tab = qobject_cast<VolunteersTab *>(m_module->createTab(m_context, nullptr));
    QVERIFY(m_tab);
    m_tab->resize(1500, 900);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
}

void TestVolunteersTab::cleanupTestCase()
{
    delete m_tab;
    core::endSession(m_connection.db());
}

void TestVolunteersTab::tabOpensWithEveryPage()
{
    QVERIFY(m_tab->isBuilt());
    QCOMPARE(m_tab->pages()->count(), 8);
    for (int i = 0; i < m_tab->pages()->count(); ++i) {
        m_tab->pages()->setCurrentIndex(i);
        QVERIFY(!m_tab->pages()->tabText(i).isEmpty());
    }
}

// Opening the tab builds the volunteers' page alone and reads nothing on the
// window's connection (the list and the organisations' filter come from
// workers); the other pages are built when first shown.
void TestVolunteersTab::tabOpensWithItsFirstPageAlone()
{
    std::unique_ptr<VolunteersTab> tab;
    {
        testsupport::SqlProbe probe(m_context.db);
        QVERIFY(probe.isValid());
        tab.reset(qobject_cast<VolunteersTab *>(m_module->createTab(m_context, nullptr)));
        QVERIFY(tab);
        tab->resize(1366, 700);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        QVERIFY(tab->isBuilt());
        QCOMPARE(tab->pages()->count(), 8);
        QVERIFY(tab->findChild<VolunteersPage *>());
        QVERIFY(!tab->findChild<LimitsPage *>());
        QVERIFY(!tab->findChild<PersonDaysPage *>());
        QVERIFY(!tab->findChild<TrainingPage *>());
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    VolunteersPage *page = tab->volunteersPage();
    QVERIFY(testsupport::waitForList(page->model()));
    QVERIFY(page->model()->rowCount() > 10);
    QComboBox *organisations = page->organisationFilter();
    QVERIFY(organisations);
    QTRY_VERIFY_WITH_TIMEOUT(organisations->count() > 5, 120000);
    QCOMPARE(organisations->currentIndex(), 0);
    // A page shown is built then, inside its tab.
    tab->pages()->setCurrentIndex(VolunteersTab::Limits);
    LimitsPage *limits = tab->findChild<LimitsPage *>();
    QVERIFY(limits);
    QCOMPARE(tab->limitsPage(), limits);
    QCOMPARE(limits->parentWidget(), tab->pages()->widget(VolunteersTab::Limits));
    QTRY_VERIFY_WITH_TIMEOUT(!limits->isLoading(), 120000);
    QVERIFY(limits->table()->rowCount() >= 6);
}

void TestVolunteersTab::volunteersListAndDetails()
{
    m_tab->showPage(VolunteersTab::Volunteers);
    VolunteersPage *page = m_tab->volunteersPage();
    QVERIFY(testsupport::waitForList(page->model()));
    QVERIFY(page->model()->rowCount() >= 3000);
    QVERIFY(page->model()->lastError().isEmpty());
    page->searchField()->setText(QStringLiteral("Brambilla"));
    QVERIFY(testsupport::waitForList(page->model()));
    QVERIFY(page->model()->rowCount() > 0);
    QVERIFY(page->model()->rowCount() < 200);
    const qint64 id = page->model()->keyAt(0).toLongLong();
    page->selectVolunteer(id);
    QCOMPARE(page->selectedVolunteer(), id);
    // The record, the days and the assessment are read on a worker:
    // "reading" and "checking" first, then the figures; nothing on the
    // window's connection.
    {
        testsupport::SqlProbe probe(m_context.db);
        page->details()->showVolunteer(id);
        QVERIFY(page->details()->isReadingDetail());
        QVERIFY(page->details()->isCheckingLimits());
        QTRY_VERIFY_WITH_TIMEOUT(!page->details()->isReadingDetail() && !page->details()->isCheckingLimits(), 120000);
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    QVERIFY(page->details()->daysTable()->rowCount() > 0);
    QVERIFY2(page->details()->limitsText().contains(QStringLiteral("consecutiv")),
        qPrintable(page->details()->limitsText()));
    page->searchField()->clear();
}

void TestVolunteersTab::volunteerDialogChecksTheCodiceFiscale()
{
    VolunteerDialog dialog(m_context, *m_tab->commands(), 0, nullptr);
    // A new volunteer's organisation is not guessed.
    auto *organisation = dialog.findChild<QComboBox *>(QStringLiteral("organisation"));
    QVERIFY(organisation);
    QCOMPARE(organisation->currentIndex(), -1);
    dialog.taxCodeField()->setText(QStringLiteral("RSSMRA80A01F205Y"));
    QVERIFY2(dialog.taxCodeStatus()->text().contains(QStringLiteral("X")), qPrintable(dialog.taxCodeStatus()->text()));
    dialog.taxCodeField()->setText(QStringLiteral("RSSMRA80A01F205X"));
    QVERIFY(dialog.taxCodeStatus()->text().contains(QStringLiteral("01/01/1980")));
}

void TestVolunteersTab::organisationsAndRenewal()
{
    m_tab->showPage(VolunteersTab::Organisations);
    OrganisationsPage *page = m_tab->organisationsPage();
    QVERIFY(testsupport::waitForList(page->model()));
    QCOMPARE(page->model()->rowCount(), 117);
    page->selectOrganisation(page->model()->keyAt(0).toLongLong());
    // "Renewed" with an item missing is refused, with every item accepted.
    for (int i = 0; i < Renewal::ItemCount; ++i)
        page->checklistItem(i)->setChecked(i != 2);
    page->renewalState()->setCurrentIndex(page->renewalState()->findData(int(Renewal::State::Renewed)));
    closeMessageBoxesSoon();
    QVERIFY(!page->saveRenewal());
    page->checklistItem(2)->setChecked(true);
    QVERIFY(page->saveRenewal());
}

void TestVolunteersTab::personDaysChartShowsThePublishedMonths()
{
    m_tab->showPage(VolunteersTab::PersonDays);
    PersonDaysPage *page = m_tab->personDaysPage();
    page->setGrouping(QStringLiteral("month"));
    {
        // Counted on the page's worker: "counting" meanwhile, no statement
        // on the window's connection.
        testsupport::SqlProbe probe(m_context.db);
        QVERIFY(probe.isValid());
        page->setPeriod(QDate(2020, 2, 1), QDate(2020, 10, 31));
        QVERIFY(page->isLoading());
        QVERIFY(page->totalLabel()->text().contains(QStringLiteral("Counting")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 120000);
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    QCOMPARE(page->table()->rowCount(), 9);
    auto digits = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\D"))).toInt(); };
    QCOMPARE(digits(page->table()->item(2, 1)->text()), 19373);
    QVERIFY(page->chartView()->chart());
    QCOMPARE(page->chartView()->chart()->series().size(), 1);
    page->setGrouping(QStringLiteral("service"));
    page->setPeriod(QDate(2020, 10, 1), QDate(2021, 3, 16));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 120000);
    QCOMPARE(page->table()->rowCount(), 7);
    QVERIFY(page->totalLabel()->text().contains(QStringLiteral("20")));
}

void TestVolunteersTab::limitsPageListsVolunteersOverLimits()
{
    m_tab->showPage(VolunteersTab::Limits);
    LimitsPage *page = m_tab->limitsPage();
    {
        // Every volunteer's days are read on the page's worker (when it is
        // shown, or refreshed): "reading" meanwhile, no statement on the
        // window's connection.
        testsupport::SqlProbe probe(m_context.db);
        QVERIFY(probe.isValid());
        page->refresh();
        QVERIFY(page->isLoading());
        QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("Reading")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 120000);
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    QVERIFY(page->table()->rowCount() >= 6);
    QVERIFY(page->daysTable()->rowCount() > 0);
}

void TestVolunteersTab::issueDialogAsksBeforeDaysOverTheLimit()
{
    // The volunteer who never left the operations room: over 180 days.
    auto over = LimitMonitor(m_context.db).volunteersOverLimits(QDate(2020, 9, 1), QDate(2020, 9, 30));
    QVERIFY(over.ok() && !over->isEmpty());
    qint64 hero = 0;
    for (const VolunteerOverLimit &v : *over)
        if (v.excessesInPeriod.size() >= 30)
            hero = v.volunteerId;
    QVERIFY(hero);
    IssueDialog dialog(m_context, *m_tab->commands(), hero, nullptr);
    dialog.setPeriod(QDate(2020, 9, 1), QDate(2020, 9, 30));
    QVERIFY(dialog.daysTable()->rowCount() >= 30);
    QVERIFY(dialog.acknowledge()->isVisibleTo(&dialog));
    QVERIFY(!dialog.issueButton()->isEnabled());
    dialog.acknowledge()->setChecked(true);
    QVERIFY(dialog.issueButton()->isEnabled());
    QVERIFY(dialog.issue());
    QVERIFY(dialog.issuedId() != 0);
    auto overDays = core::queryValue(
        m_context.db, QStringLiteral("SELECT over_limit_days FROM attestato WHERE id = ?"), { dialog.issuedId() });
    QCOMPARE(overDays->toInt(), 30);
}

void TestVolunteersTab::rosterRecordsManyVolunteersAtOnce()
{
    RosterDialog dialog(m_context, *m_tab->commands(), nullptr);
    dialog.day()->setDate(QDate(2021, 3, 20));
    QVERIFY(dialog.list()->count() > 3);
    for (int i = 0; i < 3; ++i)
        dialog.list()->item(i)->setCheckState(Qt::Checked);
    const int before = core::queryValue(m_context.db, QStringLiteral("SELECT count(*) FROM activation"))->toInt();
    closeMessageBoxesSoon();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.recorded(), 3);
    QCOMPARE(core::queryValue(m_context.db, QStringLiteral("SELECT count(*) FROM activation"))->toInt(), before + 3);
    m_tab->showPage(VolunteersTab::Activations);
    QVERIFY(testsupport::waitForList(m_tab->activationsPage()->model()));
    QVERIFY(m_tab->activationsPage()->model()->rowCount() > 70000);
}

// Issue 16: in Registra giornate, "Dal" typed as 15/03/2021 showed
// 06/03/2021, "Al" stayed on today and the dialog offered 2,102 days. The
// fields are found by their labels and read through their "date" property,
// as any date widget has one.
void TestVolunteersTab::activationDialogTakesTheTypedFirstDay()
{
    ActivationDialog dialog(m_context, *m_tab->commands(), nullptr);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QWidget *from = nullptr;
    QWidget *to = nullptr;
    QLabel *summary = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("&From:"))
            from = label->buddy();
        else if (label->text() == QStringLiteral("&To:"))
            to = label->buddy();
        else if (label->text().contains(QStringLiteral("person-days")))
            summary = label;
    }
    QVERIFY(from && to && summary);
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QCOMPARE(to->property("date").toDate(), QDate(2021, 3, 19)); // today, as "From"

    from->setFocus();
    QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(from, QStringLiteral("15/03/2021"));
    QTest::keyClick(from, Qt::Key_Tab);
    QCOMPARE(from->property("date").toDate(), QDate(2021, 3, 15));
    QCOMPARE(to->property("date").toDate(), QDate(2021, 3, 15)); // one day: "To" followed
    QVERIFY(summary->text().startsWith(QStringLiteral("1 person-days")));
    QVERIFY(save->isEnabled());

    // A last day half typed: nothing is offered, nothing can be saved.
    to->setFocus();
    QTest::keyClick(to, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(to, QStringLiteral("16/03/2"));
    QCOMPARE(to->property("date").toDate(), QDate(2021, 3, 15));
    QVERIFY(!save->isEnabled());
    QVERIFY(!summary->text().contains(QStringLiteral("person-days")));
    QTest::keyClicks(to, QStringLiteral("021"));
    QVERIFY(save->isEnabled());
    QVERIFY(summary->text().startsWith(QStringLiteral("2 person-days")));
    dialog.reject();
}

void TestVolunteersTab::batchRunsInTheBackgroundAndCancels()
{
    QTemporaryDir out;
    BatchDialog dialog(m_context, nullptr);
    dialog.setPeriod(QDate(2020, 11, 1), QDate(2020, 11, 30));
    dialog.setOutputDir(out.path());
    QVERIFY(dialog.preflightLabel()->text().contains(QStringLiteral("attestati")));
    dialog.start();
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() >= 5, 120000);
    dialog.cancelBatch();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 120000);
    const int issued = dialog.issued();
    QVERIFY(issued >= 5);
    // The register has exactly what the dialog says, each with its PDF.
    auto count = core::queryValue(m_context.db,
        QStringLiteral("SELECT count(*) FROM attestato t JOIN attestato_batch b ON b.id = t.batch_id WHERE b.state = "
                       "'cancelled'"));
    QCOMPARE(count->toInt(), issued);
    QCOMPARE(int(QDir(out.path()).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size()), issued);
    m_tab->showPage(VolunteersTab::Attestati);
    QVERIFY(testsupport::waitForList(m_tab->attestatiPage()->model()));
    QVERIFY(m_tab->attestatiPage()->model()->rowCount() > issued);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->attestatiPage()->isReadingPending(), 120000);
    // No translator here: the English source, the count now in its own plural piece.
    QVERIFY(m_tab->attestatiPage()->pendingLabel()->text().contains(QStringLiteral("to issue")));
}

// The Attivazioni page's person-days total and the Attestati page's "to
// issue" read the whole ledger: on a worker, "counting"/"reading" first,
// nothing on the window's connection, and an answer for a filter changed
// meanwhile is dropped (the latest one is shown).
void TestVolunteersTab::ledgerSummariesAreReadOnAWorker()
{
    m_tab->showPage(VolunteersTab::Activations);
    ActivationsPage *activations = m_tab->activationsPage();
    QVERIFY(testsupport::waitForList(activations->model()));
    QTRY_VERIFY_WITH_TIMEOUT(!activations->isCounting(), 120000);
    QCheckBox *period = nullptr;
    for (QCheckBox *box : activations->findChildren<QCheckBox *>())
        if (box->text() == QStringLiteral("Days from"))
            period = box;
    QVERIFY(period);
    QVERIFY(!period->isChecked());
    {
        testsupport::SqlProbe probe(m_context.db);
        period->setChecked(true); // this month's days: its answer comes first, and is dropped
        QVERIFY(activations->isCounting());
        QVERIFY2(activations->summary()->text().contains(QStringLiteral("counting the person-days")),
            qPrintable(activations->summary()->text()));
        period->setChecked(false); // the whole ledger again: the answer shown
        QVERIFY(activations->isCounting());
        QTRY_VERIFY_WITH_TIMEOUT(!activations->isCounting(), 120000);
        QVERIFY(testsupport::waitForList(activations->model()));
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    auto whole = PersonDays(m_context.db).total({}, {});
    QVERIFY(whole.ok() && *whole > 1000);
    const QString expected = ActivationsPage::tr("%Ln person-day(s)", nullptr, int(*whole));
    QVERIFY2(activations->summary()->text().contains(expected),
        qPrintable(activations->summary()->text() + QStringLiteral(" / ") + expected));

    m_tab->showPage(VolunteersTab::Attestati);
    AttestatiPage *attestati = m_tab->attestatiPage();
    QVERIFY(testsupport::waitForList(attestati->model()));
    QTRY_VERIFY_WITH_TIMEOUT(!attestati->isReadingPending(), 120000);
    const QString read = attestati->pendingLabel()->text();
    QVERIFY2(read.contains(QStringLiteral("to issue")), qPrintable(read));
    {
        testsupport::SqlProbe probe(m_context.db);
        attestati->tablesChanged({ QStringLiteral("attestato") }); // a save elsewhere
        QVERIFY(attestati->isReadingPending());
        QVERIFY(attestati->pendingLabel()->text().contains(QStringLiteral("Reading")));
        attestati->tablesChanged({ QStringLiteral("activation") }); // and another: the first answer is dropped
        QTRY_VERIFY_WITH_TIMEOUT(!attestati->isReadingPending(), 120000);
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    QCOMPARE(attestati->pendingLabel()->text(), read);

    // The CSV of what was issued, for the regional system: built on a worker.
    std::optional<core::Result<core::ReportDocument>> csv;
    {
        testsupport::SqlProbe probe(m_context.db);
        QVERIFY(attestati->prepareRegionExport([&](const core::Result<core::ReportDocument> &doc) { csv = doc; }));
        QVERIFY(attestati->isPreparingExport());
        QVERIFY(!attestati->prepareRegionExport([](const core::Result<core::ReportDocument> &) {})); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(csv.has_value(), 120000);
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    QVERIFY(!attestati->isPreparingExport());
    QVERIFY(csv->ok());
    QVERIFY(csv->value().primaryTable() && csv->value().primaryTable()->rows.size() > 5);
}

void TestVolunteersTab::dialogsWarnWhenTheReimbursementWindowClosed_data()
{
    // Days of March 2020: the employer may claim until two years after the
    // last one, at the latest 31/03/2022.
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("closed");
    QTest::newRow("window open") << QDate(2021, 3, 19) << false;
    QTest::newRow("window closed") << QDate(2026, 3, 10) << true;
}

void TestVolunteersTab::dialogsWarnWhenTheReimbursementWindowClosed()
{
    QFETCH(QDate, today);
    QFETCH(bool, closed);
    // An employee whose uncertified March days belong to one event and organisation.
    auto volunteer = core::queryValue(m_context.db,
        QStringLiteral("SELECT a.volunteer_id FROM activation_effective a JOIN volunteer v ON v.id = a.volunteer_id "
                       "WHERE v.employer_id IS NOT NULL AND v.employment <> 'not_working' AND a.day BETWEEN "
                       "'2020-03-01' AND '2020-03-31' AND NOT EXISTS (SELECT 1 FROM attestato_day d WHERE "
                       "d.activation_id = a.id) GROUP BY a.volunteer_id HAVING (SELECT count(DISTINCT b.event_id) + "
                       "count(DISTINCT b.organisation_id) FROM activation_effective b WHERE b.volunteer_id = "
                       "a.volunteer_id) = 2 ORDER BY a.volunteer_id LIMIT 1"));
    QVERIFY(volunteer.ok() && volunteer->isValid());
    m_clock.set(QDateTime(today, QTime(10, 0)));
    const auto restore = qScopeGuard([this] { m_clock.set(QDateTime(QDate(2021, 3, 19), QTime(10, 0))); });
    IssueDialog dialog(m_context, *m_tab->commands(), volunteer->toLongLong(), nullptr);
    dialog.setPeriod(QDate(2020, 3, 1), QDate(2020, 3, 31));
    QVERIFY(dialog.daysTable()->rowCount() > 0);
    QCOMPARE(dialog.warning()->text().contains(QStringLiteral("/2022")), closed); // the deadline, said before issuing
    BatchDialog batch(m_context, nullptr);
    batch.setPeriod(QDate(2020, 3, 1), QDate(2020, 3, 31));
    QCOMPARE(batch.preflightLabel()->text().contains(QStringLiteral("<b style=\"color:#b71c1c\">")), closed);
}

void TestVolunteersTab::undoRedoOfRecordedDaysAndAnUndoThatCannotApply()
{
    QUndoStack *history = m_tab->commands()->undoStack();
    history->clear();
    const QDate first(2021, 3, 22), second(2021, 3, 23);
    const auto daysOn = [this](qint64 volunteer, const QDate &day) {
        return core::queryValue(m_context.db,
            QStringLiteral("SELECT count(*) FROM activation_effective WHERE volunteer_id = ? AND day = ?"),
            { volunteer, core::toSqlDate(day) })
            ->toInt();
    };
    // An employee with an employer, free on both days, entered with the
    // roster as an operator does.
    RosterDialog dialog(m_context, *m_tab->commands(), nullptr);
    dialog.day()->setDate(first);
    int row = -1;
    qint64 worker = 0;
    for (int i = 0; i < dialog.list()->count() && !worker; ++i) {
        const qint64 id = dialog.list()->item(i)->data(Qt::UserRole).toLongLong();
        const bool employee
            = core::queryValue(m_context.db,
                  QStringLiteral("SELECT count(*) FROM volunteer WHERE id = ? AND employer_id IS NOT NULL AND "
                                 "employment <> 'not_working'"),
                  { id })
                  ->toInt()
            == 1;
        if (employee && daysOn(id, first) == 0 && daysOn(id, second) == 0) {
            worker = id;
            row = i;
        }
    }
    QVERIFY(worker);
    dialog.list()->item(row)->setCheckState(Qt::Checked);
    dialog.accept();
    QCOMPARE(dialog.recorded(), 1);
    RosterDialog next(m_context, *m_tab->commands(), nullptr);
    next.day()->setDate(second);
    for (int i = 0; i < next.list()->count(); ++i)
        if (next.list()->item(i)->data(Qt::UserRole).toLongLong() == worker)
            next.list()->item(i)->setCheckState(Qt::Checked);
    next.accept();
    QCOMPARE(next.recorded(), 1);
    QCOMPARE(history->count(), 2);

    // Undo and redo of the second day: a reversal, then a new entry.
    history->undo();
    QCOMPARE(daysOn(worker, second), 0);
    history->redo();
    QCOMPARE(daysOn(worker, second), 1);
    history->undo();
    QCOMPARE(daysOn(worker, second), 0);

    // An attestato now certifies the first day: its undo can no longer apply.
    auto q = core::runQuery(m_context.db,
        QStringLiteral("SELECT event_id, organisation_id FROM activation_effective WHERE volunteer_id = ? AND day = ?"),
        { worker, core::toSqlDate(first) });
    QVERIFY(q && q->next());
    auto issue = std::make_shared<IssueAttestato>(
        worker, q->value(0).toLongLong(), q->value(1).toLongLong(), first, first, OverLimitPolicy::Include);
    QVERIFY(m_tab->commands()->run(issue).ok());
    QCOMPARE(history->count(), 2); // an attestato is not undone
    QSignalSpy refused(m_tab->commands(), &core::CommandStack::refused);
    history->undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(issue->issued().content.number),
        qPrintable(refused.first().first().toString()));
    QCOMPARE(daysOn(worker, first), 1);
    // The refused entry left the history; Redo is still the second day.
    QCOMPARE(history->count(), 1);
    QVERIFY(!history->canUndo());
    history->redo();
    QCOMPARE(daysOn(worker, second), 1);
    QVERIFY(!history->canRedo());
    history->clear();
}

void TestVolunteersTab::headlineFigures()
{
    const QList<core::HeadlineFigure> figures = m_module->headlineFigures(m_context.db, QDate(2021, 3, 19));
    QCOMPARE(figures.size(), 4);
    for (const core::HeadlineFigure &f : figures)
        QVERIFY(!f.value.isEmpty());
    QVERIFY(
        QString(figures.at(0).value).remove(QRegularExpression(QStringLiteral("\\D"))).toInt() > 1000); // March 2021
    QVERIFY(figures.at(1).value.toInt() >= 5);
    QCOMPARE(figures.at(1).tone, core::HeadlineFigure::Tone::Alert);
}

// Modifica edizione...: the form opens on the edition as recorded; new dates
// for an edition with certificates are refused inside the form (it stays
// open, the reason written in it, nothing saved); a new place is saved.
void TestVolunteersTab::editionFormRefusesInItselfAndSavesTheRest()
{
    m_tab->showPage(VolunteersTab::Training);
    TrainingPage *page = m_tab->trainingPage();
    page->yearField()->setValue(2020);
    const QSqlDatabase db = m_connection.db();
    const qint64 id = core::queryValue(db, QStringLiteral("SELECT id FROM training_edition WHERE code = 'COVID-2020-1'"))
                          ->toLongLong();
    QVERIFY(id != 0);
    QVERIFY(core::queryValue(db, QStringLiteral("SELECT count(*) FROM training_participant WHERE edition_id = ? "
                                                "AND certificate_number <> ''"), { id })->toInt() > 0);
    page->selectEdition(id);
    QCOMPARE(page->selectedEdition(), id);
    QPushButton *edit = nullptr;
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->text() == TrainingPage::tr("Edit e&dition..."))
            edit = b;
    QVERIFY(edit && edit->isEnabled());
    const QString endBefore
        = core::queryValue(db, QStringLiteral("SELECT end_date FROM training_edition WHERE id = ?"), { id })->toString();

    // 1. A later end: refused in the form.
    QString shownCode, refusal;
    bool stayedOpen = false;
    QTimer::singleShot(200, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QWidget *form = dialog ? dialog->findChild<QWidget *>(QStringLiteral("editionForm")) : nullptr;
        if (!form)
            return;
        shownCode = form->findChildren<QLineEdit *>().value(0)->text();
        auto dates = form->findChildren<core::DateField *>();
        dates.value(1)->setDate(dates.value(1)->date().addDays(3));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        stayedOpen = QApplication::activeModalWidget() == dialog;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            if (l->styleSheet().contains(QLatin1String("#b71c1c")))
                refusal = l->text();
        dialog->close();
    });
    edit->click();
    QCOMPARE(shownCode, QStringLiteral("COVID-2020-1"));
    QVERIFY(stayedOpen);
    QVERIFY2(!refusal.isEmpty() && !refusal.contains(QLatin1String("training.")), qPrintable(refusal));
    QCOMPARE(core::queryValue(db, QStringLiteral("SELECT end_date FROM training_edition WHERE id = ?"), { id })->toString(),
        endBefore);

    // 2. Another place: saved, the edition still selected.
    QTimer::singleShot(200, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QWidget *form = dialog ? dialog->findChild<QWidget *>(QStringLiteral("editionForm")) : nullptr;
        if (!form)
            return;
        form->findChildren<QLineEdit *>().last()->setText(QStringLiteral("Idroscalo, sala corsi"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (QApplication::activeModalWidget() == dialog)
            dialog->close(); // refused: the check below says so
    });
    edit->click();
    QCOMPARE(core::queryValue(db, QStringLiteral("SELECT place FROM training_edition WHERE id = ?"), { id })->toString(),
        QStringLiteral("Idroscalo, sala corsi"));
    QCOMPARE(page->selectedEdition(), id);
}

void TestVolunteersTab::trainingPageShowsTheDemoCourses()
{
    m_tab->showPage(VolunteersTab::Training);
    TrainingPage *page = m_tab->trainingPage();
    QVERIFY(page);
    page->yearField()->setValue(2020);
    // The 2020 editions of the demo: two base courses, safety, Covid manager.
    QCOMPARE(page->editionsTable()->rowCount(), 4);
    int covidRow = -1;
    for (int i = 0; i < page->editionsTable()->rowCount(); ++i)
        if (page->editionsTable()->item(i, 0)->text() == QLatin1String("COVID-2020-1"))
            covidRow = i;
    QVERIFY(covidRow >= 0);
    page->editionsTable()->setCurrentCell(covidRow, 0);
    // The two meetings of 16 and 18 December, 21:00, two hours each.
    QCOMPARE(page->sessionsTable()->rowCount(), 2);
    QCOMPARE(page->sessionsTable()->item(0, 0)->text(), QStringLiteral("16/12/2020"));
    QCOMPARE(page->sessionsTable()->item(1, 1)->text(), QStringLiteral("21:00"));
    QCOMPARE(page->participantsTable()->rowCount(), 96);
    // A participant who failed the test gets no certificate, and nothing is written.
    const QSqlDatabase db = m_connection.db();
    auto q = core::runQuery(db, QStringLiteral("SELECT p.id FROM training_participant p JOIN training_edition e "
                                               "ON e.id = p.edition_id WHERE e.code = 'COVID-2020-1' "
                                               "AND p.test_result = 'failed' LIMIT 1"));
    QVERIFY(q && q->next());
    const qint64 failed = q->value(0).toLongLong();
    const qint64 certificates = core::queryValue(db, QStringLiteral("SELECT count(*) FROM training_participant "
                                                                    "WHERE certificate_number <> ''"))->toLongLong();
    const core::Status s = page->issueCertificate(failed, QDate(2021, 1, 10));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("training.test_failed"));
    QCOMPARE(core::queryValue(db, QStringLiteral("SELECT count(*) FROM training_participant "
                                                 "WHERE certificate_number <> ''"))->toLongLong(),
        certificates);
    // The students' course of ConosciAMO: 150 enrolled.
    page->yearField()->setValue(2021);
    bool students = false;
    for (int i = 0; i < page->editionsTable()->rowCount(); ++i)
        if (page->editionsTable()->item(i, 0)->text() == QLatin1String("STUDENTI-2021-1")) {
            page->editionsTable()->setCurrentCell(i, 0);
            students = true;
        }
    QVERIFY(students);
    QCOMPARE(page->participantsTable()->rowCount(), demoStudentsEnrolled);
}

void TestVolunteersTab::exercisesPageAndRenewalReport()
{
    m_tab->showPage(VolunteersTab::Exercises);
    ExercisesPage *page = m_tab->exercisesPage();
    QVERIFY(page);
    page->yearField()->setValue(2020);
    QVERIFY(page->table()->rowCount() > 5);
    const qint64 organisation = core::queryValue(m_connection.db(),
        QStringLiteral("SELECT organisation_id FROM training_exercise WHERE start_date LIKE '2020-%' ORDER BY id LIMIT 1"))
                                    ->toLongLong();
    core::selectByData(page->organisationField(), organisation);
    QVERIFY(page->table()->rowCount() >= 1);
    auto report = page->renewalReport();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().code));
    QCOMPARE(report->name, QStringLiteral("renewal-activity"));
}

QTEST_MAIN(TestVolunteersTab)
#include "tst_volunteerstab.moc"
