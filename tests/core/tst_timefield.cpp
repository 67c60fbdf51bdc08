#include "core/ui/datefield.h"
#include "core/ui/datetimefield.h"
#include "core/ui/invalidmark.h"
#include "core/ui/timefield.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using core::DateField;
using core::DateTimeField;
using core::TimeField;

// The time and date-and-time fields typed as a person types: keys, not
// setText. What was typed is never replaced by another time (QTimeEdit
// read "9:" as 09:00), timeChanged comes once per time and a dialog cannot
// be confirmed while a time is not valid. Offscreen.
class TestTimeField : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typedTimeIsTakenOnce_data();
    void typedTimeIsTakenOnce();
    void partialInputStaysAsTyped_data();
    void partialInputStaysAsTyped();
    void selectAllThenTypeReplacesEverything();
    void arrowsStepFiveMinutes();
    void dateTimeLimitsAreRefusedNotClamped();
    void dateTimeTypedInBothParts();
    void dialogCannotBeConfirmedWithAnInvalidTime();

private:
    void typeAfterSelectingAll(QLineEdit *field, const QString &text);

    QWidget *m_window = nullptr;
    TimeField *m_field = nullptr;
    TimeField *m_other = nullptr;
};

namespace {
const QTime startTime(8, 30);
}

void TestTimeField::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_field = new TimeField(startTime, m_window);
    m_other = new TimeField(startTime, m_window);
    layout->addWidget(m_field);
    layout->addWidget(m_other);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_field->setFocus();
    QVERIFY(m_field->hasFocus());
}

void TestTimeField::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestTimeField::typeAfterSelectingAll(QLineEdit *field, const QString &text)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

void TestTimeField::typedTimeIsTakenOnce_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("pressEnter");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("shown");
    const QTime nineOFive(9, 5);
    QTest::newRow("HH:mm") << "09:05" << false << nineOFive << "09:05";
    QTest::newRow("H:mm") << "9:05" << false << nineOFive << "09:05";
    QTest::newRow("dot") << "9.05" << false << nineOFive << "09:05";
    QTest::newRow("HHmm") << "0905" << false << nineOFive << "09:05";
    QTest::newRow("Hmm") << "905" << true << nineOFive << "09:05";
    QTest::newRow("hour") << "9" << true << QTime(9, 0) << "09:00";
    QTest::newRow("afternoon") << "1730" << false << QTime(17, 30) << "17:30";
    QTest::newRow("spaces around") << " 9:05 " << true << nineOFive << "09:05";
}

void TestTimeField::typedTimeIsTakenOnce()
{
    QFETCH(QString, typed);
    QFETCH(bool, pressEnter);
    QFETCH(QTime, time);
    QFETCH(QString, shown);
    QSignalSpy changed(m_field, &TimeField::timeChanged);
    typeAfterSelectingAll(m_field, typed);
    if (pressEnter)
        QTest::keyClick(m_field, Qt::Key_Return);
    QVERIFY(m_field->isValid());
    QCOMPARE(m_field->time(), time);
    QCOMPARE(changed.count(), 1); // not 01:00, 12:00... on the way to 17:30
    QCOMPARE(changed.at(0).at(0).toTime(), time);
    m_other->setFocus(); // moving on writes HH:mm
    QCOMPARE(m_field->text(), shown);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!core::isMarkedInvalid(m_field));
}

void TestTimeField::partialInputStaysAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("hour and colon") << "9:";
    QTest::newRow("one minute digit") << "9:0";
    QTest::newRow("24:00") << "24:00";
    QTest::newRow("9:60") << "9:60";
    QTest::newRow("2400") << "2400";
    QTest::newRow("95") << "95";
    QTest::newRow("words") << "presto";
}

void TestTimeField::partialInputStaysAsTyped()
{
    QFETCH(QString, typed);
    QSignalSpy changed(m_field, &TimeField::timeChanged);
    QSignalSpy validity(m_field, &TimeField::validityChanged);
    typeAfterSelectingAll(m_field, typed);
    QTest::keyClick(m_field, Qt::Key_Return);
    m_other->setFocus();
    QCOMPARE(m_field->text(), typed); // never replaced
    QVERIFY(!m_field->isValid());
    QCOMPARE(m_field->time(), startTime); // the last valid time, unchanged
    QCOMPARE(changed.count(), 0);
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), false);
    QVERIFY(core::isMarkedInvalid(m_field));
    QCOMPARE(m_field->toolTip(), QStringLiteral("Invalid time: write hh:mm"));
    m_field->setFocus();
    typeAfterSelectingAll(m_field, QStringLiteral("10:15"));
    QVERIFY(m_field->isValid());
    QVERIFY(!core::isMarkedInvalid(m_field));
    QVERIFY(m_field->toolTip().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestTimeField::selectAllThenTypeReplacesEverything()
{
    typeAfterSelectingAll(m_field, QStringLiteral("1"));
    QCOMPARE(m_field->text(), QStringLiteral("1"));
    QTest::keyClicks(m_field, QStringLiteral("4:45"));
    QCOMPARE(m_field->text(), QStringLiteral("14:45"));
    QCOMPARE(m_field->time(), QTime(14, 45));
    // Emptied: required, the last time stays.
    typeAfterSelectingAll(m_field, QString());
    QTest::keyClick(m_field, Qt::Key_Delete);
    QVERIFY(!m_field->isValid());
    QCOMPARE(m_field->problem(), QStringLiteral("A time is required: write hh:mm"));
    QCOMPARE(m_field->time(), QTime(14, 45));
}

void TestTimeField::arrowsStepFiveMinutes()
{
    QSignalSpy edited(m_field, &QLineEdit::textEdited); // what DiscardGuard watches
    QTest::keyClick(m_field, Qt::Key_Up);
    QCOMPARE(m_field->time(), QTime(8, 35));
    QTest::keyClick(m_field, Qt::Key_Down);
    QTest::keyClick(m_field, Qt::Key_Down);
    QCOMPARE(m_field->time(), QTime(8, 25));
    QCOMPARE(m_field->text(), QStringLiteral("08:25"));
    QCOMPARE(edited.count(), 3);
    m_field->setTime(QTime(23, 58));
    QTest::keyClick(m_field, Qt::Key_Up); // never to the next day
    QCOMPARE(m_field->time(), QTime(23, 58));
}

void TestTimeField::dateTimeLimitsAreRefusedNotClamped()
{
    const QDateTime at(QDate(2026, 3, 10), QTime(10, 0));
    DateTimeField field(at);
    field.setMinimumDateTime(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
    field.setMaximumDateTime(QDateTime(QDate(2026, 3, 12), QTime(18, 0)));
    field.show();
    QApplication::setActiveWindow(&field);
    QVERIFY(QTest::qWaitForWindowActive(&field));
    QVERIFY(field.isValid());
    QSignalSpy changed(&field, &DateTimeField::dateTimeChanged);
    TimeField *time = field.timeField();
    DateField *date = field.dateField();

    time->setFocus();
    typeAfterSelectingAll(time, QStringLiteral("08:59"));
    QVERIFY(!field.isValid());
    QCOMPARE(time->text(), QStringLiteral("08:59")); // not clamped to 09:00
    QCOMPARE(field.problem(), QStringLiteral("The time cannot be before 10/03/2026 09:00"));
    QVERIFY(core::isMarkedInvalid(time));
    QCOMPARE(field.dateTime(), at);
    QCOMPARE(changed.count(), 0);

    date->setFocus(); // another day: the same time is now fine
    typeAfterSelectingAll(date, QStringLiteral("11/03/2026"));
    QVERIFY(field.isValid());
    QVERIFY(!core::isMarkedInvalid(time));
    QCOMPARE(field.dateTime(), QDateTime(QDate(2026, 3, 11), QTime(8, 59)));
    QCOMPARE(changed.count(), 1);

    typeAfterSelectingAll(date, QStringLiteral("13/03/2026")); // the date part refuses a later day
    QVERIFY(!field.isValid());
    QCOMPARE(field.problem(), QStringLiteral("The date cannot be after 12/03/2026"));
    typeAfterSelectingAll(date, QStringLiteral("12/03/2026"));
    time->setFocus();
    typeAfterSelectingAll(time, QStringLiteral("18:01"));
    QVERIFY(!field.isValid());
    QCOMPARE(field.problem(), QStringLiteral("The time cannot be after 12/03/2026 18:00"));
    QCOMPARE(field.dateTime(), QDateTime(QDate(2026, 3, 12), QTime(8, 59)));
    typeAfterSelectingAll(time, QStringLiteral("18:00"));
    QVERIFY(field.isValid());
    QCOMPARE(field.dateTime(), QDateTime(QDate(2026, 3, 12), QTime(18, 0)));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(field.property("dateTime").toDateTime(), field.dateTime());
}

void TestTimeField::dateTimeTypedInBothParts()
{
    DateTimeField field(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    field.show();
    QApplication::setActiveWindow(&field);
    QVERIFY(QTest::qWaitForWindowActive(&field));
    QSignalSpy changed(&field, &DateTimeField::dateTimeChanged);
    field.timeField()->setFocus();
    typeAfterSelectingAll(field.timeField(), QStringLiteral("9:"));
    QVERIFY(!field.isValid());
    QCOMPARE(field.problem(), QStringLiteral("Invalid time: write hh:mm"));
    QCOMPARE(field.dateTime(), QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    QTest::keyClicks(field.timeField(), QStringLiteral("15"));
    QVERIFY(field.isValid());
    QCOMPARE(field.dateTime(), QDateTime(QDate(2026, 3, 10), QTime(9, 15)));
    QCOMPARE(changed.count(), 1);
    field.setDateTime(QDateTime(QDate(2026, 4, 1), QTime(7, 5)));
    QCOMPARE(field.dateField()->text(), QStringLiteral("01/04/2026"));
    QCOMPARE(field.timeField()->text(), QStringLiteral("07:05"));
    QCOMPARE(changed.count(), 2);
}

void TestTimeField::dialogCannotBeConfirmedWithAnInvalidTime()
{
    QDialog dialog;
    auto *form = new QFormLayout;
    auto *at = new DateTimeField(QDateTime(QDate(2026, 3, 10), QTime(10, 0)), &dialog);
    auto *time = new TimeField(startTime, &dialog);
    form->addRow(QStringLiteral("&Chiamata alle:"), at);
    form->addRow(QStringLiteral("&Ora:"), time);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(ok->isEnabled());

    time->setFocus();
    typeAfterSelectingAll(time, QStringLiteral("9:"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), QStringLiteral("Ora: Invalid time: write hh:mm"));
    QTest::keyClick(time, Qt::Key_Return); // Enter does not confirm either
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(time, QStringLiteral("30"));
    QVERIFY(ok->isEnabled());

    // The part of a date-and-time field is named by the field's label.
    at->timeField()->setFocus();
    typeAfterSelectingAll(at->timeField(), QStringLiteral("25"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), QStringLiteral("Chiamata alle: Invalid time: write hh:mm"));
    typeAfterSelectingAll(at->timeField(), QStringLiteral("11:00"));
    QVERIFY(ok->isEnabled());
    // So does a moment outside the limits.
    at->setMaximumDateTime(QDateTime(QDate(2026, 3, 10), QTime(10, 30)));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), QStringLiteral("Chiamata alle: The time cannot be after 10/03/2026 10:30"));
    at->setEnabled(false); // a disabled field holds nothing back
    QVERIFY(ok->isEnabled());
    at->setEnabled(true);
    QVERIFY(!ok->isEnabled());
    typeAfterSelectingAll(at->timeField(), QStringLiteral("10:30"));
    QVERIFY(ok->isEnabled());
}

QTEST_MAIN(TestTimeField)
#include "tst_timefield.moc"
