// The DDT and the trip sheet as a driver needs them: the recipient's
// address, CAP, comune, contact and phone (a COC's start as the town
// hall's, from the shipped contacts file, and what an operator typed is
// never overwritten), the goods by item, lot and quantity as loaded (or
// plainly "not loaded yet"), a recipient without an address said on the
// trip sheet, and the agreed times that cannot be kept named.

#include "deliveriesfixture.h"

#include "core/commands/commandrunner.h"
#include "core/db/localconfig.h"
#include "core/domain/csv.h"
#include "core/reference/referenceloader.h"
#include "deliveries/domain/dayplan.h"
#include "deliveries/domain/deliverynotes.h"
#include "deliveries/domain/deliveryrepository.h"
#include "deliveries/domain/recipientcommands.h"
#include "support/testaccounts.h"

#include <QTest>

using namespace deliveries;

namespace {

// The contacts of one comune as shipped (istat_code,name,phone,email,pec,cap).
QStringList contactsOf(const QString &name)
{
    auto table = core::readCsvFile(QStringLiteral(":/reference/comuni_cmm_contacts.csv"), QLatin1Char(','));
    if (table)
        for (const core::CsvRecord &r : table->records)
            if (r.fields.value(1) == name)
                return r.fields;
    return {};
}

// Every text of a document: HTML blocks, key-value pairs and table cells.
QString textOf(const core::ReportDocument &doc)
{
    QString text;
    for (const core::ReportBlock &b : doc.blocks) {
        text += b.text + QLatin1Char('\n');
        for (const auto &p : b.pairs)
            text += p.first + QStringLiteral(": ") + p.second + QLatin1Char('\n');
        for (const QVariantList &row : b.table.rows)
            for (const QVariant &cell : row)
                text += cell.toString() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

class TestDeliveryNotes : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cocDefaultsFromTheContactsFile_data();
    void cocDefaultsFromTheContactsFile();
    void typedValuesAreNeverOverwritten();
    void recipientOnTheNote_data();
    void recipientOnTheNote();
    void goodsAsLoaded_data();
    void goodsAsLoaded();
    void missingAddressIsSaid();
    void agreedTimesOnTheTripSheet_data();
    void agreedTimesOnTheTripSheet();

private:
    core::Status run(core::Command &command) { return core::CommandRunner(f->db(), f->clock).run(command); }
    qint64 coc(const QString &comune) { return RecipientRepository(f->db()).cocOf(f->comuneId(comune)).value(); }
    Recipient recipient(qint64 id) { return RecipientRepository(f->db()).recipient(id).value(); }
    DeliveriesFixture *f = nullptr;
};

void TestDeliveryNotes::init()
{
    f = new DeliveriesFixture;
    QVERIFY(f->setUp());
    QVERIFY(testsupport::createRoleAccounts(f->db(), f->clock));
    QVERIFY(testsupport::signInAs(f->db(), QStringLiteral("oper"), f->clock));
}

void TestDeliveryNotes::cleanup()
{
    delete f;
    f = nullptr;
}

void TestDeliveryNotes::cocDefaultsFromTheContactsFile_data()
{
    QTest::addColumn<QString>("comune");
    QTest::newRow("Rozzano") << QStringLiteral("Rozzano");
    QTest::newRow("Abbiategrasso") << QStringLiteral("Abbiategrasso");
    QTest::newRow("Milano") << QStringLiteral("Milano");
    QTest::newRow("no e-mail: the PEC") << QStringLiteral("Vermezzo con Zelo");
}

void TestDeliveryNotes::cocDefaultsFromTheContactsFile()
{
    QFETCH(QString, comune);
    const QStringList shipped = contactsOf(comune);
    QCOMPARE(shipped.size(), 6);
    const Recipient r = recipient(coc(comune));
    QCOMPARE(r.phone, shipped.at(2));
    QCOMPARE(r.email, shipped.at(3).isEmpty() ? shipped.at(4) : shipped.at(3));
    QCOMPARE(r.cap, shipped.at(5));
    QVERIFY(!r.phone.isEmpty() && !r.cap.isEmpty() && !r.email.isEmpty());
    QVERIFY(r.address.isEmpty()); // the file has no street: never invented
}

// A database from before the defaults (reference version 1) gets them
// where the COC's fields are empty, and keeps what an operator typed.
void TestDeliveryNotes::typedValuesAreNeverOverwritten()
{
    Recipient typed = recipient(f->rozzano);
    typed.address = QStringLiteral("Piazza Giovanni Foglia 1");
    typed.cap = QStringLiteral("20089");
    typed.contact = QStringLiteral("Geom. Luca Bianchi");
    typed.phone = QStringLiteral("02 8920 1111");
    typed.email = QStringLiteral("coc@comune.rozzano.mi.it");
    SaveRecipient save(typed);
    QVERIFY(run(save).ok());
    // Melzo as an old database had it: no COC details at all.
    QVERIFY(core::runQuery(f->db(),
        QStringLiteral("UPDATE comune_cmm SET coc_cap = '', coc_phone = '', coc_email = '' WHERE comune_id = ?"),
        { f->comuneId(QStringLiteral("Melzo")) })
                .ok());
    QVERIFY(core::LocalConfig::setValue(f->db(), core::LocalConfig::referenceVersion, QStringLiteral("1")).ok());
    QVERIFY(core::loadReferenceData(f->db()).ok());
    QCOMPARE(core::LocalConfig::value(f->db(), core::LocalConfig::referenceVersion).toInt(),
        core::referenceDataVersion);

    const Recipient rozzano = recipient(f->rozzano);
    QCOMPARE(rozzano.address, typed.address);
    QCOMPARE(rozzano.cap, typed.cap);
    QCOMPARE(rozzano.contact, typed.contact);
    QCOMPARE(rozzano.phone, typed.phone);
    QCOMPARE(rozzano.email, typed.email);
    const QStringList shipped = contactsOf(QStringLiteral("Melzo"));
    const Recipient melzo = recipient(f->melzo);
    QCOMPARE(melzo.phone, shipped.at(2));
    QCOMPARE(melzo.cap, shipped.at(5));
    QVERIFY(!melzo.email.isEmpty());
    // Loading again changes nothing.
    QVERIFY(core::loadReferenceData(f->db()).ok());
    QCOMPARE(recipient(f->rozzano).phone, typed.phone);
    // The edit of a COC's details is undone to the defaults.
    QVERIFY(core::CommandRunner(f->db(), f->clock).undo(save).ok());
    QCOMPARE(recipient(f->rozzano).phone, contactsOf(QStringLiteral("Rozzano")).at(2));
    QVERIFY(recipient(f->rozzano).address.isEmpty());
}

void TestDeliveryNotes::recipientOnTheNote_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("RSA, every detail typed")
        << QStringLiteral("rsa")
        << QStringList { QStringLiteral("RSA Il Glicine"), QStringLiteral("Via Garbagnate 15"),
               QStringLiteral("20045 Lainate"), QStringLiteral("Contact: Suor Maria Rossi"),
               QStringLiteral("Phone: 02 9370 0000") };
    const QStringList rozzano = contactsOf(QStringLiteral("Rozzano"));
    QTest::newRow("COC with the town hall's details")
        << QStringLiteral("rozzano")
        << QStringList { QStringLiteral("COC di Rozzano"), QStringLiteral("Address: ____________________ (not recorded)"),
               rozzano.value(5) + QStringLiteral(" Comune di Rozzano"), QStringLiteral("Contact: ____"),
               QStringLiteral("Phone: ") + rozzano.value(2) };
    QTest::newRow("COC with its own details")
        << QStringLiteral("melzo")
        << QStringList { QStringLiteral("COC di Melzo"), QStringLiteral("Via Bianchi 2"),
               QStringLiteral("20066 Comune di Melzo"), QStringLiteral("Contact: Ufficio protezione civile"),
               QStringLiteral("Phone: 02 9573 1") };
}

void TestDeliveryNotes::recipientOnTheNote()
{
    QFETCH(QString, who);
    QFETCH(QStringList, expected);
    Recipient rsa = recipient(f->rsa);
    rsa.cap = QStringLiteral("20045");
    rsa.contact = QStringLiteral("Suor Maria Rossi");
    rsa.phone = QStringLiteral("02 9370 0000");
    SaveRecipient saveRsa(rsa);
    QVERIFY(run(saveRsa).ok());
    Recipient melzo = recipient(f->melzo);
    melzo.address = QStringLiteral("Via Bianchi 2");
    melzo.cap = QStringLiteral("20066");
    melzo.contact = QStringLiteral("Ufficio protezione civile");
    melzo.phone = QStringLiteral("02 9573 1");
    SaveRecipient saveMelzo(melzo);
    QVERIFY(run(saveMelzo).ok());

    f->receive(f->pasta, 50000, QDate(2021, 3, 1), QDate(2022, 1, 31));
    const qint64 id = who == QLatin1String("rsa") ? f->rsa : who == QLatin1String("melzo") ? f->melzo : f->rozzano;
    const qint64 delivery = DeliveryService(f->db(), f->clock).save(f->draft(id, { f->itemLine(f->pasta, 5000) })).value();
    core::ReportRequest request;
    request.now = f->clock.now();
    const QString text = textOf(DeliveryNotes::note(DeliveryRepository(f->db()).delivery(delivery).value(), request));
    for (const QString &e : expected)
        QVERIFY2(text.contains(e.toHtmlEscaped()), qPrintable(e + QStringLiteral(" not in ") + text));
}

void TestDeliveryNotes::goodsAsLoaded_data()
{
    QTest::addColumn<bool>("byCategory");
    QTest::addColumn<bool>("load");
    QTest::addColumn<QString>("expected");
    QTest::newRow("an item, loaded") << false << true << QStringLiteral("Pasta di semola – lot L21049B – 34 kg");
    QTest::newRow("a category, loaded") << true << true << QStringLiteral("Pasta di semola – lot L21049B – 34 kg");
    QTest::newRow("an item, not loaded yet")
        << false << false << QStringLiteral("Pasta di semola – 34 kg – not loaded yet (lot chosen when loading)");
    QTest::newRow("a category, not loaded yet")
        << true << false << QStringLiteral("34 kg – not loaded yet (item and lot chosen when loading)");
}

void TestDeliveryNotes::goodsAsLoaded()
{
    QFETCH(bool, byCategory);
    QFETCH(bool, load);
    QFETCH(QString, expected);
    f->receive(f->pasta, 80000, QDate(2021, 3, 1), QDate(2022, 1, 31), QStringLiteral("L21049B"));
    DeliveryService service(f->db(), f->clock);
    const DeliveryLine line
        = byCategory ? f->categoryLine(f->pastaCategory, 34000) : f->itemLine(f->pasta, 34000);
    const qint64 id = service.save(f->draft(f->rsa, { line })).value();
    if (load)
        QVERIFY(service.load(id).ok());
    core::ReportRequest request;
    request.now = f->clock.now();
    const core::ReportDocument note = DeliveryNotes::note(DeliveryRepository(f->db()).delivery(id).value(), request);
    const core::ReportTable *goods = note.primaryTable();
    QVERIFY(goods);
    const QString description = goods->rows.at(0).at(1).toString();
    QVERIFY2(description.contains(expected), qPrintable(description));
    QVERIFY2(!description.contains(QStringLiteral("any item")), qPrintable(description));
    QCOMPARE(textOf(note).contains(QStringLiteral("The goods are not loaded yet")), !load);
}

void TestDeliveryNotes::missingAddressIsSaid()
{
    DeliveryService service(f->db(), f->clock);
    f->receive(f->pasta, 50000, QDate(2021, 3, 1), QDate(2022, 1, 31));
    for (qint64 recipient : { f->rozzano, f->rsa }) { // no address; Via Garbagnate 15
        DeliveryDraft draft = f->draft(recipient, { f->itemLine(f->pasta, 5000) });
        draft.time = QTime(); // no agreed time: nothing but the address to say
        QVERIFY(service.save(draft).ok());
    }
    auto plan = DayPlan::plan(f->db(), QDate(2021, 3, 15));
    QVERIFY(plan.ok());
    QCOMPARE(plan->withoutAddress().size(), 1);
    QCOMPARE(plan->withoutAddress().at(0).recipientId, f->rozzano);
    QCOMPARE(RecipientRepository(f->db()).countWithoutAddress().value() > 100, true); // the COCs, not the RSA
    core::ReportRequest request;
    request.now = f->clock.now();
    const core::ReportDocument sheet = DayPlan::tripSheet(*plan, request);
    const QString text = textOf(sheet);
    QVERIFY2(text.contains(QStringLiteral("1 recipient(s) of the day without an address")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("COC di Rozzano (DDT 2021/")));
    QVERIFY(!text.contains(QStringLiteral("RSA Il Glicine (DDT")));
    const core::ReportTable *stops = sheet.primaryTable();
    QVERIFY(stops);
    for (const QVariantList &row : stops->rows) {
        const bool rsa = row.at(4).toString() == QLatin1String("RSA Il Glicine");
        QCOMPARE(row.at(5).toString(), rsa ? QStringLiteral("Via Garbagnate 15") : QStringLiteral("NO ADDRESS"));
    }
}

void TestDeliveryNotes::agreedTimesOnTheTripSheet_data()
{
    QTest::addColumn<QTime>("rozzanoAt");
    QTest::addColumn<QTime>("melzoAt");
    QTest::addColumn<QString>("notKept"); // the recipient named, empty: every time kept
    // Rozzano is 11 km south-west of the Idroscalo, Melzo 11 km east, 23 km apart:
    // about 46 minutes at 30 km/h, plus 15 at the first stop.
    QTest::newRow("both kept, Melzo first") << QTime(10, 30) << QTime(8, 30) << QString();
    QTest::newRow("both kept, Rozzano first") << QTime(8, 30) << QTime(10, 0) << QString();
    QTest::newRow("both at 09:00: one cannot be kept") << QTime(9, 0) << QTime(9, 0) << QStringLiteral("any");
    QTest::newRow("Melzo 10 minutes after Rozzano")
        << QTime(8, 30) << QTime(8, 40) << QStringLiteral("COC di Melzo");
}

void TestDeliveryNotes::agreedTimesOnTheTripSheet()
{
    QFETCH(QTime, rozzanoAt);
    QFETCH(QTime, melzoAt);
    QFETCH(QString, notKept);
    f->receive(f->pasta, 50000, QDate(2021, 3, 1), QDate(2022, 1, 31));
    DeliveryService service(f->db(), f->clock);
    DeliveryDraft rozzano = f->draft(f->rozzano, { f->itemLine(f->pasta, 5000) });
    rozzano.time = rozzanoAt;
    DeliveryDraft melzo = f->draft(f->melzo, { f->itemLine(f->pasta, 5000) });
    melzo.time = melzoAt;
    QVERIFY(service.save(rozzano).ok());
    QVERIFY(service.save(melzo).ok());
    auto plan = DayPlan::plan(f->db(), QDate(2021, 3, 15));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rounds.size(), 1);
    const VehicleRound &round = plan->rounds.at(0);
    const QList<Delivery> missed = plan->missedTimes();
    core::ReportRequest request;
    request.now = f->clock.now();
    const QString text = textOf(DayPlan::tripSheet(*plan, request));
    if (notKept.isEmpty()) {
        QVERIFY(missed.isEmpty());
        QVERIFY2(!text.contains(QStringLiteral(": cannot be kept")), qPrintable(text));
        // Each agreed time is met: the estimated arrival is the agreed time or within the tolerance.
        for (int i = 0; i < round.stops.size(); ++i)
            QVERIFY(round.stops.at(i).time.secsTo(round.arrivals.at(i)) <= DayPlan::toleranceMinutes * 60);
        QCOMPARE(round.stops.at(0).time, qMin(rozzanoAt, melzoAt)); // the earlier first
        return;
    }
    QCOMPARE(missed.size(), 1);
    if (notKept != QLatin1String("any"))
        QCOMPARE(missed.at(0).recipient.name, notKept);
    const int stop = round.stops.at(0).id == missed.at(0).id ? 0 : 1;
    const QString expected = QStringLiteral("stop %1, %2 (DDT %3): expected arrival %4, agreed %5: cannot be kept")
                                 .arg(stop + 1)
                                 .arg(missed.at(0).recipient.name, missed.at(0).number,
                                     round.arrivals.at(stop).toString(QStringLiteral("HH:mm")),
                                     missed.at(0).time.toString(QStringLiteral("HH:mm")));
    QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
    QVERIFY(round.stops.at(stop).time.secsTo(round.arrivals.at(stop)) > DayPlan::toleranceMinutes * 60);
}

QTEST_MAIN(TestDeliveryNotes)
#include "tst_deliverynotes.moc"
