// A filled form is not thrown away without asking: after the person
// changed a field, Esc and the window's close button ask "Discard the
// changes?"; keeping the form keeps it open with what was typed, discarding
// closes it. An untouched form (even one filled in by its owner before it
// was shown) closes at once, and the question is never asked on save.

#include "core/ui/datefield.h"
#include "core/ui/datetimefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/timefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

namespace {

// A form with one field of each kind, filled before it is shown.
struct Form {
    QDialog dialog;
    QLineEdit *name = new QLineEdit(&dialog);
    QSpinBox *count = new QSpinBox(&dialog);
    core::DateField *date = new core::DateField(QDate(2026, 3, 10), &dialog);
    core::TimeField *time = new core::TimeField(QTime(9, 0), &dialog);
    core::DateTimeField *at = new core::DateTimeField(QDateTime(QDate(2026, 3, 10), QTime(9, 0)), &dialog);
    QComboBox *kind = new QComboBox(&dialog);
    QCheckBox *active = new QCheckBox(QStringLiteral("attivo"), &dialog);
    core::DiscardGuard *guard = nullptr;
    int asked = 0;

    explicit Form(bool discard)
    {
        auto *layout = new QVBoxLayout(&dialog);
        for (QWidget *w : std::initializer_list<QWidget *> { name, count, date, time, at, kind, active })
            layout->addWidget(w);
        kind->addItems({ QStringLiteral("uno"), QStringLiteral("due") });
        guard = new core::DiscardGuard(&dialog);
        guard->setAsk([this, discard] {
            ++asked;
            return discard;
        });
        // What the owner fills in before showing it: not a change.
        name->setText(QStringLiteral("Rossi"));
        count->setValue(3);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents(); // the guard arms just after showing
    }
};

void change(Form &f, const QString &field)
{
    if (field == QLatin1String("typed")) {
        f.name->setFocus();
        QTest::keyClicks(f.name, QStringLiteral("i"));
    } else if (field == QLatin1String("number")) {
        f.count->setValue(7);
    } else if (field == QLatin1String("date")) {
        f.date->setFocus();
        QTest::keyClick(f.date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(f.date, QStringLiteral("15/03/2026"));
    } else if (field == QLatin1String("date stepped")) {
        f.date->setFocus();
        QTest::keyClick(f.date, Qt::Key_Up); // as a pick from the calendar
    } else if (field == QLatin1String("time")) {
        f.time->setFocus();
        QTest::keyClick(f.time, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(f.time, QStringLiteral("9:30"));
    } else if (field == QLatin1String("time stepped")) {
        f.time->setFocus();
        QTest::keyClick(f.time, Qt::Key_Up);
    } else if (field == QLatin1String("date and time")) {
        f.at->timeField()->setFocus();
        QTest::keyClick(f.at->timeField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(f.at->timeField(), QStringLiteral("1015"));
    } else if (field == QLatin1String("choice")) {
        emit f.kind->activated(1);
    } else if (field == QLatin1String("ticked")) {
        f.active->click(); // as a click on the box does
    }
}

} // namespace

class TestDiscardGuard : public QObject {
    Q_OBJECT
private slots:
    void escapeAsksAfterAChange_data();
    void escapeAsksAfterAChange();
    void untouchedFormClosesAtOnce();
    void closeButtonAsksToo();
    void savingNeverAsks();
};

void TestDiscardGuard::escapeAsksAfterAChange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("discard");
    for (const char *field :
        { "typed", "number", "date", "date stepped", "time", "time stepped", "date and time", "choice", "ticked" }) {
        QTest::addRow("%s, kept", field) << QString::fromLatin1(field) << false;
        QTest::addRow("%s, discarded", field) << QString::fromLatin1(field) << true;
    }
}

void TestDiscardGuard::escapeAsksAfterAChange()
{
    QFETCH(QString, field);
    QFETCH(bool, discard);
    Form f(discard);
    change(f, field);
    QVERIFY(f.guard->isDirty());
    QTest::keyClick(&f.dialog, Qt::Key_Escape);
    QCOMPARE(f.asked, 1);
    QCOMPARE(f.dialog.isVisible(), !discard);
    if (!discard && field == QLatin1String("typed"))
        QCOMPARE(f.name->text(), QStringLiteral("Rossii")); // nothing lost
}

void TestDiscardGuard::untouchedFormClosesAtOnce()
{
    Form f(false);
    QVERIFY(!f.guard->isDirty());
    QTest::keyClick(&f.dialog, Qt::Key_Escape);
    QCOMPARE(f.asked, 0);
    QVERIFY(!f.dialog.isVisible());
}

void TestDiscardGuard::closeButtonAsksToo()
{
    Form f(false);
    change(f, QStringLiteral("typed"));
    QVERIFY(!f.dialog.close());
    QCOMPARE(f.asked, 1);
    QVERIFY(f.dialog.isVisible());
}

void TestDiscardGuard::savingNeverAsks()
{
    Form f(false);
    change(f, QStringLiteral("typed"));
    f.dialog.accept();
    QCOMPARE(f.asked, 0);
    QVERIFY(!f.dialog.isVisible());
    QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestDiscardGuard)
#include "tst_discardguard.moc"
