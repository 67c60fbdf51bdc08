// The ConosciAMO tab on the demo database, offscreen: every page opens,
// the calendar shows the month with its free slots and is driven by the
// keyboard, a slot is booked through the dialog (and a refusal shows the
// rule and the next free slots), outcomes are recorded as new entries,
// the Cruscotto figures come from the records; the tab's actions run as
// commands, undone and redone through its undo stack.

#include "core/db/changenotifier.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "support/listwait.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/demo/tutoringdemo.h"
#include "tutoring/domain/tutoringfigures.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/ui/assistantdialog.h"
#include "tutoring/ui/bookingdialog.h"
#include "tutoring/ui/calendarpage.h"
#include "tutoring/ui/importdialog.h"
#include "tutoring/ui/lessonsmodel.h"
#include "tutoring/ui/lessonspage.h"
#include "tutoring/ui/outcomedialog.h"
#include "tutoring/ui/pupildialog.h"
#include "tutoring/ui/reportspage.h"
#include "tutoring/ui/slotcalendarwidget.h"
#include "tutoring/ui/tutoringmodule.h"
#include "tutoring/ui/tutoringtab.h"

#include "translations.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <QStyle>
#include <QTableView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tutoring;

class TestTutoringTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPageOpens();
    void calendarShowsTheMonth();
    void calendarKeyboard();
    void bookThroughTheDialog();
    void refusalShowsRuleAndSlots();
    void lessonsModel();
    void lessonsShowTheWholeDay();
    void outcomeDialogRecordsAnEntry();
    void headlineFigures();
    void statusReadOffTheGuiThread();
    void undoAndRedoABooking();
    void undoThatNoLongerApplies();
    void lookAtIt();

private:
    testsupport::TestDatabase *m_database = nullptr;
    core::FixedClock m_clock { QDateTime(QDate(2021, 3, 10), QTime(10, 0)) };
    core::AppContext m_context;
    core::ReportCatalog m_catalog;
    TutoringModule m_module;
    TutoringTab *m_tab = nullptr;
};

void TestTutoringTab::initTestCase()
{
    // People looking at the screenshots see the program in Italian.
    if (!qEnvironmentVariable("TUTORING_SHOTS").isEmpty())
        installTranslations(*QCoreApplication::instance(), QStringLiteral("it"));
    m_database = new testsupport::TestDatabase;
    QVERIFY(m_database->isValid());
    core::DemoContext demo;
    demo.db = m_database->db();
    demo.today = QDate(2021, 3, 19);
    QVERIFY(tutoringDemoStep().run(demo).ok());
    QVERIFY(testsupport::createRoleAccounts(m_database->db(), m_clock));
    QVERIFY(testsupport::signInAs(m_database->db(), QStringLiteral("oper"), m_clock));
    m_context.db = m_database->db();
    m_context.operatorName = QStringLiteral("Mario Rossi");
    m_context.workstation = 1;
    m_context.clock = &m_clock;
    m_context.reports = &m_catalog;
    m_tab = qobject_cast<TutoringTab *>(m_module.createTab(m_context, nullptr));
    QVERIFY(m_tab);
    QVERIFY(!m_tab->isBuilt()); // built on first show
    m_tab->resize(1500, 900);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    QVERIFY(m_tab->isBuilt());
}

void TestTutoringTab::cleanupTestCase()
{
    delete m_tab;
    m_context.db = QSqlDatabase();
    delete m_database;
}

void TestTutoringTab::everyPageOpens()
{
    QCOMPARE(m_tab->pages()->count(), 7);
    for (int i = 0; i < m_tab->pages()->count(); ++i) {
        m_tab->showPage(TutoringTab::Page(i));
        QCOMPARE(m_tab->pages()->currentIndex(), i);
        QVERIFY(m_tab->pages()->currentWidget()->isVisible());
    }
    m_tab->showPage(TutoringTab::Calendar);
}

void TestTutoringTab::calendarShowsTheMonth()
{
    CalendarPage *page = m_tab->calendarPage();
    page->selectSubject(1);
    page->showMonth(QDate(2021, 3, 1));
    SlotCalendarWidget *cal = page->calendar();
    QCOMPARE(cal->month(), QDate(2021, 3, 1));
    QCOMPARE(cal->currentDay(), QDate(2021, 3, 10)); // today
    const DayAvailability *today = cal->currentAvailability();
    QVERIFY(today && today->serviceDay);
    QCOMPARE(today->hourSlots.size(), 3);
    QVERIFY(today->hasFreeSlot());
    // Sunday: no service; the day before yesterday: past.
    cal->setCurrent(QDate(2021, 3, 7));
    QVERIFY(!cal->currentAvailability()->serviceDay);
    cal->setCurrent(QDate(2021, 3, 8), 15);
    QCOMPARE(cal->currentAvailability()->hourSlots.first().state, SlotState::Past);
    QVERIFY(cal->describeDay(QDate(2021, 3, 11)).contains(QStringLiteral("15:00")));
    // The day panel lists the slots with the lessons under them.
    cal->setCurrent(QDate(2021, 3, 10), 15);
    QCOMPARE(page->dayPanel()->topLevelItemCount(), 3);
    QVERIFY(page->bookButton()->isEnabled());
}

void TestTutoringTab::calendarKeyboard()
{
    // The widget alone, fed like the page feeds it.
    BookingService service(m_context.db, m_clock);
    SlotCalendarWidget widget;
    widget.setToday(m_clock.today());
    connect(&widget, &SlotCalendarWidget::monthRequested, &widget,
        [&](const QDate &month) { widget.setMonth(month, *service.month(1, month)); });
    widget.setMonth(QDate(2021, 3, 1), *service.month(1, QDate(2021, 3, 1)));
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    SlotCalendarWidget *cal = &widget;
    cal->setFocus();
    cal->setCurrent(QDate(2021, 3, 10), 15);
    QTest::keyClick(cal, Qt::Key_Right);
    QCOMPARE(cal->currentDay(), QDate(2021, 3, 11));
    QCOMPARE(cal->currentHour(), 15);
    QTest::keyClick(cal, Qt::Key_Down);
    QCOMPARE(cal->currentHour(), 16);
    QTest::keyClick(cal, Qt::Key_Down);
    QTest::keyClick(cal, Qt::Key_Down); // past the last slot: the day below
    QCOMPARE(cal->currentDay(), QDate(2021, 3, 18));
    QCOMPARE(cal->currentHour(), 15);
    QTest::keyClick(cal, Qt::Key_Up); // back above: the last slot of the day above
    QCOMPARE(cal->currentDay(), QDate(2021, 3, 11));
    QCOMPARE(cal->currentHour(), 17);
    QTest::keyClick(cal, Qt::Key_PageDown);
    QCOMPARE(cal->month(), QDate(2021, 4, 1));
    QCOMPARE(cal->currentDay(), QDate(2021, 4, 11));
    QTest::keyClick(cal, Qt::Key_Home);
    QCOMPARE(cal->currentDay(), QDate(2021, 4, 1));
    QTest::keyClick(cal, Qt::Key_Left); // into March
    QCOMPARE(cal->month(), QDate(2021, 3, 1));
    QCOMPARE(cal->currentDay(), QDate(2021, 3, 31));
    QVERIFY(cal->accessibleDescription().contains(QStringLiteral("2021")));
    // Enter, Space and a double click ask to book the current slot.
    QSignalSpy activated(cal, &SlotCalendarWidget::slotActivated);
    QTest::keyClick(cal, Qt::Key_Return);
    QTest::keyClick(cal, Qt::Key_Space);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.first().at(0).toDate(), QDate(2021, 3, 31));
    QCOMPARE(activated.first().at(1).toInt(), 15);
    // Not on a day without service.
    cal->setCurrent(QDate(2021, 3, 28));
    QCOMPARE(cal->currentHour(), -1);
    QTest::keyClick(cal, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
}

namespace {
// Nothing is preselected in a new booking: the first pupil and assistant,
// as a person would pick them.
void chooseFirst(BookingDialog &dialog)
{
    if (dialog.pupilBox()->currentIndex() < 0)
        dialog.pupilBox()->setCurrentIndex(0);
    if (dialog.assistantBox()->currentIndex() < 0)
        dialog.assistantBox()->setCurrentIndex(0);
}
} // namespace

void TestTutoringTab::bookThroughTheDialog()
{
    const int before = tutoringFigures(m_context.db)->hoursBooked;
    BookingDialog dialog(m_context, *m_tab->commands(), 1, QDate(2021, 3, 12), 16, 0);
    QVERIFY(dialog.pupilBox()->count() > 0);
    QVERIFY(dialog.assistantBox()->count() > 1);
    // Neither the pupil nor the assistant is guessed, and booking says so.
    QCOMPARE(dialog.pupilBox()->currentIndex(), -1);
    QCOMPARE(dialog.assistantBox()->currentIndex(), -1);
    QVERIFY(!dialog.tryBook());
    QVERIFY(!dialog.refusalLabel()->text().isEmpty());
    QCOMPARE(dialog.bookingId(), 0);
    dialog.assistantBox()->setCurrentIndex(0);
    // A middle-school pupil without a lesson that day.
    BookingService service(m_context.db, m_clock);
    auto lines = service.lessonsOn(QDate(2021, 3, 12));
    for (int i = 0; i < dialog.pupilBox()->count(); ++i) {
        dialog.pupilBox()->setCurrentIndex(i);
        bool busy = false;
        for (const LessonLine &l : *lines)
            busy = busy || dialog.pupilBox()->currentText().startsWith(l.pupil.left(l.pupil.size() - 3));
        if (!busy)
            break;
    }
    QVERIFY2(dialog.tryBook(), qPrintable(dialog.refusalLabel()->text()));
    QVERIFY(dialog.bookingId() != 0);
    QCOMPARE(tutoringFigures(m_context.db)->hoursBooked, before + 1);
    auto lesson = service.lesson(dialog.bookingId());
    QCOMPARE(lesson->day, QDate(2021, 3, 12));
    QCOMPARE(lesson->hour, 16);
    QCOMPARE(lesson->state, LessonState::Booked);
}

void TestTutoringTab::refusalShowsRuleAndSlots()
{
    // Book the same pupil twice on the same day for the same subject.
    BookingDialog first(m_context, *m_tab->commands(), 1, QDate(2021, 3, 15), 15, 0);
    chooseFirst(first);
    QVERIFY(first.tryBook());
    const qint64 pupil = first.pupilBox()->currentData().toLongLong();
    BookingDialog second(m_context, *m_tab->commands(), 1, QDate(2021, 3, 15), 16, pupil);
    QCOMPARE(second.pupilBox()->currentData().toLongLong(), pupil);
    chooseFirst(second);
    QVERIFY(!second.tryBook());
    QVERIFY(second.refusalLabel()->isVisibleTo(&second));
    QVERIFY2(second.refusalLabel()->text().contains(QStringLiteral("subject"))
            || second.refusalLabel()->text().contains(QStringLiteral("materia")),
        qPrintable(second.refusalLabel()->text()));
    QVERIFY(second.alternativesList()->count() > 0);
    QVERIFY(second.alternativesList()->item(0)->text().contains(QStringLiteral("16/03/2021")));
}

void TestTutoringTab::lessonsModel()
{
    m_tab->showPage(TutoringTab::Lessons);
    LessonsPage *page = m_tab->lessonsPage();
    LessonsModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto f = tutoringFigures(m_context.db);
    QVERIFY(testsupport::waitForList(model));
    QCOMPARE(model->rowCount(), f->hoursBooked + f->hoursCancelled);
    page->stateFilter()->setCurrentIndex(page->stateFilter()->findData(QStringLiteral("given")));
    QVERIFY(testsupport::waitForList(model));
    QCOMPARE(model->rowCount(), f->hoursGiven);
    QCOMPARE(model->data(model->index(0, LessonsModel::State)).toString(), Labels::lessonState(LessonState::Given));
    page->showAwaitingOutcome();
    QVERIFY(testsupport::waitForList(model));
    QCOMPARE(model->rowCount(), tutoringToday(m_context.db, m_clock.today())->awaitingOutcome);
    page->stateFilter()->setCurrentIndex(0);
}

void TestTutoringTab::lessonsShowTheWholeDay()
{
    // A tester saw "ven …" in the Day column instead of "ven 06/03/2021".
    m_tab->showPage(TutoringTab::Lessons);
    LessonsPage *page = m_tab->lessonsPage();
    QTableView *table = page->table();
    QVERIFY(testsupport::waitForList(page->model()));
    QVERIFY(page->model()->rowCount() > 0);
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    const int width = table->columnWidth(LessonsModel::Day);
    for (int row = 0; row < std::min(50, page->model()->rowCount()); ++row) {
        const QString text = testsupport::cellText(page->model(), row, LessonsModel::Day);
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d\\d/\\d\\d/\\d{4}$"))));
        QVERIFY2(table->fontMetrics().horizontalAdvance(text) + margin <= width,
            qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(width)));
    }
}

void TestTutoringTab::outcomeDialogRecordsAnEntry()
{
    m_clock.set(QDateTime(QDate(2021, 3, 12), QTime(19, 0)));
    BookingService service(m_context.db, m_clock);
    qint64 booking = 0;
    const auto lines = service.lessonsOn(QDate(2021, 3, 12), 1);
    for (const LessonLine &l : *lines)
        if (l.state == LessonState::Given)
            booking = l.bookingId;
    QVERIFY(booking);
    OutcomeDialog dialog(m_context, *m_tab->commands(), booking);
    dialog.choose(LessonState::NoShow);
    QVERIFY(dialog.save());
    QCOMPARE(service.lesson(booking)->state, LessonState::NoShow);
    QCOMPARE(service.outcomeHistory(booking)->size(), 2); // the original entry stays
    m_clock.set(QDateTime(QDate(2021, 3, 10), QTime(10, 0)));
}

void TestTutoringTab::headlineFigures()
{
    const QList<core::HeadlineFigure> figures = m_module.headlineFigures(m_context.db, QDate(2021, 3, 19));
    QVERIFY(figures.size() >= 4);
    QCOMPARE(figures.at(0).label, TutoringModule::tr("Hours of study support booked"));
    QVERIFY(figures.at(2).value == QStringLiteral("111"));
    QVERIFY(figures.at(2).note.contains(QStringLiteral("58")));
    m_tab->showPage(TutoringTab::Reports);
    ReportsPage *reports = m_tab->reportsPage();
    reports->refresh();
    // Read on the page's worker thread (over every lesson ever): wait for it.
    QVERIFY(QTest::qWaitFor([reports] { return !reports->isLoading(); }, 60000));
    QVERIFY(reports->loadedOn() != nullptr);
    QVERIFY(reports->loadedOn() != QThread::currentThreadId());
    QCOMPARE(reports->figureText(QStringLiteral("bes")), QStringLiteral("640"));
    // The same figures as read on the GUI thread's connection.
    const auto direct = tutoringFigures(m_context.db);
    QVERIFY(direct.ok());
    const QLocale l;
    QCOMPARE(reports->figureText(QStringLiteral("booked")), l.toString(direct->hoursBooked));
    QCOMPARE(reports->figureText(QStringLiteral("given")), l.toString(direct->hoursGiven));
    QCOMPARE(reports->figureText(QStringLiteral("cancelled")), l.toString(direct->hoursCancelled));
    QCOMPARE(reports->figureText(QStringLiteral("tutors")), l.toString(direct->tutors));
    QCOMPARE(reports->chartSeriesCount(), 1); // the page is on screen: its chart is built
}

// The status line counts the past lessons without an outcome over every
// lesson ever: read on the tab's worker thread, the same text as before.
void TestTutoringTab::statusReadOffTheGuiThread()
{
    m_clock.set(QDateTime(QDate(2021, 3, 19), QTime(10, 0))); // the demo's today: lessons await an outcome
    const auto restore = qScopeGuard([this] { m_clock.set(QDateTime(QDate(2021, 3, 10), QTime(10, 0))); });
    core::ChangeNotifier::instance()->notifyChanged({ QStringLiteral("tutoring_booking") });
    QVERIFY(QTest::qWaitFor([this] { return !m_tab->statusLoading(); }, 60000));
    QVERIFY(m_tab->statusReadOn() != nullptr);
    QVERIFY(m_tab->statusReadOn() != QThread::currentThreadId());
    const auto t = tutoringToday(m_context.db, m_clock.today());
    QVERIFY(t.ok());
    QVERIFY(t->awaitingOutcome > 0);
    const QString text = m_tab->statusText();
    QVERIFY2(text.contains(TutoringTab::tr("%Ln lesson(s) today", nullptr, t->lessonsToday)), qPrintable(text));
    QVERIFY2(text.contains(TutoringTab::tr("%Ln past lesson(s) without an outcome", nullptr, t->awaitingOutcome)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("in service")) || text.contains(QStringLiteral("not in service")),
        qPrintable(text));
}

// A booking from the dialog is undone (cancelled: the ledger keeps it) and
// redone (booked again) from the tab's undo stack, as Ctrl+Z and
// Ctrl+Shift+Z do.
void TestTutoringTab::undoAndRedoABooking()
{
    QUndoStack *undo = m_tab->commands()->undoStack();
    undo->clear();
    BookingDialog dialog(m_context, *m_tab->commands(), 1, QDate(2021, 3, 17), 17, 0);
    chooseFirst(dialog);
    QVERIFY2(dialog.tryBook(), qPrintable(dialog.refusalLabel()->text()));
    QCOMPARE(undo->count(), 1);
    BookingService service(m_context.db, m_clock);
    const qint64 id = dialog.bookingId();
    undo->undo();
    QCOMPARE(service.lesson(id)->state, LessonState::Cancelled);
    QVERIFY(undo->canRedo());
    QSignalSpy refused(m_tab->commands(), &core::CommandStack::refused);
    undo->redo();
    QCOMPARE(refused.count(), 0);
    const auto lines = service.lessonsOn(QDate(2021, 3, 17), 1);
    int booked = 0;
    for (const LessonLine &l : *lines)
        booked += l.hour == 17 && l.state == LessonState::Booked && l.bookingId != id
            && dialog.pupilBox()->currentText().startsWith(l.pupil.left(l.pupil.size() - 3));
    QCOMPARE(booked, 1);
}

// The lesson took place and has its outcome: undoing its booking is
// refused with the reason, the outcome stays, and the history moves on.
void TestTutoringTab::undoThatNoLongerApplies()
{
    QUndoStack *undo = m_tab->commands()->undoStack();
    undo->clear();
    BookingDialog dialog(m_context, *m_tab->commands(), 1, QDate(2021, 3, 18), 17, 0);
    chooseFirst(dialog);
    QVERIFY2(dialog.tryBook(), qPrintable(dialog.refusalLabel()->text()));
    m_clock.set(QDateTime(QDate(2021, 3, 18), QTime(19, 0)));
    OutcomeDialog outcome(m_context, *m_tab->commands(), dialog.bookingId());
    outcome.choose(LessonState::Given);
    QVERIFY(outcome.save());
    QCOMPARE(undo->count(), 1); // a first outcome is corrected, not undone
    QSignalSpy refused(m_tab->commands(), &core::CommandStack::refused);
    undo->undo();
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("18/03/2021")),
        qPrintable(refused.first().first().toString()));
    QCOMPARE(BookingService(m_context.db, m_clock).lesson(dialog.bookingId())->state, LessonState::Given);
    QCOMPARE(undo->count(), 0);
    QVERIFY(!undo->canRedo());
    m_clock.set(QDateTime(QDate(2021, 3, 10), QTime(10, 0)));
}

void TestTutoringTab::lookAtIt()
{
    // For people: TUTORING_SHOTS=/dir saves the pages and dialogs as PNG.
    const QString dir = qEnvironmentVariable("TUTORING_SHOTS");
    m_tab->showPage(TutoringTab::Calendar);
    m_tab->calendarPage()->showMonth(QDate(2021, 3, 1));
    const QPixmap shot = m_tab->grab();
    QVERIFY(!shot.isNull());
    if (dir.isEmpty())
        return;
    for (int i = 0; i < m_tab->pages()->count(); ++i) {
        m_tab->showPage(TutoringTab::Page(i));
        m_tab->grab().save(QStringLiteral("%1/page-%2.png").arg(dir).arg(i));
    }
    auto save = [&](QWidget *w, const QString &name) {
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
    };
    BookingDialog first(m_context, *m_tab->commands(), 1, QDate(2021, 3, 16), 15, 0);
    chooseFirst(first);
    QVERIFY(first.tryBook());
    BookingDialog refused(m_context, *m_tab->commands(), 1, QDate(2021, 3, 16), 16, first.pupilBox()->currentData().toLongLong());
    chooseFirst(refused);
    QVERIFY(!refused.tryBook());
    save(&refused, QStringLiteral("booking-refused"));
    PupilDialog pupil(m_context, *m_tab->commands(), first.pupilBox()->currentData().toLongLong());
    save(&pupil, QStringLiteral("pupil"));
    AssistantDialog assistant(m_context, *m_tab->commands(), first.assistantBox()->currentData().toLongLong());
    save(&assistant, QStringLiteral("assistant"));
    OutcomeDialog outcome(m_context, *m_tab->commands(), first.bookingId());
    save(&outcome, QStringLiteral("outcome"));
    QTemporaryDir tmp;
    QFile csv(tmp.filePath(QStringLiteral("prenotazioni.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("codice_ragazzo;materia;codice_assistente;data;ora;esito\n"
              "R001;Ambito generale;A001;16/03/2021;15;\n"
              "R001;Ambito generale;A002;16/03/2021;16;\n"
              "R999;Matematica;A001;17/03/2021;15;\n"
              "R001;Inglese;A001;07/03/2021;19;svolta\n");
    csv.close();
    ImportDialog import(m_context, *m_tab->commands(), ImportKind::Bookings);
    import.setFile(csv.fileName());
    QVERIFY(!import.check());
    save(&import, QStringLiteral("import"));
}

QTEST_MAIN(TestTutoringTab)
#include "tst_tutoringtab.moc"
