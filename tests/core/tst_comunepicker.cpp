// The comune field shared by the forms (core/ui/comunepicker.h): the list,
// completion by any part of the name, the "none" entry, a comune no longer
// among the 133 kept when an old record is edited.

#include "core/ui/comunepicker.h"
#include "support/testdatabase.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>

namespace {
constexpr int milano = 15146;     // ISTAT 015146
constexpr int abbiategrasso = 15002;
constexpr int monza = 108033;     // Monza (MB): not of the metropolitan city of Milan
} // namespace

class TestComunePicker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheMetropolitanComuniAfterNone();
    void withoutNoneTheFirstIsAComune();
    void completesByAnyPartOfTheName_data();
    void completesByAnyPartOfTheName();
    void completionByTypingPicksTheComune();
    void chosenFromTheText_data();
    void chosenFromTheText();
    void aComuneNoLongerListedIsKept();

private:
    testsupport::TestDatabase *m_db = nullptr;
};

void TestComunePicker::initTestCase()
{
    m_db = new testsupport::TestDatabase(true);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorText()));
}

void TestComunePicker::listsTheMetropolitanComuniAfterNone()
{
    QComboBox combo;
    core::fillComuneCombo(&combo, m_db->db(), QStringLiteral("(not recorded)"));
    QCOMPARE(combo.count(), 134);
    QCOMPARE(combo.itemText(0), QStringLiteral("(not recorded)"));
    QCOMPARE(combo.itemData(0).toInt(), 0);
    QCOMPARE(combo.itemText(1), QStringLiteral("Abbiategrasso"));
    QCOMPARE(combo.itemData(1).toInt(), abbiategrasso);
    QVERIFY(combo.isEditable());
    QCOMPARE(combo.insertPolicy(), QComboBox::NoInsert);
    QCOMPARE(combo.completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(combo.completer()->caseSensitivity(), Qt::CaseInsensitive);
    QCOMPARE(combo.completer()->completionMode(), QCompleter::PopupCompletion);
    QCOMPARE(combo.currentIndex(), 0);
    QCOMPARE(core::chosenComune(&combo), 0); // "(not recorded)" is no comune
    QVERIFY(!core::typedUnknownComune(&combo));

    // Filled again (a list refreshed): the same entries, not twice.
    core::fillComuneCombo(&combo, m_db->db(), QString());
    QCOMPARE(combo.count(), 134);
    QCOMPARE(combo.itemText(0), QString());
    QCOMPARE(core::chosenComune(&combo), 0);
}

void TestComunePicker::withoutNoneTheFirstIsAComune()
{
    QComboBox combo;
    core::fillComuneCombo(&combo, m_db->db(), std::nullopt);
    QCOMPARE(combo.count(), 133);
    QCOMPARE(core::chosenComune(&combo), abbiategrasso);
    core::selectComune(&combo, m_db->db(), milano);
    QCOMPARE(combo.currentText(), QStringLiteral("Milano"));
    core::selectComune(&combo, m_db->db(), 0); // no "none" entry: nothing changes
    QCOMPARE(core::chosenComune(&combo), milano);
    QCOMPARE(combo.count(), 133);
}

void TestComunePicker::completesByAnyPartOfTheName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first"); // the first completion offered
    QTest::newRow("start of the name") << "Abbia" << "Abbiategrasso";
    QTest::newRow("inside the name, any case") << "BALSAMO" << "Cinisello Balsamo";
    QTest::newRow("second word") << "san giovanni" << "Sesto San Giovanni";
    QTest::newRow("nothing matches") << "Atlantide" << QString();
}

void TestComunePicker::completesByAnyPartOfTheName()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    QComboBox combo;
    core::fillComuneCombo(&combo, m_db->db(), QStringLiteral("(not recorded)"));
    QCompleter *completer = combo.completer();
    completer->setCompletionPrefix(typed);
    if (first.isEmpty()) {
        QCOMPARE(completer->completionCount(), 0);
        return;
    }
    QVERIFY(completer->completionCount() >= 1);
    QVERIFY(completer->setCurrentRow(0));
    QCOMPARE(completer->currentCompletion(), first);
}

void TestComunePicker::completionByTypingPicksTheComune()
{
    QComboBox combo;
    core::fillComuneCombo(&combo, m_db->db(), QStringLiteral("(not recorded)"));
    combo.show();
    QVERIFY(QTest::qWaitForWindowExposed(&combo));
    combo.lineEdit()->selectAll();
    QTest::keyClicks(combo.lineEdit(), QStringLiteral("balsamo"));
    QAbstractItemView *popup = combo.completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Cinisello Balsamo"));
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(combo.currentText(), QStringLiteral("Cinisello Balsamo"));
    QVERIFY(core::chosenComune(&combo) > 0);
    QCOMPARE(combo.count(), 134); // nothing typed is ever added
}

void TestComunePicker::chosenFromTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("comune");
    QTest::addColumn<bool>("unknown");
    QTest::newRow("a name") << "Milano" << milano << false;
    QTest::newRow("another case, spaces around") << "  milano " << milano << false;
    QTest::newRow("the none entry") << "(not recorded)" << 0 << false;
    QTest::newRow("nothing") << "" << 0 << false;
    QTest::newRow("part of a name only") << "Mila" << 0 << true;
    QTest::newRow("not a comune of the city") << "Atlantide" << 0 << true;
}

void TestComunePicker::chosenFromTheText()
{
    QFETCH(QString, text);
    QFETCH(int, comune);
    QFETCH(bool, unknown);
    QComboBox combo;
    core::fillComuneCombo(&combo, m_db->db(), QStringLiteral("(not recorded)"));
    combo.setEditText(text);
    QCOMPARE(core::chosenComune(&combo), comune);
    QCOMPARE(core::typedUnknownComune(&combo), unknown);
}

void TestComunePicker::aComuneNoLongerListedIsKept()
{
    // An old record's comune that is no longer among the 133 (or came from
    // outside the city): shown by its name, and saved unchanged.
    QComboBox combo;
    core::fillComuneCombo(&combo, m_db->db(), QStringLiteral("(not recorded)"));
    core::selectComune(&combo, m_db->db(), monza);
    QCOMPARE(combo.count(), 135);
    QCOMPARE(combo.currentText(), QStringLiteral("Monza (MB)"));
    QCOMPARE(core::chosenComune(&combo), monza);
    QVERIFY(!core::typedUnknownComune(&combo));
    core::selectComune(&combo, m_db->db(), monza); // not added twice
    QCOMPARE(combo.count(), 135);
    // The person may still choose another, or none.
    core::selectComune(&combo, m_db->db(), milano);
    QCOMPARE(core::chosenComune(&combo), milano);
    core::selectComune(&combo, m_db->db(), 0);
    QCOMPARE(combo.currentIndex(), 0);
    QCOMPARE(core::chosenComune(&combo), 0);
    // An id the reference data does not know: shown by its number, kept.
    core::selectComune(&combo, m_db->db(), 999999);
    QCOMPARE(combo.currentText(), QStringLiteral("999999"));
    QCOMPARE(core::chosenComune(&combo), 999999);
}

QTEST_MAIN(TestComunePicker)
#include "tst_comunepicker.moc"
