// Finding one's way (issue 16): the global search's providers, the shared
// context menu of the lists (copy, export), the shortcut list read from the
// real actions, F1 at the section of the tab in front, the dashboard tiles.
#include "dashboardtab.h"
#include "globalsearch.h"
#include "helpdialog.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "shortcutlist.h"
#include "translations.h"

#include "core/auth/access.h"
#include "core/auth/authservice.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/demo/demoaccounts.h"
#include "core/ui/appcontext.h"
#include "core/ui/lazypages.h"
#include "core/ui/moduletab.h"
#include "core/ui/tablemenu.h"
#include "listening/domain/callbackqueue.h"
#include "listening/ui/callbackqueuemodel.h"
#include "listening/ui/listeningtab.h"
#include "fleet/ui/equipmentpage.h"
#include "fleet/ui/fleettab.h"
#include "fleet/ui/modulespage.h"
#include "fleet/ui/sitespage.h"
#include "fleet/ui/vehiclespage.h"
#include "core/ui/formattedsqlmodel.h"
#include "room/ui/diarypage.h"
#include "room/ui/eventspage.h"
#include "room/ui/planspage.h"
#include "room/ui/protocolpage.h"
#include "room/ui/roomtab.h"
#include "volunteers/ui/trainingpage.h"
#include "volunteers/ui/volunteerstab.h"
#include "support/demodatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFuture>
#include <QLabel>
#include <QMutex>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QFrame>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

namespace {
// A search provider that says on which thread and connection it was asked,
// and holds the search for "lento" until the test opens the gate: a search
// still running, deterministically, without sleeps.
class GateModule : public core::Module {
public:
    struct Call {
        QString text;
        QString connection;
        QThread *thread = nullptr;
    };
    QString id() const override { return "gate"; }
    QString title() const override { return "Gate"; }
    QIcon icon() const override { return {}; }
    core::ModuleTab *createTab(core::AppContext &, QWidget *) override { return nullptr; }
    QList<core::SearchHit> search(const QSqlDatabase &db, const QString &text, int) const override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_calls.append({ text, db.connectionName(), QThread::currentThread() });
        }
        if (text == "lento")
            gate.acquire();
        return { { "gate", "Gate", 1, text, QString() } };
    }
    QList<Call> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    mutable QSemaphore gate;

private:
    mutable QMutex m_mutex;
    mutable QList<Call> m_calls;
};
} // namespace

class TestFindWay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void searchFindsEachKind_data();
    void searchFindsEachKind();
    void searchFindsTheRoomFleetAndTraining_data();
    void searchFindsTheRoomFleetAndTraining();
    void aHitOfEachNewKindOpensItsRecord_data();
    void aHitOfEachNewKindOpensItsRecord();
    void whatStartsWithTheTextComesFirst();
    void wildcardsAreLiteral_data();
    void wildcardsAreLiteral();
    void callersOnlyForWhoMayReadThem_data();
    void callersOnlyForWhoMayReadThem();
    void searchResultOpensTheRecord_data();
    void searchResultOpensTheRecord();
    void aCallerOpensInTheQueue();
    void searchRunsOnAWorkerWithItsOwnConnection();
    void aNewerSearchSupersedesAnOlderOne();
    void closingDuringASearchIsSafe();
    void enterBeforeTheResultsOpensTheFirst();

    void copyAndExportWriteWhatIsShown();
    void everyListOfEveryTabHasTheMenu();

    void shortcutListIsReadFromTheActions_data();
    void shortcutListIsReadFromTheActions();
    void shortcutListFollowsANewAction();

    void f1OpensTheSectionInFront_data();
    void f1OpensTheSectionInFront();
    void helpDialogShowsTheSection();

    void dashboardTilesOpenTheirPage();

private:
    QList<const core::Module *> modules() const;
    void signIn(const QString &user);

    QTemporaryDir m_dir;
    core::DbConnection m_connection;
    core::AppContext m_context;
    std::vector<std::unique_ptr<core::Module>> m_modules;
    core::ReportCatalog m_reports;
};

void TestFindWay::initTestCase()
{
    installTranslations(*QCoreApplication::instance(), "it");
    const QString path = copyOfDemoDatabase(m_dir);
    QVERIFY(!path.isEmpty());
    auto connection = core::openDatabase(path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
    core::setSessionOperator(m_connection.db(), "Mario Rossi");
    m_modules = createModules();
    m_reports = createReportCatalog(m_modules);
    m_context.db = m_connection.db();
    m_context.operatorName = "Mario Rossi";
    m_context.workstation = core::sessionWorkstation(m_connection.db());
    m_context.reports = &m_reports;
}

void TestFindWay::cleanup()
{
    core::endSession(m_connection.db());
}

QList<const core::Module *> TestFindWay::modules() const
{
    QList<const core::Module *> list;
    for (const auto &m : m_modules)
        list.append(m.get());
    return list;
}

void TestFindWay::signIn(const QString &user)
{
    auto account = core::AuthService(m_connection.db(), *m_context.clock).signIn(user, core::demoPassword);
    QVERIFY2(account.ok(), qPrintable(user));
}

// --- the search's providers ---------------------------------------------------

void TestFindWay::searchFindsEachKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("moduleId");
    QTest::newRow("volunteer by surname") << "Bernardi Gius" << "volunteer" << "Bernardi Giuseppe" << "volunteers";
    QTest::newRow("volunteer by name first") << "giuseppe bernardi" << "volunteer" << "Bernardi Giuseppe" << "volunteers";
    QTest::newRow("volunteer by codice fiscale") << "brngpp57s21" << "volunteer" << "Bernardi Giuseppe" << "volunteers";
    QTest::newRow("DDT number") << "2020/0002" << "ddt" << "2020/0002" << "deliveries";
    QTest::newRow("request number") << "R-0002" << "request" << "2020/R-0002" << "deliveries";
    QTest::newRow("pupil") << "Sironi" << "pupil" << "Sironi Martina" << "tutoring";
    QTest::newRow("pupil by code") << "R001" << "pupil" << "Sironi Martina" << "tutoring";
    QTest::newRow("comune by name") << "abbiateg" << "comune" << "Abbiategrasso" << "comuni";
    QTest::newRow("comune by ISTAT code") << "015146" << "comune" << "Milano" << "comuni";
}

void TestFindWay::searchFindsEachKind()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, title);
    QFETCH(QString, moduleId);
    QStringList seen;
    bool found = false;
    for (const FoundRecord &r : searchEverywhere(m_context.db, modules(), text)) {
        seen.append(r.hit.kind + ":" + r.hit.title);
        if (r.hit.kind == kind && r.hit.title == title) {
            found = true;
            QCOMPARE(r.moduleId, moduleId);
            QVERIFY(r.hit.id != 0);
            QVERIFY(!r.hit.group.isEmpty());
        }
    }
    QVERIFY2(found, qPrintable(seen.join(", ")));
}

// The records of the Sala operativa, the Colonna Mobile and the training
// courses: each row picks a record of the demo and the text that must find
// it (SQL: id, text).
void TestFindWay::searchFindsTheRoomFleetAndTraining_data()
{
    QTest::addColumn<QString>("pick");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("moduleId");
    QTest::newRow("event by name") << "SELECT id, name FROM activation_event ORDER BY id LIMIT 1" << "room_event" << "room";
    QTest::newRow("event by act, in lower case")
        << "SELECT id, lower(authorising_act) FROM activation_event e WHERE (SELECT count(*) FROM activation_event x "
           "WHERE instr(lower(x.authorising_act), lower(e.authorising_act)) > 0) = 1 ORDER BY id DESC LIMIT 1"
        << "room_event" << "room";
    QTest::newRow("diary entry by its text")
        << "SELECT id, substr(body, 1, 24) FROM room_diary ORDER BY at DESC, id DESC LIMIT 1" << "room_diary" << "room";
    QTest::newRow("diary entry by who called")
        << "SELECT id, counterpart FROM room_diary WHERE counterpart <> '' ORDER BY at DESC, id DESC LIMIT 1" << "room_diary"
        << "room";
    QTest::newRow("protocol by number") << "SELECT id, number FROM room_protocol ORDER BY id DESC LIMIT 1"
                                        << "room_protocol" << "room";
    QTest::newRow("protocol by subject")
        << "SELECT id, subject FROM room_protocol p WHERE (SELECT count(*) FROM room_protocol x "
           "WHERE instr(lower(x.subject), lower(p.subject)) > 0) = 1 ORDER BY dated DESC, id DESC LIMIT 1"
        << "room_protocol" << "room";
    QTest::newRow("emergency plan by comune")
        << "SELECT p.comune_id, c.name FROM room_plan p JOIN comune c ON c.id = p.comune_id "
           "WHERE c.name = 'Abbiategrasso'"
        << "room_plan" << "room";
    QTest::newRow("vehicle by plate") << "SELECT id, plate FROM fleet_vehicle WHERE active = 1 ORDER BY id LIMIT 1"
                                      << "vehicle" << "fleet";
    QTest::newRow("vehicle by plate written with spaces")
        << "SELECT id, substr(plate, 1, 2) || ' ' || substr(plate, 3, 3) || ' ' || substr(plate, 6) FROM fleet_vehicle "
           "WHERE active = 1 AND length(plate) = 7 ORDER BY id DESC LIMIT 1"
        << "vehicle" << "fleet";
    QTest::newRow("vehicle by type in Italian")
        << "SELECT id, 'furgone' FROM fleet_vehicle WHERE active = 1 AND vehicle_type = 'van' ORDER BY plate, id LIMIT 1"
        << "vehicle" << "fleet";
    QTest::newRow("equipment by serial number")
        << "SELECT id, serial_number FROM fleet_equipment WHERE active = 1 AND serial_number <> '' ORDER BY id LIMIT 1"
        << "equipment" << "fleet";
    QTest::newRow("equipment by type in Italian")
        << "SELECT id, 'elettrogen' FROM fleet_equipment WHERE active = 1 AND equipment_type = 'generator' "
           "ORDER BY description LIKE 'elettrogen%' DESC, description, serial_number, id LIMIT 1"
        << "equipment" << "fleet";
    QTest::newRow("site by name") << "SELECT id, name FROM fleet_site ORDER BY id LIMIT 1" << "site" << "fleet";
    QTest::newRow("module by name") << "SELECT id, name FROM fleet_module WHERE active = 1 ORDER BY id LIMIT 1"
                                    << "fleet_module" << "fleet";
    QTest::newRow("course edition by its code") << "SELECT id, code FROM training_edition ORDER BY id LIMIT 1"
                                                << "training_edition" << "volunteers";
    QTest::newRow("course edition by the course's title")
        << "SELECT e.id, c.title FROM training_edition e JOIN training_course c ON c.id = e.course_id "
           "ORDER BY e.start_date DESC, e.id DESC LIMIT 1"
        << "training_edition" << "volunteers";
}

void TestFindWay::searchFindsTheRoomFleetAndTraining()
{
    QFETCH(QString, pick);
    QFETCH(QString, kind);
    QFETCH(QString, moduleId);
    auto q = core::runQuery(m_context.db, pick);
    QVERIFY(q.ok());
    QVERIFY2(q->next(), "the demo has no such record");
    const qint64 id = q->value(0).toLongLong();
    const QString text = q->value(1).toString();
    QVERIFY(text.size() >= 2);
    QStringList seen;
    bool found = false;
    for (const FoundRecord &r : searchEverywhere(m_context.db, modules(), text)) {
        seen.append(r.hit.kind + ":" + r.hit.title);
        if (r.hit.kind != kind)
            continue;
        QCOMPARE(r.moduleId, moduleId);
        QVERIFY(!r.hit.group.isEmpty());
        QVERIFY(!r.hit.title.isEmpty());
        QVERIFY(!r.hit.detail.isEmpty());
        found = found || r.hit.id == id;
    }
    QVERIFY2(found, qPrintable(text + " → " + seen.join(", ")));
}

void TestFindWay::aHitOfEachNewKindOpensItsRecord_data()
{
    // The record is hidden first (a filter, another year), so that opening
    // it must bring it into view.
    QTest::addColumn<QString>("pick");
    QTest::addColumn<QString>("moduleId");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("pageClass");
    QTest::newRow("closed event") << "SELECT id FROM activation_event WHERE phase = 'closed' ORDER BY id LIMIT 1"
                                  << "room" << "room_event" << "room::EventsPage";
    QTest::newRow("old diary entry") << "SELECT min(id) FROM room_diary" << "room" << "room_diary"
                                     << "room::DiaryPage";
    QTest::newRow("protocol entry") << "SELECT min(id) FROM room_protocol" << "room" << "room_protocol"
                                    << "room::ProtocolPage";
    QTest::newRow("emergency plan") << "SELECT max(comune_id) FROM room_plan" << "room" << "room_plan"
                                    << "room::PlansPage";
    QTest::newRow("vehicle") << "SELECT max(id) FROM fleet_vehicle WHERE active = 1" << "fleet" << "vehicle"
                             << "fleet::VehiclesPage";
    QTest::newRow("equipment") << "SELECT max(id) FROM fleet_equipment WHERE active = 1" << "fleet" << "equipment"
                               << "fleet::EquipmentPage";
    QTest::newRow("site") << "SELECT max(id) FROM fleet_site" << "fleet" << "site" << "fleet::SitesPage";
    QTest::newRow("module") << "SELECT max(id) FROM fleet_module WHERE active = 1" << "fleet" << "fleet_module"
                            << "fleet::ModulesPage";
    QTest::newRow("course edition") << "SELECT id FROM training_edition ORDER BY start_date, id LIMIT 1"
                                    << "volunteers" << "training_edition" << "volunteers::TrainingPage";
}

void TestFindWay::aHitOfEachNewKindOpensItsRecord()
{
    QFETCH(QString, pick);
    QFETCH(QString, moduleId);
    QFETCH(QString, kind);
    QFETCH(QString, pageClass);
    auto picked = core::queryValue(m_context.db, pick);
    QVERIFY(picked.ok());
    const qint64 id = picked->toLongLong();
    QVERIFY2(id != 0, "the demo has no such record");
    signIn("coordinatrice");
    MainWindow window(m_context, m_modules);
    window.show();
    core::ModuleTab *tab = window.tab(moduleId);
    QVERIFY(tab);
    // Hide the record first: the filters that would hide it are set.
    if (auto *room = qobject_cast<room::RoomTab *>(tab)) {
        room->openPage("events");
        if (auto *only = room->eventsPage()->findChild<QCheckBox *>())
            only->setChecked(true);
        // The diary shows another kind than the entry's.
        if (kind == "room_diary") {
            auto kindOf = core::queryValue(m_context.db, "SELECT kind FROM room_diary WHERE id = ?", { id });
            QVERIFY(kindOf.ok());
            const QString other = kindOf->toString() == "note" ? "decision" : "note";
            bool hidden = false;
            for (QComboBox *combo : room->diaryPage()->findChildren<QComboBox *>())
                if (combo->accessibleName() == room::DiaryPage::tr("Kind shown")) {
                    combo->setCurrentIndex(combo->findData(other));
                    hidden = true;
                }
            QVERIFY(hidden);
            QCOMPARE(room->diaryPage()->model()->rowOfKey(id), -1);
        }
    } else if (auto *fleetTab = qobject_cast<fleet::FleetTab *>(tab)) {
        fleetTab->showPage(fleet::FleetTab::Vehicles);
        fleetTab->vehiclesPage()->dueOnly()->setChecked(true);
        for (QLineEdit *field : fleetTab->equipmentPage()->findChildren<QLineEdit *>())
            field->setText("nessuna attrezzatura si chiama così");
    } else if (auto *volunteersTab = qobject_cast<volunteers::VolunteersTab *>(tab)) {
        volunteersTab->openPage("training");
        volunteersTab->trainingPage()->yearField()->setValue(2099);
    }
    QVERIFY(window.openRecord(moduleId, kind, id));
    QCOMPARE(window.tabs()->currentWidget(), tab);
    auto *pages = tab->findChild<QTabWidget *>();
    QVERIFY(pages);
    // A tab that builds its pages when first shown holds each in a widget
    // of its own (core::LazyPages).
    QWidget *page = pages->currentWidget();
    if (auto *lazy = pages->findChild<core::LazyPages *>(QString(), Qt::FindDirectChildrenOnly))
        page = lazy->page(pages->currentIndex());
    QVERIFY(page);
    QCOMPARE(page->metaObject()->className(), pageClass.toLatin1().constData());
    // The record is the one selected on its page.
    const auto keyOfCurrent = [](QTableView *view, core::PagedSqlModel *model) -> qint64 {
        const QModelIndex current = view->currentIndex();
        return current.isValid() && view->selectionModel()->isRowSelected(current.row(), {})
            ? model->keyAt(current.row()).toLongLong()
            : 0;
    };
    if (auto *p = qobject_cast<room::EventsPage *>(page))
        QCOMPARE(p->selectedEvent(), id);
    else if (auto *p = qobject_cast<room::DiaryPage *>(page))
        QTRY_COMPARE_WITH_TIMEOUT(p->selectedEntry(), id, 120000); // found on the list's worker
    else if (auto *p = qobject_cast<room::ProtocolPage *>(page))
        QCOMPARE(p->selectedEntry(), id);
    else if (auto *p = qobject_cast<room::PlansPage *>(page)) {
        QCOMPARE(p->selectedComune(), int(id));
        QTRY_VERIFY(p->view()->selectionModel()->hasSelection());
    } else if (auto *p = qobject_cast<fleet::VehiclesPage *>(page))
        QCOMPARE(keyOfCurrent(p->table(), p->model()), id);
    else if (auto *p = qobject_cast<fleet::EquipmentPage *>(page))
        QCOMPARE(keyOfCurrent(p->table(), p->model()), id);
    else if (auto *p = qobject_cast<fleet::SitesPage *>(page))
        QCOMPARE(keyOfCurrent(p->table(), p->model()), id);
    else if (auto *p = qobject_cast<fleet::ModulesPage *>(page)) {
        QTRY_VERIFY(p->list()->currentItem()
                    && p->list()->currentItem()->data(0, Qt::UserRole + 1).toLongLong() == id);
    } else if (auto *p = qobject_cast<volunteers::TrainingPage *>(page))
        QCOMPARE(p->selectedEdition(), id);
    else
        QFAIL("no check for this page");
}

void TestFindWay::whatStartsWithTheTextComesFirst()
{
    // "ber" is inside "Alberto" too; Bernardi and Bernate come first.
    QString firstVolunteer, firstComune;
    for (const FoundRecord &r : searchEverywhere(m_context.db, modules(), "ber")) {
        if (r.hit.kind == "volunteer" && firstVolunteer.isEmpty())
            firstVolunteer = r.hit.title;
        if (r.hit.kind == "comune" && firstComune.isEmpty())
            firstComune = r.hit.title;
    }
    QVERIFY2(firstVolunteer.startsWith("Ber"), qPrintable(firstVolunteer));
    QVERIFY2(firstComune.startsWith("Ber"), qPrintable(firstComune));
}

void TestFindWay::wildcardsAreLiteral_data()
{
    // Unescaped, each of these would match every record of every kind.
    QTest::addColumn<QString>("text");
    QTest::newRow("percent") << "%%";
    QTest::newRow("underscore") << "__";
    QTest::newRow("backslash and percent") << "\\%";
    QTest::newRow("percent inside") << "a%a";
}

void TestFindWay::wildcardsAreLiteral()
{
    QFETCH(QString, text);
    const QList<FoundRecord> found = searchEverywhere(m_context.db, modules(), text);
    QStringList titles;
    for (const FoundRecord &r : found)
        titles.append(r.hit.title);
    QVERIFY2(found.isEmpty(), qPrintable(titles.join(", ")));
}

void TestFindWay::callersOnlyForWhoMayReadThem_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("findsCallers");
    QTest::newRow("coordinatrice") << "coordinatrice" << true;
    QTest::newRow("psicologa") << "psicologa" << true;
    QTest::newRow("operatore") << "operatore" << false;
    QTest::newRow("admin") << "admin" << false;
}

void TestFindWay::callersOnlyForWhoMayReadThem()
{
    QFETCH(QString, user);
    QFETCH(bool, findsCallers);
    // A caller's name, read as the coordinator (it is sealed in the vault).
    signIn("coordinatrice");
    auto queue = listening::CallbackQueue::load(m_context.db, m_context.clock->nowMs(), true);
    QVERIFY(queue.ok());
    QVERIFY(!queue->isEmpty());
    const QString name = queue->first().callerName;
    const qint64 requestId = queue->first().requestId;
    QVERIFY(!name.isEmpty());
    core::endSession(m_context.db);

    signIn(user);
    QCOMPARE(core::Access::allows(m_context.db, core::Permission::ListeningPersonalRead), findsCallers);
    const auto auditBefore = core::queryValue(m_context.db, "SELECT count(*) FROM audit_event");
    QVERIFY(auditBefore.ok());
    bool found = false;
    for (const FoundRecord &r : searchEverywhere(m_context.db, modules(), name))
        if (r.hit.kind == "caller") {
            QCOMPARE(r.moduleId, QString("listening"));
            found = found || r.hit.id == requestId;
            QVERIFY(findsCallers);
        }
    QCOMPARE(found, findsCallers);
    // The same on the dialog's worker thread, on its own connection: the
    // session and its vault keys are handed over as data, nothing more.
    const SearchRequest request = SearchRequest::from(m_context.db, modules(), name);
    const auto onWorker = QtConcurrent::run(GlobalSearchDialog::threads(), [request] { return searchInOwnConnection(request); }).result();
    QVERIFY(onWorker.ok());
    bool foundOnWorker = false;
    for (const FoundRecord &r : *onWorker)
        if (r.hit.kind == "caller")
            foundOnWorker = foundOnWorker || r.hit.id == requestId;
    QCOMPARE(foundOnWorker, findsCallers);
    // Refused quietly: not an audited failure.
    const auto auditAfter = core::queryValue(m_context.db, "SELECT count(*) FROM audit_event");
    QCOMPARE(auditAfter->toInt(), auditBefore->toInt());
}

void TestFindWay::searchResultOpensTheRecord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("tabTitle");
    QTest::addColumn<QString>("page");
    QTest::newRow("volunteer") << "BRNGPP57S21F205O" << "volunteer" << "Volontari" << "Volontari";
    QTest::newRow("DDT") << "2020/0002" << "ddt" << "Consegne" << "Consegne";
    QTest::newRow("request") << "2020/R-0002" << "request" << "Consegne" << "Richieste";
    QTest::newRow("pupil") << "R001" << "pupil" << "ConosciAMO" << "Ragazzi";
    // A comune's name finds its emergency plan first (Sala operativa comes
    // before Comuni among the tabs); its ISTAT code only the comune.
    QTest::newRow("comune") << "015002" << "comune" << "Comuni" << "";
    QTest::newRow("emergency plan") << "Abbiategrasso" << "room_plan" << "Sala operativa" << "Piani di emergenza";
    QTest::newRow("vehicle by type") << "furgone" << "vehicle" << "Colonna Mobile" << "Mezzi";
}

void TestFindWay::searchResultOpensTheRecord()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, tabTitle);
    QFETCH(QString, page);
    signIn("coordinatrice"); // the volunteers' list is read under a permission
    MainWindow window(m_context, m_modules);
    window.show();
    GlobalSearchDialog dialog(m_context.db, window.visibleModules(), &window);
    connect(&dialog, &GlobalSearchDialog::recordChosen, &window, &MainWindow::openRecord);
    QSignalSpy shown(&dialog, &GlobalSearchDialog::resultsShown);
    dialog.field()->setText(text);
    dialog.searchNow();
    QTRY_COMPARE(shown.count(), 1);
    QTreeWidgetItem *current = dialog.results()->currentItem();
    QVERIFY(current);
    QCOMPARE(current->parent()->text(0).isEmpty(), false);
    QCOMPARE(current->data(0, Qt::UserRole + 2).toString(), kind); // GlobalSearchDialog's KindRole
    // Enter in the field opens the highlighted record.
    QTest::keyClick(dialog.field(), Qt::Key_Return);
    QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()).remove('&'), tabTitle);
    auto *tab = qobject_cast<core::ModuleTab *>(window.tabs()->currentWidget());
    QVERIFY(tab);
    if (!page.isEmpty()) {
        auto *pages = tab->findChild<QTabWidget *>();
        QVERIFY(pages);
        QCOMPARE(pages->tabText(pages->currentIndex()).remove('&'), page);
        // The record's row is selected on that page (once its list has
        // come, for the lists read on a worker).
        const auto selected = [&] {
            for (QTableView *view : pages->currentWidget()->findChildren<QTableView *>())
                if (view->isVisibleTo(pages->currentWidget()) && view->selectionModel()
                    && view->selectionModel()->hasSelection())
                    return true;
            return false;
        };
        QTRY_VERIFY(selected());
    }
}

void TestFindWay::aCallerOpensInTheQueue()
{
    signIn("coordinatrice");
    auto queue = listening::CallbackQueue::load(m_context.db, m_context.clock->nowMs(), true);
    QVERIFY(queue.ok() && queue->size() > 2);
    const listening::QueueEntry &last = queue->last();
    MainWindow window(m_context, m_modules);
    window.show();
    window.tab("listening")->openPage("groups");
    const QList<FoundRecord> found = searchEverywhere(m_context.db, window.visibleModules(), last.callerName);
    auto hit = std::find_if(found.cbegin(), found.cend(), [&](const FoundRecord &r) { return r.hit.id == last.requestId; });
    QVERIFY(hit != found.cend());
    QVERIFY(window.openRecord(hit->moduleId, hit->hit.kind, hit->hit.id));
    QCOMPARE(window.helpSection(), QString("listening-queue"));
    auto *tab = qobject_cast<listening::ListeningTab *>(window.tab("listening"));
    QVERIFY(tab);
    // The queue is read on the tab's worker: the request is selected when it arrives.
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading() && tab->queueView()->selectionModel()->hasSelection(), 120000);
    QCOMPARE(tab->queueView()->currentIndex().row(), tab->queueModel()->rowOf(last.requestId));
}

void TestFindWay::searchRunsOnAWorkerWithItsOwnConnection()
{
    GateModule gate;
    GlobalSearchDialog dialog(m_context.db, { &gate });
    QSignalSpy shown(&dialog, &GlobalSearchDialog::resultsShown);
    dialog.field()->setText("Bernardi");
    dialog.searchNow();
    QTRY_COMPARE(shown.count(), 1);
    const QList<GateModule::Call> calls = gate.calls();
    QCOMPARE(calls.size(), 1);
    QVERIFY(calls[0].thread != QThread::currentThread());
    QVERIFY(!calls[0].connection.isEmpty());
    QVERIFY(calls[0].connection != m_context.db.connectionName());
    // Closed once the search is done, in the worker's thread.
    QVERIFY(GlobalSearchDialog::threads()->waitForDone(10000));
    QVERIFY(!QSqlDatabase::connectionNames().contains(calls[0].connection));
    QCOMPARE(dialog.results()->topLevelItem(0)->child(0)->text(0), QString("Bernardi"));
}

void TestFindWay::aNewerSearchSupersedesAnOlderOne()
{
    GateModule gate;
    GlobalSearchDialog dialog(m_context.db, { &gate });
    QSignalSpy shown(&dialog, &GlobalSearchDialog::resultsShown);
    dialog.field()->setText("lento");
    dialog.searchNow();
    QTRY_COMPARE(gate.calls().size(), 1); // the worker is inside the slow search
    QVERIFY(dialog.isSearching());
    QCOMPARE(dialog.status()->text(), GlobalSearchDialog::tr("Searching…"));
    // The field still takes keys: two more searches while the first runs.
    QTest::keyClicks(dialog.field(), "x");
    dialog.field()->setText("terzo");
    dialog.searchNow();
    dialog.field()->setText("quarto");
    dialog.searchNow();
    gate.gate.release();
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), QString("quarto"));
    QVERIFY(!dialog.isSearching());
    QCOMPARE(dialog.results()->topLevelItemCount(), 1);
    QCOMPARE(dialog.results()->topLevelItem(0)->child(0)->text(0), QString("quarto"));
    QVERIFY(GlobalSearchDialog::threads()->waitForDone(10000));
    QCoreApplication::processEvents();
    // The older results never came, and "terzo", superseded while it
    // waited for the thread, was never asked.
    QCOMPARE(shown.count(), 1);
    QStringList asked;
    for (const GateModule::Call &c : gate.calls())
        asked.append(c.text);
    QCOMPARE(asked, QStringList({ "lento", "quarto" }));
}

void TestFindWay::closingDuringASearchIsSafe()
{
    GateModule gate;
    auto *dialog = new GlobalSearchDialog(m_context.db, { &gate });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->field()->setText("lento");
    dialog->searchNow();
    QTRY_COMPARE(gate.calls().size(), 1);
    const QPointer<GlobalSearchDialog> alive(dialog);
    dialog->close();
    // Gone while its search is still held: closing did not wait for it.
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(gate.calls().size(), 1);
    gate.gate.release();
    QVERIFY(GlobalSearchDialog::threads()->waitForDone(10000));
    QCoreApplication::processEvents(); // the late results have nowhere to go
    QVERIFY(!QSqlDatabase::connectionNames().contains(gate.calls()[0].connection));
}

void TestFindWay::enterBeforeTheResultsOpensTheFirst()
{
    // Typed and Enter at once, before the pause is over: the first record
    // found opens when the results come.
    GateModule gate;
    GlobalSearchDialog dialog(m_context.db, { &gate });
    QSignalSpy chosen(&dialog, &GlobalSearchDialog::recordChosen);
    QTest::keyClicks(dialog.field(), "Bernardi");
    QTest::keyClick(dialog.field(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 0);
    QTRY_COMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(1).toString(), QString("gate"));
    QCOMPARE(gate.calls().size(), 1);
}

// --- the context menu ------------------------------------------------------------

void TestFindWay::copyAndExportWriteWhatIsShown()
{
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels({ "Numero", "Nascosta", "Destinatario" });
    const QStringList rows[] = { { "2021/0001", "x", "COC di Rho" }, { "2021/0002", "y", "=SOMMA(A1)" },
        { "-3", "z", "RSA\tMilano" } };
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c, new QStandardItem(rows[r][c]));
    QTableView view;
    view.setModel(&model);
    view.setColumnHidden(1, true);
    view.horizontalHeader()->moveSection(2, 0); // Destinatario first on screen
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.selectRow(1);
    core::installTableContextMenu(&view);
    QCOMPARE(view.contextMenuPolicy(), Qt::CustomContextMenu);

    QCOMPARE(core::tableClipboardText(&view), QString("Destinatario\tNumero\n=SOMMA(A1)\t2021/0002\n"));
    core::copyTableSelection(&view);
    QCOMPARE(QApplication::clipboard()->text(), QString("Destinatario\tNumero\n=SOMMA(A1)\t2021/0002\n"));
    // Every visible row, for a spreadsheet: semicolons, BOM, formulas
    // neutralised, numbers as numbers, a tab inside a cell made a space.
    const QByteArray csv = core::tableCsv(&view);
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBF"
                             "Destinatario;Numero\r\n"
                             "COC di Rho;2021/0001\r\n"
                             "\"'=SOMMA(A1)\";2021/0002\r\n"
                             "RSA Milano;-3\r\n"));
}

void TestFindWay::everyListOfEveryTabHasTheMenu()
{
    MainWindow window(m_context, m_modules);
    window.show();
    int views = 0;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        for (QAbstractItemView *view : window.tabs()->widget(i)->findChildren<QAbstractItemView *>()) {
            if (!qobject_cast<QTableView *>(view) && !qobject_cast<QTreeView *>(view))
                continue;
            ++views;
            QVERIFY2(view->contextMenuPolicy() == Qt::CustomContextMenu && view->property("cisiamoTableMenu").toBool(),
                     qPrintable(window.tabs()->tabText(i) + ": " + view->accessibleName() + " " + view->metaObject()->className()));
        }
    }
    QVERIFY(views > 15);
}

// --- the shortcut list ------------------------------------------------------------

void TestFindWay::shortcutListIsReadFromTheActions_data()
{
    // What each action is called in the running language (context, source).
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::newRow("search") << QKeySequence(Qt::CTRL | Qt::Key_K) << "MainWindow" << "&Search...";
    QTest::newRow("search, second key") << QKeySequence(QKeySequence::Find) << "MainWindow" << "&Search...";
    QTest::newRow("guide") << QKeySequence(QKeySequence::HelpContents) << "MainWindow" << "User &guide";
    QTest::newRow("shortcut list") << QKeySequence(Qt::CTRL | Qt::Key_Slash) << "MainWindow" << "&Keyboard shortcuts";
    QTest::newRow("undo") << QKeySequence(QKeySequence::Undo) << "MainWindow" << "Undo";
    QTest::newRow("lock") << QKeySequence(Qt::CTRL | Qt::Key_L) << "MainWindow" << "&Lock the workstation";
    QTest::newRow("copy on the lists") << QKeySequence(QKeySequence::Copy) << "core::TableMenu" << "Copy the selected rows";
    QTest::newRow("new listening request") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) << "listening::ListeningTab"
                                           << "&New request...";
}

void TestFindWay::shortcutListIsReadFromTheActions()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QString what = QCoreApplication::translate(context.toLatin1(), source.toUtf8()).remove('&');
    if (what.endsWith("..."))
        what.chop(3);
    // Read once: it builds every tab.
    static const QList<ShortcutEntry> entries = [this] {
        MainWindow window(m_context, m_modules);
        return collectShortcuts(&window);
    }();
    QStringList all;
    bool found = false;
    for (const ShortcutEntry &e : entries) {
        all.append(e.keys + " " + e.what);
        found = found || (e.keys.split(", ").contains(keys.toString(QKeySequence::NativeText)) && e.what.startsWith(what));
    }
    QVERIFY2(found, qPrintable(all.join(" | ")));
    for (const ShortcutEntry &e : entries) {
        QVERIFY(!e.what.contains('&'));
        QVERIFY(!e.keys.startsWith("Alt+") || e.keys.size() > 5);
    }
}

void TestFindWay::shortcutListFollowsANewAction()
{
    MainWindow window(m_context, m_modules);
    QMenu *file = window.menuBar()->actions().first()->menu();
    file->addAction("Azione di prova", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J), &window, [] { });
    bool found = false;
    for (const ShortcutEntry &e : collectShortcuts(&window))
        found = found || (e.what == "Azione di prova" && e.where == "Menu File");
    QVERIFY(found);
    ShortcutsDialog dialog(collectShortcuts(&window));
    QVERIFY(dialog.table()->rowCount() > 8);
}

// --- F1 ------------------------------------------------------------------------------

void TestFindWay::f1OpensTheSectionInFront_data()
{
    QTest::addColumn<int>("tabIndex");
    QTest::addColumn<int>("pageIndex");
    // Every tab, and every page of the tabs that have pages.
    MainWindow window(m_context, m_modules);
    for (int i = 0; i < window.tabs()->count(); ++i) {
        auto *tab = qobject_cast<core::ModuleTab *>(window.tabs()->widget(i));
        tab->ensureBuilt();
        auto *pages = tab->findChild<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly);
        const QString name = window.tabs()->tabText(i).remove('&');
        if (!pages || tab == window.dashboard()) {
            QTest::newRow(qPrintable(name)) << i << -1;
            continue;
        }
        for (int p = 0; p < pages->count(); ++p)
            QTest::newRow(qPrintable(name + " › " + pages->tabText(p).remove('&'))) << i << p;
    }
}

void TestFindWay::f1OpensTheSectionInFront()
{
    QFETCH(int, tabIndex);
    QFETCH(int, pageIndex);
    MainWindow window(m_context, m_modules);
    window.tabs()->setCurrentIndex(tabIndex);
    auto *tab = qobject_cast<core::ModuleTab *>(window.tabs()->widget(tabIndex));
    tab->ensureBuilt();
    if (pageIndex >= 0)
        tab->findChild<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly)->setCurrentIndex(pageIndex);
    const QString section = window.helpSection();
    QVERIFY(!section.isEmpty());
    // The guide has that very section: the page's own how-to, not the start.
    QVERIFY2(HelpDialog::anchors().contains(section), qPrintable(section));
    QCOMPARE(HelpDialog::resolveSection(section), section);
}

void TestFindWay::helpDialogShowsTheSection()
{
    MainWindow window(m_context, m_modules);
    window.show();
    auto *stock = window.tab("stock");
    window.tabs()->setCurrentWidget(stock);
    QVERIFY(stock->openPage("lots"));
    QCOMPARE(window.helpSection(), QString("stock-lots"));
    HelpDialog dialog;
    dialog.show();
    QCOMPARE(dialog.showSection(window.helpSection()), QString("stock-lots"));
    QCOMPARE(dialog.contents()->currentItem()->text(0), QString("Giacenza per lotto"));
    QVERIFY(dialog.browser()->toPlainText().contains("Solo scaduti e in scadenza"));
    // A section the guide does not have opens its tab's chapter.
    QCOMPARE(HelpDialog::resolveSection("stock-nonexistent"), QString("stock"));
    QCOMPARE(HelpDialog::resolveSection("nothing"), QString());
}

// --- the dashboard's tiles ------------------------------------------------------------

void TestFindWay::dashboardTilesOpenTheirPage()
{
    MainWindow window(m_context, m_modules);
    window.show();
    QSignalSpy shown(window.dashboard(), &DashboardTab::figuresShown);
    window.tabs()->setCurrentWidget(window.dashboard());
    window.dashboard()->ensureBuilt();
    // The figures are read on the Cruscotto's worker and arrive by signal.
    QVERIFY(shown.count() > 0 || shown.wait(60000));
    QList<QFrame *> tiles;
    for (QFrame *f : window.dashboard()->findChildren<QFrame *>("dashboardTile"))
        tiles.append(f);
    QVERIFY(tiles.size() > 10);
    auto tileNamed = [&](const QString &label) -> QFrame * {
        for (QFrame *f : tiles)
            if (f->accessibleName().startsWith(label))
                return f;
        return nullptr;
    };
    // Click: the expiring lots open in Magazzino › Giacenza per lotto.
    QFrame *expiring = tileNamed("Lotti in scadenza");
    QVERIFY(expiring);
    QCOMPARE(expiring->cursor().shape(), Qt::PointingHandCursor);
    QCOMPARE(expiring->toolTip(), QCoreApplication::translate("DashboardTab", "Open %1").arg("Magazzino"));
    QTest::mouseClick(expiring, Qt::LeftButton);
    QCOMPARE(window.tabs()->currentWidget(), window.tab("stock"));
    QCOMPARE(window.helpSection(), QString("stock-lots"));

    // Keyboard: Enter on the overdue callbacks opens the callback queue.
    window.tabs()->setCurrentWidget(window.dashboard());
    QFrame *overdue = tileNamed("Richiami scaduti");
    QVERIFY(overdue);
    QCOMPARE(overdue->focusPolicy(), Qt::StrongFocus);
    window.tab("listening")->openPage("archive");
    QTest::keyClick(overdue, Qt::Key_Return);
    QCOMPARE(window.tabs()->currentWidget(), window.tab("listening"));
    QCOMPARE(window.helpSection(), QString("listening-queue"));

    // The day's deliveries open the daily plan.
    window.tabs()->setCurrentWidget(window.dashboard());
    QFrame *today = tileNamed("Consegne di oggi");
    QVERIFY(today);
    QTest::keyClick(today, Qt::Key_Space);
    QCOMPARE(window.helpSection(), QString("deliveries-plan"));
}

QTEST_MAIN(TestFindWay)
#include "tst_findway.moc"
