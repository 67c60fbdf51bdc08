#include "core/ui/datefield.h"
#include "core/ui/invalidmark.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using core::DateField;

// The date field typed as a person types: keys, not setText. What was
// typed is never replaced by another date, dateChanged comes once per date
// and a dialog cannot be confirmed while a date is not valid. Offscreen.
class TestDateField : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typedDateIsTakenOnce_data();
    void typedDateIsTakenOnce();
    void partialInputStaysAsTyped_data();
    void partialInputStaysAsTyped();
    void selectAllThenTypeReplacesEverything();
    void limitsAreRefusedNotClamped();
    void setDateShowsAndEmits();
    void emptyWhereAllowed();
    void arrowsStepADayAndAltDownOpensTheCalendar();
    void calendarPickIsTaken();
    void dialogCannotBeConfirmedWithAnInvalidDate();

private:
    void typeAfterSelectingAll(const QString &text);

    QWidget *m_window = nullptr;
    DateField *m_field = nullptr;
    DateField *m_other = nullptr;
};

namespace {
const QDate start(2026, 3, 10);
}

void TestDateField::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_field = new DateField(start, m_window);
    m_field->setReferenceYear(2026);
    m_other = new DateField(start, m_window);
    layout->addWidget(m_field);
    layout->addWidget(m_other);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_field->setFocus();
    QVERIFY(m_field->hasFocus());
}

void TestDateField::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestDateField::typeAfterSelectingAll(const QString &text)
{
    QTest::keyClick(m_field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_field, text);
}

void TestDateField::typedDateIsTakenOnce_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("pressEnter");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("shown");
    const QDate ides(2021, 3, 15);
    QTest::newRow("dd/MM/yyyy") << "15/03/2021" << false << ides << "15/03/2021";
    QTest::newRow("d/M/yyyy") << "5/3/2021" << true << QDate(2021, 3, 5) << "05/03/2021";
    QTest::newRow("dashes") << "15-03-2021" << true << ides << "15/03/2021";
    QTest::newRow("dots") << "15.03.2021" << true << ides << "15/03/2021";
    QTest::newRow("ddMMyyyy") << "15032021" << true << ides << "15/03/2021";
    QTest::newRow("ddMMyy") << "150321" << true << ides << "15/03/2021";
    QTest::newRow("dd/MM/yy") << "15/03/21" << true << ides << "15/03/2021";
    QTest::newRow("spaces around") << " 15/03/2021 " << true << ides << "15/03/2021";
}

// The bug of issue 16: typing 15/03/2021 in "Dal" showed 06/03/2021.
void TestDateField::typedDateIsTakenOnce()
{
    QFETCH(QString, typed);
    QFETCH(bool, pressEnter);
    QFETCH(QDate, date);
    QFETCH(QString, shown);
    QSignalSpy changed(m_field, &DateField::dateChanged);
    typeAfterSelectingAll(typed);
    if (pressEnter)
        QTest::keyClick(m_field, Qt::Key_Return);
    QVERIFY(m_field->isValid());
    QCOMPARE(m_field->date(), date);
    QCOMPARE(changed.count(), 1); // not 15/03/2020 on the way to 2021
    QCOMPARE(changed.at(0).at(0).toDate(), date);
    m_other->setFocus(); // moving on writes the date as everywhere else
    QCOMPARE(m_field->text(), shown);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!core::isMarkedInvalid(m_field));
}

void TestDateField::partialInputStaysAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("day") << "15";
    QTest::newRow("day and month") << "15/03";
    QTest::newRow("one year digit") << "15/03/2";
    QTest::newRow("three year digits") << "15/03/202";
    QTest::newRow("31/02") << "31/02/2021";
    QTest::newRow("month 13") << "15/13/2021";
    QTest::newRow("words") << "ieri";
}

void TestDateField::partialInputStaysAsTyped()
{
    QFETCH(QString, typed);
    QSignalSpy changed(m_field, &DateField::dateChanged);
    QSignalSpy validity(m_field, &DateField::validityChanged);
    typeAfterSelectingAll(typed);
    QTest::keyClick(m_field, Qt::Key_Return);
    m_other->setFocus();
    QCOMPARE(m_field->text(), typed); // never replaced
    QVERIFY(!m_field->isValid());
    QVERIFY(!m_field->hasAcceptableInput());
    QCOMPARE(m_field->date(), start); // the last valid date, unchanged
    QCOMPARE(changed.count(), 0);
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), false);
    QVERIFY(core::isMarkedInvalid(m_field));
    QCOMPARE(m_field->toolTip(), QStringLiteral("Invalid date: write dd/mm/yyyy"));
    // Fixed: the mark and the tooltip go.
    m_field->setFocus();
    typeAfterSelectingAll(QStringLiteral("15/03/2021"));
    QVERIFY(m_field->isValid());
    QVERIFY(!core::isMarkedInvalid(m_field));
    QVERIFY(m_field->toolTip().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestDateField::selectAllThenTypeReplacesEverything()
{
    typeAfterSelectingAll(QStringLiteral("1"));
    QCOMPARE(m_field->text(), QStringLiteral("1"));
    QTest::keyClicks(m_field, QStringLiteral("5/03/2021"));
    QCOMPARE(m_field->text(), QStringLiteral("15/03/2021"));
    QCOMPARE(m_field->date(), QDate(2021, 3, 15));
}

void TestDateField::limitsAreRefusedNotClamped()
{
    m_field->setDateRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
    QSignalSpy changed(m_field, &DateField::dateChanged);
    typeAfterSelectingAll(QStringLiteral("31/12/2025"));
    QVERIFY(!m_field->isValid());
    QCOMPARE(m_field->text(), QStringLiteral("31/12/2025"));
    QCOMPARE(m_field->date(), start);
    QCOMPARE(m_field->problem(), QStringLiteral("The date cannot be before 01/01/2026"));
    typeAfterSelectingAll(QStringLiteral("01/01/2027"));
    QVERIFY(!m_field->isValid());
    QCOMPARE(m_field->problem(), QStringLiteral("The date cannot be after 31/12/2026"));
    QCOMPARE(changed.count(), 0);
    typeAfterSelectingAll(QStringLiteral("31/12/2026"));
    QVERIFY(m_field->isValid());
    QCOMPARE(changed.count(), 1);
}

void TestDateField::setDateShowsAndEmits()
{
    QSignalSpy changed(m_field, &DateField::dateChanged);
    m_field->setDate(QDate(2021, 3, 15));
    QCOMPARE(m_field->text(), QStringLiteral("15/03/2021"));
    QCOMPARE(changed.count(), 1);
    m_field->setDate(QDate(2021, 3, 15));
    QCOMPARE(changed.count(), 1);
    {
        const QSignalBlocker quiet(m_field); // as pages set a date without refreshing twice
        m_field->setDate(QDate(2021, 3, 14));
    }
    QCOMPARE(m_field->date(), QDate(2021, 3, 14));
    QCOMPARE(changed.count(), 1);
    m_field->setDate(QDate(2021, 3, 15));
    QCOMPARE(changed.count(), 2);
    m_field->setDate(QDate()); // a required field keeps its date
    QCOMPARE(m_field->date(), QDate(2021, 3, 15));
    QCOMPARE(m_field->property("date").toDate(), QDate(2021, 3, 15));
}

void TestDateField::emptyWhereAllowed()
{
    QSignalSpy changed(m_field, &DateField::dateChanged);
    typeAfterSelectingAll(QString());
    QTest::keyClick(m_field, Qt::Key_Delete);
    QVERIFY(m_field->text().isEmpty());
    QVERIFY(!m_field->isValid()); // required by default
    QCOMPARE(m_field->problem(), QStringLiteral("A date is required: write dd/mm/yyyy"));
    m_field->setEmptyAllowed(true);
    QVERIFY(m_field->isValid());
    QVERIFY(!m_field->date().isValid());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!changed.at(0).at(0).toDate().isValid());
}

void TestDateField::arrowsStepADayAndAltDownOpensTheCalendar()
{
    QSignalSpy edited(m_field, &QLineEdit::textEdited); // what DiscardGuard watches
    QTest::keyClick(m_field, Qt::Key_Up);
    QCOMPARE(m_field->date(), start.addDays(1));
    QTest::keyClick(m_field, Qt::Key_Down);
    QTest::keyClick(m_field, Qt::Key_Down);
    QCOMPARE(m_field->date(), start.addDays(-1));
    QCOMPARE(edited.count(), 3);
    m_field->setMinimumDate(start.addDays(-1));
    QTest::keyClick(m_field, Qt::Key_Down); // not past the limit
    QCOMPARE(m_field->date(), start.addDays(-1));
    QVERIFY(m_field->isValid());
    QTest::keyClick(m_field, Qt::Key_Down, Qt::AltModifier);
    QVERIFY(m_field->calendar());
    QVERIFY(m_field->calendar()->isVisible());
    QCOMPARE(m_field->calendar()->selectedDate(), start.addDays(-1));
    QCOMPARE(m_field->calendar()->minimumDate(), start.addDays(-1));
    m_field->calendar()->hide();
}

void TestDateField::calendarPickIsTaken()
{
    typeAfterSelectingAll(QStringLiteral("15/03")); // partial: the calendar starts where the field was
    m_field->showCalendar();
    QCalendarWidget *calendar = m_field->calendar();
    QCOMPARE(calendar->selectedDate(), start);
    QSignalSpy changed(m_field, &DateField::dateChanged);
    calendar->setSelectedDate(QDate(2026, 3, 20));
    QAbstractItemView *days = calendar->findChild<QAbstractItemView *>();
    QVERIFY(days);
    QTest::keyClick(days, Qt::Key_Return); // activated
    QVERIFY(!calendar->isVisible());
    QCOMPARE(m_field->text(), QStringLiteral("20/03/2026"));
    QCOMPARE(m_field->date(), QDate(2026, 3, 20));
    QVERIFY(m_field->isValid());
    QCOMPARE(changed.count(), 1);
}

void TestDateField::dialogCannotBeConfirmedWithAnInvalidDate()
{
    QDialog dialog;
    auto *form = new QFormLayout;
    auto *from = new DateField(start, &dialog);
    auto *to = new DateField(start, &dialog);
    form->addRow(QStringLiteral("&Dal:"), from);
    form->addRow(QStringLiteral("&Al:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(save->isEnabled());

    from->setFocus();
    QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(from, QStringLiteral("15/03/2"));
    QVERIFY(!save->isEnabled());
    QVERIFY(cancel->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Dal: Invalid date: write dd/mm/yyyy"));
    QCOMPARE(DateField::firstInvalid(&dialog), from);
    QCOMPARE(DateField::fieldName(from), QStringLiteral("Dal"));
    QTest::keyClick(from, Qt::Key_Return); // Enter does not confirm either
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // Both fields wrong: fixing one is not enough.
    to->setText(QStringLiteral("31/02/2021"));
    QTest::keyClicks(from, QStringLiteral("021"));
    QVERIFY(from->isValid());
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Al: Invalid date: write dd/mm/yyyy"));
    to->setDate(QDate(2021, 3, 16));
    QVERIFY(save->isEnabled());
    QVERIFY(save->toolTip().isEmpty());

    // An optional date switched off (its check box unticked) holds nothing back.
    to->setText(QStringLiteral("16/03"));
    QVERIFY(!save->isEnabled());
    to->setEnabled(false);
    QVERIFY(save->isEnabled());
    to->setEnabled(true);
    QVERIFY(!save->isEnabled());
    to->setDate(QDate(2021, 3, 16));
    QVERIFY(save->isEnabled());

    // A button the dialog disabled itself stays as the dialog wants it.
    save->setEnabled(false);
    to->setText(QStringLiteral("x"));
    to->setDate(QDate(2021, 3, 17));
    QVERIFY(!save->isEnabled());
}

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
