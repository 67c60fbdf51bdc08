#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/fieldchecks.h"

#include <QTest>

using namespace volunteers;

// The codice fiscale: format, check character, omocodia, decoding, and the
// letters of surname and name; the partita IVA check digit.
class TestCodiceFiscale : public QObject {
    Q_OBJECT
private slots:
    void validCodes_data();
    void validCodes();
    void invalidCodes_data();
    void invalidCodes();
    void omocodiaDecodesTheSamePerson();
    void centuryIsChosenSoThatNobodyIsBornInTheFuture();
    void nameLetters_data();
    void nameLetters();
    void buildMakesValidCodes();
    void partitaIva_data();
    void partitaIva();
};

void TestCodiceFiscale::validCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("place");
    QTest::addColumn<bool>("omocodia");
    QTest::newRow("man, Milano") << "RSSMRA80A01F205X"
                                 << "RSSMRA80A01F205X" << QDate(1980, 1, 1) << "M"
                                 << "F205" << false;
    QTest::newRow("woman: day + 40") << "BNCLRA85T50F205A"
                                     << "BNCLRA85T50F205A" << QDate(1985, 12, 10) << "F"
                                     << "F205" << false;
    QTest::newRow("lower case and spaces") << " rssmra 80a01 f205x "
                                           << "RSSMRA80A01F205X" << QDate(1980, 1, 1) << "M"
                                           << "F205" << false;
    QTest::newRow("omocodia, one digit") << "RSSMRA80A01F20RS"
                                         << "RSSMRA80A01F20RS" << QDate(1980, 1, 1) << "M"
                                         << "F205" << true;
    QTest::newRow("omocodia, two digits") << "RSSMRA80A01F2LRD"
                                          << "RSSMRA80A01F2LRD" << QDate(1980, 1, 1) << "M"
                                          << "F205" << true;
    QTest::newRow("omocodia, every digit") << "RSSMRAULALMFNLRD"
                                           << "RSSMRAULALMFNLRD" << QDate(1980, 1, 1) << "M"
                                           << "F205" << true;
    QTest::newRow("Lucia, May") << "MRNLCU90E15L219R"
                                << "MRNLCU90E15L219R" << QDate(1990, 5, 15) << "M"
                                << "L219" << false;
}

void TestCodiceFiscale::validCodes()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QDate, birth);
    QFETCH(QString, sex);
    QFETCH(QString, place);
    QFETCH(bool, omocodia);
    auto info = CodiceFiscale::parse(text, QDate(2021, 3, 19));
    QVERIFY2(info.ok(), qPrintable(info.error().code));
    QCOMPARE(info->code, code);
    QCOMPARE(info->birthDate, birth);
    QCOMPARE(QString(info->sex), sex);
    QCOMPARE(info->cadastralCode, place);
    QCOMPARE(info->omocodia, omocodia);
}

void TestCodiceFiscale::invalidCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("empty") << "   "
                           << "volunteers.cf_empty" << QStringList {};
    QTest::newRow("too short") << "RSSMRA80A01F205"
                               << "volunteers.cf_length" << QStringList { "RSSMRA80A01F205", "15" };
    QTest::newRow("too long") << "RSSMRA80A01F205XX"
                              << "volunteers.cf_length" << QStringList { "RSSMRA80A01F205XX", "17" };
    QTest::newRow("wrong check character") << "RSSMRA80A01F205Y"
                                           << "volunteers.cf_check" << QStringList { "RSSMRA80A01F205Y", "X" };
    QTest::newRow("digit among the letters") << "RS5MRA80A01F205X"
                                             << "volunteers.cf_format" << QStringList { "RS5MRA80A01F205X", "3" };
    QTest::newRow("letter not of omocodia in the year")
        << "RSSMRA8AA01F205X"
        << "volunteers.cf_format" << QStringList { "RSSMRA8AA01F205X", "8" };
    QTest::newRow("month letter that does not exist")
        << "RSSMRA80F01F205X"
        << "volunteers.cf_month" << QStringList { "RSSMRA80F01F205X", "9" };
    QTest::newRow("day 32") << "RSSMRA80A32F205" + QString(CodiceFiscale::checkCharacter("RSSMRA80A32F205"))
                            << "volunteers.cf_day"
                            << QStringList {
                                   "RSSMRA80A32F205" + QString(CodiceFiscale::checkCharacter("RSSMRA80A32F205")), "10"
                               };
    QTest::newRow("30 February")
        << "RSSMRA80B30F205" + QString(CodiceFiscale::checkCharacter("RSSMRA80B30F205")) << "volunteers.cf_day"
        << QStringList { "RSSMRA80B30F205" + QString(CodiceFiscale::checkCharacter("RSSMRA80B30F205")), "10" };
    QTest::newRow("accented letter") << "RSSMRÀ80A01F205X"
                                     << "volunteers.cf_format" << QStringList { "RSSMRÀ80A01F205X", "6" };
}

void TestCodiceFiscale::invalidCodes()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QStringList, args);
    auto info = CodiceFiscale::parse(text, QDate(2021, 3, 19));
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, error);
    QCOMPARE(info.error().args, args);
    QVERIFY(!CodiceFiscale::isValid(text));
}

void TestCodiceFiscale::omocodiaDecodesTheSamePerson()
{
    const auto plain = CodiceFiscale::parse(QStringLiteral("RSSMRA80A01F205X"));
    const auto substituted = CodiceFiscale::parse(QStringLiteral("RSSMRAULALMFNLRD"));
    QVERIFY(plain.ok() && substituted.ok());
    QCOMPARE(substituted->birthDate, plain->birthDate);
    QCOMPARE(substituted->cadastralCode, plain->cadastralCode);
    QCOMPARE(substituted->sex, plain->sex);
}

void TestCodiceFiscale::centuryIsChosenSoThatNobodyIsBornInTheFuture()
{
    const QString code = CodiceFiscale::build(QStringLiteral("Verdi"), QStringLiteral("Giuseppe"), QDate(2013, 10, 10),
        QLatin1Char('M'), QStringLiteral("B593"));
    QCOMPARE(CodiceFiscale::parse(code, QDate(2021, 3, 19))->birthDate, QDate(2013, 10, 10));
    QCOMPARE(CodiceFiscale::parse(code, QDate(2012, 1, 1))->birthDate, QDate(1913, 10, 10));
}

void TestCodiceFiscale::nameLetters_data()
{
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("letters");
    QTest::newRow("Rossi Mario") << "Rossi"
                                 << "Mario"
                                 << "RSSMRA";
    QTest::newRow("four consonants in the name: 1st, 3rd, 4th") << "Bianchi"
                                                                << "Gianfranco"
                                                                << "BNCGFR";
    QTest::newRow("short surname padded with X") << "Fo"
                                                 << "Dario"
                                                 << "FOXDRA";
    QTest::newRow("apostrophe and accent") << "D'Angelo"
                                           << "Niccolò"
                                           << "DNGNCL";
    QTest::newRow("two-word surname") << "De Luca"
                                      << "Anna"
                                      << "DLCNNA";
}

void TestCodiceFiscale::nameLetters()
{
    QFETCH(QString, surname);
    QFETCH(QString, name);
    QFETCH(QString, letters);
    QCOMPARE(CodiceFiscale::surnameLetters(surname) + CodiceFiscale::nameLetters(name), letters);
}

void TestCodiceFiscale::buildMakesValidCodes()
{
    const QString code = CodiceFiscale::build(QStringLiteral("Colombo"), QStringLiteral("Giulia"), QDate(1992, 2, 29),
        QLatin1Char('F'), QStringLiteral("G337"));
    auto info = CodiceFiscale::parse(code, QDate(2021, 1, 1));
    QVERIFY2(info.ok(), qPrintable(code));
    QCOMPARE(info->birthDate, QDate(1992, 2, 29));
    QCOMPARE(info->sex, QLatin1Char('F'));
    QVERIFY(CodiceFiscale::matchesName(code, QStringLiteral("Colombo"), QStringLiteral("Giulia")));
    QVERIFY(!CodiceFiscale::matchesName(code, QStringLiteral("Rossi"), QStringLiteral("Giulia")));
}

void TestCodiceFiscale::partitaIva_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << "12345678903" << true;
    QTest::newRow("wrong check digit") << "12345678901" << false;
    QTest::newRow("ten digits") << "1234567890" << false;
    QTest::newRow("letters") << "1234567890A" << false;
}

void TestCodiceFiscale::partitaIva()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isValidPartitaIva(text), valid);
    QCOMPARE(checkEmployerTaxCode(text).ok(), valid);
}

QTEST_APPLESS_MAIN(TestCodiceFiscale)
#include "tst_codicefiscale.moc"
