#include "comuni/ui/comunidetailsform.h"
#include "comuni/ui/comunitab.h"
#include "core/db/sql.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/pagedsqlmodel.h"
#include "support/listwait.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

class TestComuniTab : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsAndDrawsThe133();
    void searchNarrowsTheList();
    void clickOnTheMapSelectsTheComune();
    void hoverNamesTheComune();
    void savingDetailsIsLoggedWithTheOperator();
    void mapColoursByValue();
    void undoRestoresThePreviousDetails();
    void undoAfterAChangeElsewhereIsRefused();

private:
    testsupport::TestDatabase *m_database = nullptr;
    core::AppContext m_context;
    comuni::ComuniTab *m_tab = nullptr;
};

void TestComuniTab::init()
{
    m_database = new testsupport::TestDatabase;
    m_context.db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(m_database->db()));
    QVERIFY(testsupport::signInAs(m_database->db(), "oper"));
    m_context.operatorName = "test";
    m_tab = new comuni::ComuniTab(m_context);
    m_tab->resize(1400, 850);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    QVERIFY(m_tab->isBuilt());
}

void TestComuniTab::cleanup()
{
    delete m_tab;
    delete m_database;
}

void TestComuniTab::listsAndDrawsThe133()
{
    QVERIFY(testsupport::waitForList(m_tab->model()));
    QCOMPARE(m_tab->model()->rowCount(), 133);
    QCOMPARE(m_tab->map()->comuneCount(), 133);
    QCOMPARE(m_tab->model()->data(m_tab->model()->index(0, 1)).toString(), QString("Abbiategrasso"));
}

void TestComuniTab::searchNarrowsTheList()
{
    QTest::keyClicks(m_tab->searchField(), "cassin");
    QVERIFY(testsupport::waitForList(m_tab->model()));
    QCOMPARE(m_tab->model()->rowCount(), 2); // Cassina de' Pecchi, Cassinetta di Lugagnano
    m_tab->searchField()->clear();
    QTest::keyClicks(m_tab->searchField(), "015146");
    QVERIFY(testsupport::waitForList(m_tab->model()));
    QCOMPARE(m_tab->model()->rowCount(), 1);
    m_tab->searchField()->setText("100%_x"); // wildcards are literal
    QVERIFY(testsupport::waitForList(m_tab->model()));
    QCOMPARE(m_tab->model()->rowCount(), 0);
}

void TestComuniTab::clickOnTheMapSelectsTheComune()
{
    core::ComuniMapWidget *map = m_tab->map();
    QSignalSpy clicked(map, &core::ComuniMapWidget::comuneClicked);
    const QPoint milano = map->viewportPointOf(15146);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, milano);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 15146);
    QCOMPARE(m_tab->selectedComune(), 15146);
    QCOMPARE(map->selectedComune(), 15146);
    QCOMPARE(m_tab->form()->comuneId(), 15146);
    auto *table = m_tab->findChild<QTableView *>();
    QCOMPARE(m_tab->model()->keyAt(table->currentIndex().row()).toInt(), 15146);
}

void TestComuniTab::hoverNamesTheComune()
{
    core::ComuniMapWidget *map = m_tab->map();
    QSignalSpy hovered(map, &core::ComuniMapWidget::comuneHovered);
    QTest::mouseMove(map->viewport(), map->viewportPointOf(15171));
    QTRY_VERIFY_WITH_TIMEOUT(!hovered.isEmpty(), 120000);
    QCOMPARE(hovered.last().first().toInt(), 15171);
    QCOMPARE(map->comuneName(15171), QString("Peschiera Borromeo"));
}

void TestComuniTab::savingDetailsIsLoggedWithTheOperator()
{
    m_tab->selectComune(15171);
    QVERIFY(!m_tab->form()->isDirty());
    auto *cocContact = m_tab->form()->findChild<QLineEdit *>("cocContact");
    QVERIFY(cocContact);
    QTest::keyClicks(cocContact, "Geom. Rossi, ufficio tecnico");
    QVERIFY(m_tab->form()->isDirty());
    QVERIFY(m_tab->saveDetails());
    QVERIFY(!m_tab->form()->isDirty());
    auto logged = core::queryValue(m_database->db(),
        "SELECT operator FROM change_log WHERE table_name = 'comune_cmm' AND row_id = 15171 AND operation = 'U'");
    QCOMPARE(logged->toString(), QString("oper"));
    auto saved = core::queryValue(m_database->db(), "SELECT coc_contact FROM comune_cmm WHERE comune_id = 15171");
    QCOMPARE(saved->toString(), QString("Geom. Rossi, ufficio tecnico"));
    QCOMPARE(m_tab->model()->data(m_tab->model()->index(m_tab->model()->rowOfKey(15171), 4)).toString(),
             QString("Geom. Rossi, ufficio tecnico"));
}

void TestComuniTab::mapColoursByValue()
{
    core::ComuniMapWidget *map = m_tab->map();
    QHash<int, double> values;
    int i = 1;
    for (int id : { 15146, 15171, 15192, 15195, 15002, 15005, 15007, 15009, 15010, 15011 })
        values.insert(id, i++ * 100.0);
    map->setValues(values, "kg");
    QCOMPARE(map->colourClass(15146), 1);  // smallest
    QCOMPARE(map->colourClass(15011), 5);  // largest
    QCOMPARE(map->colourClass(15078), 0);  // no value
    const QImage image = map->renderToImage(QSize(900, 700));
    QCOMPARE(image.size(), QSize(900, 700));
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            if (image.pixelColor(x, y) == QColor(0x08, 0x51, 0x9c))
                ++dark;
    QVERIFY(dark > 0); // the top class is drawn (and shown in the legend)
}

namespace {
QString cocContactOf(const QSqlDatabase &db, int comuneId)
{
    return core::queryValue(db, "SELECT coc_contact FROM comune_cmm WHERE comune_id = ?", { comuneId })->toString();
}
} // namespace

// Saving is a command on the tab's undo stack: Undo writes the previous
// values back (a new update, logged), Redo the saved ones again.
void TestComuniTab::undoRestoresThePreviousDetails()
{
    const QString before = cocContactOf(m_database->db(), 15171);
    m_tab->selectComune(15171);
    auto *cocContact = m_tab->form()->findChild<QLineEdit *>("cocContact");
    cocContact->setText("Geom. Bianchi");
    QVERIFY(m_tab->saveDetails());
    QUndoStack *undo = m_tab->commands()->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE(cocContactOf(m_database->db(), 15171), before);
    QCOMPARE(core::queryValue(m_database->db(), "SELECT count(*) FROM audit_event WHERE kind = 'command_undone'")
                 ->toInt(),
        1);
    undo->redo();
    QCOMPARE(cocContactOf(m_database->db(), 15171), QString("Geom. Bianchi"));
}

// Changed since (another workstation, a sync): the undo is refused with
// the reason and the newer values stay.
void TestComuniTab::undoAfterAChangeElsewhereIsRefused()
{
    m_tab->selectComune(15171);
    m_tab->form()->findChild<QLineEdit *>("cocContact")->setText("Geom. Bianchi");
    QVERIFY(m_tab->saveDetails());
    auto details = core::ComuneRepository(m_database->db()).details(15171);
    details->cocContact = "Arch. Verdi";
    QVERIFY(core::ComuneRepository(m_database->db()).saveDetails(*details));
    QSignalSpy refused(m_tab->commands(), &core::CommandStack::refused);
    m_tab->commands()->undoStack()->undo();
    QCOMPARE(refused.count(), 1);
    QCOMPARE(cocContactOf(m_database->db(), 15171), QString("Arch. Verdi"));
    QCOMPARE(m_tab->commands()->undoStack()->count(), 0);
}

QTEST_MAIN(TestComuniTab)
#include "tst_comunitab.moc"
