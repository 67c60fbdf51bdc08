// The "Piani di emergenza" page of the Sala operativa offscreen: it opens
// with the 133 comuni read off the GUI thread, coloured on the map by the
// status of their plan; filters by zone, status and name; the selected
// comune's plan and COC history; the buttons each role sees; the plan
// dialog says why a plan is refused and writes nothing; the Cruscotto's
// figures at their boundaries. With CISIAMO_SHOTS set, screenshots at
// 1366x768 and 1600x1000 go there.

#include "core/auth/session.h"
#include "core/ui/appcontext.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/datefield.h"
#include "room/domain/plantext.h"
#include "room/ui/plandialogs.h"
#include "room/ui/planfigures.h"
#include "room/ui/planspage.h"
#include "room/ui/roommodule.h"
#include "room/ui/roomtab.h"
#include "roomplansfixture.h"
#include "support/sqlprobe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <optional>

using namespace room;

class TestRoomPlansPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pageShowsEveryComuneAndTheMap();
    void filters();
    void selectedComuneShowsPlanAndCoc();
    void buttonsFollowTheRole();
    void dialogSaysWhyAndWritesNothing();
    void cruscottoFigures();
    void mapAndReportReadOnAWorker();

private:
    PlansPage *openPage(const QSize &size = QSize(1366, 768));
    void shot(const QString &name);

    PlansFixture *m_f = nullptr;
    core::AppContext m_context;
    RoomTab *m_tab = nullptr;
    RoomModule m_module; // registers the error texts
    int m_milano = 0, m_bresso = 0, m_cormano = 0, m_senago = 0;
};

void TestRoomPlansPage::initTestCase()
{
    room::declareSyncTables();
}

void TestRoomPlansPage::init()
{
    m_f = new PlansFixture;
    QVERIFY(m_f->setUp());
    m_milano = m_f->comune("Milano");
    m_bresso = m_f->comune("Bresso");
    m_cormano = m_f->comune("Cormano");
    m_senago = m_f->comune("Senago");
    QVERIFY(core::runQuery(m_f->db(),
        "UPDATE comune_cmm SET zona_omogenea = 'Nord Milano' WHERE comune_id IN (?, ?, ?)", { m_bresso, m_cormano, m_senago }));
    QVERIFY(core::runQuery(m_f->db(), "UPDATE comune_cmm SET zona_omogenea = 'Milano' WHERE comune_id = ?", { m_milano }));
    SavePlanState a(PlansFixture::plan(m_milano, QDate(2019, 4, 3), QDate(2024, 5, 1)));
    SavePlanState b(PlansFixture::plan(m_bresso, QDate(2018, 1, 10), {}, m_f->today().addDays(-1)));
    SavePlanState c(PlansFixture::plan(m_cormano, QDate(2018, 1, 10), {}, m_f->today()));
    PlanState none;
    none.comuneId = m_senago;
    SavePlanState d(none);
    for (SavePlanState *s : { &a, &b, &c, &d })
        QVERIFY(m_f->run(*s));
    CocChange open;
    open.comuneId = m_bresso;
    open.active = true;
    open.since = QDateTime(QDate(2026, 3, 9), QTime(22, 30));
    open.note = QStringLiteral("Seveso in piena");
    SetCocState coc(open);
    QVERIFY(m_f->run(coc));
    m_context.db = m_f->db();
    m_context.clock = &m_f->clock;
    m_context.operatorName = QStringLiteral("Carla Coordinatrice");
}

void TestRoomPlansPage::cleanup()
{
    delete m_tab;
    m_tab = nullptr;
    delete m_f;
    m_f = nullptr;
}

PlansPage *TestRoomPlansPage::openPage(const QSize &size)
{
    m_tab = qobject_cast<RoomTab *>(m_module.createTab(m_context, nullptr));
    if (!m_tab)
        return nullptr;
    m_tab->resize(size);
    m_tab->show();
    if (!QTest::qWaitForWindowExposed(m_tab) || !m_tab->openPage(QStringLiteral("plans")))
        return nullptr;
    auto *page = qobject_cast<PlansPage *>(m_tab->pages()->currentWidget());
    if (!page || !QTest::qWaitFor([page] { return !page->isReading() && page->model()->rowCount() > 0; }, 60000))
        return nullptr;
    return page;
}

void TestRoomPlansPage::shot(const QString &name)
{
    if (const QString dir = qEnvironmentVariable("CISIAMO_SHOTS"); !dir.isEmpty())
        m_tab->grab().save(dir + "/" + name + ".png");
}

void TestRoomPlansPage::pageShowsEveryComuneAndTheMap()
{
    PlansPage *page = openPage();
    QVERIFY(page);
    QCOMPARE(m_tab->helpSection(), QStringLiteral("room-plans"));
    QCOMPARE(page->model()->rowCount(), 133);
    QVERIFY(page->map()->comuneCount() == 133);
    const QList<PlanStatus> statuses = allPlanStatuses();
    QCOMPARE(page->map()->category(m_milano), int(statuses.indexOf(PlanStatus::Valid)));
    QCOMPARE(page->map()->category(m_bresso), int(statuses.indexOf(PlanStatus::Overdue)));
    QCOMPARE(page->map()->category(m_cormano), int(statuses.indexOf(PlanStatus::DueSoon)));
    QCOMPARE(page->map()->category(m_senago), int(statuses.indexOf(PlanStatus::NoPlan)));
    QCOMPARE(page->map()->category(m_f->comune("Rho")), int(statuses.indexOf(PlanStatus::NotRecorded)));
    page->selectComune(m_bresso);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isReading() && page->details()->toPlainText().contains("Bresso"), 60000);
    shot("room-plans-1366");
    delete m_tab;
    m_tab = nullptr;
    page = openPage(QSize(1600, 1000));
    QVERIFY(page);
    page->selectComune(m_bresso);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isReading() && page->details()->toPlainText().contains("Bresso"), 60000);
    shot("room-plans-1600");
}

void TestRoomPlansPage::filters()
{
    PlansPage *page = openPage();
    QVERIFY(page);
    page->zoneFilter()->setCurrentIndex(page->zoneFilter()->findData(QStringLiteral("Nord Milano")));
    QCOMPARE(page->model()->rowCount(), 3);
    // Outside the zone the map is neutral.
    QCOMPARE(page->map()->category(m_milano), -1);
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(int(PlanStatus::Overdue)));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->rowAt(0).comuneId, m_bresso);
    page->zoneFilter()->setCurrentIndex(0);
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(100)); // COC open
    QCOMPARE(page->model()->rowCount(), 1);
    page->statusFilter()->setCurrentIndex(0);
    page->search()->setText(QStringLiteral("corm"));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->rowAt(0).comune, QStringLiteral("Cormano"));
    QVERIFY(page->countLabel()->text().contains("1"));
    // A comune clicked on the map while hidden by the filters shows again.
    page->selectComune(m_milano);
    QCOMPARE(page->model()->rowCount(), 133);
    QCOMPARE(page->selectedComune(), m_milano);
}

void TestRoomPlansPage::selectedComuneShowsPlanAndCoc()
{
    PlansPage *page = openPage();
    QVERIFY(page);
    page->selectComune(m_bresso);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isReading() && page->details()->toPlainText().contains("Seveso in piena"), 60000);
    const QString text = page->details()->toPlainText();
    QVERIFY2(text.contains("09/03/2026 22:30"), qPrintable(text));
    QVERIFY(text.contains("10/01/2018"));
    QVERIFY(text.contains(PlanText::status(PlanStatus::Overdue)));
    QVERIFY(page->cocButton()->isEnabled());
    QVERIFY(page->cocButton()->text().contains("COC"));
    // A change from elsewhere: the page reads again.
    CocChange close;
    close.comuneId = m_bresso;
    close.active = false;
    SetCocState closing(close);
    QVERIFY(m_f->run(closing));
    page->tablesChanged({ QStringLiteral("room_coc_state") });
    QTRY_VERIFY_WITH_TIMEOUT(!page->isReading() && page->details()->toPlainText().contains("10/03/2026 10:00"), 60000);
}

void TestRoomPlansPage::buttonsFollowTheRole()
{
    QVERIFY(m_f->as("oper"));
    PlansPage *page = openPage();
    QVERIFY(page);
    QVERIFY(page->editButton()->isHidden());
    QVERIFY(page->importButton()->isHidden());
    QVERIFY(!page->cocButton()->isHidden());
    delete m_tab;
    m_tab = nullptr;
    QVERIFY(m_f->as("coord"));
    page = openPage();
    QVERIFY(page);
    QVERIFY(!page->editButton()->isHidden());
    QVERIFY(!page->importButton()->isHidden());
}

void TestRoomPlansPage::dialogSaysWhyAndWritesNothing()
{
    const QByteArray before = testsupport::contentHash(m_f->db());
    PlanState plan = *PlanRepository(m_f->db()).plan(m_milano);
    int saves = 0;
    PlanDialog dialog(QStringLiteral("Milano"), plan, m_f->today(),
        [this, &saves](const PlanState &p) {
            ++saves;
            SavePlanState save(p);
            return m_f->run(save);
        });
    dialog.show();
    dialog.revisedField()->setDate(QDate(2019, 4, 2)); // before the approval
    dialog.accept();
    QCOMPARE(saves, 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.problemLabel()->isHidden());
    QVERIFY2(dialog.problemLabel()->text().contains("02/04/2019"), qPrintable(dialog.problemLabel()->text()));
    QCOMPARE(testsupport::contentHash(m_f->db()), before);
    // Unticked: no plan, its dates go.
    dialog.hasPlanBox()->setChecked(false);
    QVERIFY(!dialog.approvedField()->isEnabled());
    QCOMPARE(dialog.plan().approvedOn, QDate());
    dialog.hasPlanBox()->setChecked(true);
    dialog.revisedField()->setDate(QDate(2025, 9, 1));
    dialog.riskBox(Risk::Seismic)->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto stored = PlanRepository(m_f->db()).plan(m_milano);
    QCOMPARE(stored->revisedOn, QDate(2025, 9, 1));
    QVERIFY(stored->risks.contains(Risk::Seismic));
}

void TestRoomPlansPage::cruscottoFigures()
{
    auto figures = planHeadlineFigures(m_f->db(), m_f->today());
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.at(0).value, QStringLiteral("1")); // Bresso, due yesterday
    QCOMPARE(figures.at(0).tone, core::HeadlineFigure::Tone::Alert);
    QCOMPARE(figures.at(0).page, QStringLiteral("plans"));
    QCOMPARE(figures.at(1).value, QStringLiteral("1")); // Bresso's COC
    // The day before, Bresso's plan was due that day: no alert, a warning.
    figures = planHeadlineFigures(m_f->db(), m_f->today().addDays(-1));
    QCOMPARE(figures.at(0).value, QStringLiteral("0"));
    QCOMPARE(figures.at(0).tone, core::HeadlineFigure::Tone::Warning);
    // A day later Cormano (due today) is overdue too.
    figures = planHeadlineFigures(m_f->db(), m_f->today().addDays(1));
    QCOMPARE(figures.at(0).value, QStringLiteral("2"));
    QVERIFY(m_module.headlineTables().contains(QStringLiteral("room_plan")));
    QVERIFY(m_module.headlineTables().contains(QStringLiteral("room_coc_state")));
    // Nothing for a role that does not see the room.
    QVERIFY(m_f->as("psy"));
    QVERIFY(planHeadlineFigures(m_f->db(), m_f->today()).isEmpty());
}

QTEST_MAIN(TestRoomPlansPage)
// The map's outlines and the printed plans (with the map) are read on the
// page's workers: the map says it is loading, the print button waits, and
// the window's connection runs nothing; the map is drawn into the document
// when it arrives.
void TestRoomPlansPage::mapAndReportReadOnAWorker()
{
    std::optional<testsupport::SqlProbe> probe;
    probe.emplace(m_context.db);
    QVERIFY(probe->isValid());
    m_tab = qobject_cast<RoomTab *>(m_module.createTab(m_context, nullptr));
    QVERIFY(m_tab);
    m_tab->resize(QSize(1366, 768));
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    probe.emplace(m_context.db); // what the tab's own first page reads is not this test's
    QVERIFY(m_tab->openPage(QStringLiteral("plans")));
    auto *page = qobject_cast<PlansPage *>(m_tab->pages()->currentWidget());
    QVERIFY(page);
    QVERIFY(page->isReading());
    QVERIFY(page->map()->isLoading());
    QCOMPARE(page->map()->comuneCount(), 0);
    shot(QStringLiteral("plans-loading"));
    QVERIFY(QTest::qWaitFor([page] { return !page->isReading() && page->model()->rowCount() > 0; }, 120000));
    QCOMPARE(page->map()->comuneCount(), 133);
    shot(QStringLiteral("plans-loaded"));
    QVERIFY2(probe->count() == 0, qPrintable(probe->describe()));

    std::optional<core::Result<core::ReportDocument>> built;
    QVERIFY(page->prepareReport([&](const core::Result<core::ReportDocument> &d) { built = d; }));
    QVERIFY(page->isPreparingReport());
    QVERIFY(!page->prepareReport([](const core::Result<core::ReportDocument> &) { QFAIL("built twice"); }));
    bool waiting = false;
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Preparing")))
            waiting = !b->isEnabled();
    QVERIFY(waiting);
    QCoreApplication::processEvents(); // lays the button out with its new text, for the picture
    shot(QStringLiteral("plans-preparing-report"));
    QVERIFY(QTest::qWaitFor([&] { return built.has_value(); }, 120000));
    QVERIFY2(probe->count() == 0, qPrintable(probe->describe()));
    QVERIFY2(built->ok(), built->ok() ? "" : qPrintable(built->error().code));
    bool map = false;
    for (const core::ReportBlock &b : (*built)->blocks)
        map = map || (b.type == core::ReportBlock::Type::Image && !b.image.isNull() && b.image.width() > 500);
    QVERIFY(map);
    QVERIFY(!page->isPreparingReport());
}

#include "tst_roomplanspage.moc"
