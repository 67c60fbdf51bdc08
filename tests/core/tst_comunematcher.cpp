#include "core/reference/comunematcher.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace core;
using Kind = ComuneMatch::Kind;
Q_DECLARE_METATYPE(ComuneMatch::Kind)

class TestComuneMatcher : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void refusalsOfferSuggestions();
    void unknownComuneSuggestsTheClosest_data();
    void unknownComuneSuggestsTheClosest();
    void bothReadingsOfAnAbbreviationAreRefused();
    void normalisation_data();
    void normalisation();

private:
    testsupport::TestDatabase *m_database = nullptr;
    std::optional<ComuneMatcher> m_matcher;
};

void TestComuneMatcher::initTestCase()
{
    m_database = new testsupport::TestDatabase;
    QVERIFY(m_database->isValid());
    auto matcher = ComuneMatcher::load(m_database->db());
    QVERIFY(matcher.ok());
    m_matcher = *matcher;
}

void TestComuneMatcher::matches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("comuneId"); // 0 when no match

    // The four names of the published tutoring table.
    QTest::newRow("Cislino -> Cisliano") << "Cislino" << Kind::Corrected << 15078;
    QTest::newRow("Lacchierella -> Lacchiarella") << "Lacchierella" << Kind::Corrected << 15115;
    QTest::newRow("Limbiate (MB)") << "Limbiate (MB)" << Kind::Exact << 108027;
    QTest::newRow("Vellezzo Bellini (PV)") << "Vellezzo Bellini (PV)" << Kind::Exact << 18173;
    // As people type.
    QTest::newRow("exact") << "Milano" << Kind::Exact << 15146;
    QTest::newRow("case and spaces") << "  MILANO " << Kind::Exact << 15146;
    QTest::newRow("apostrophe missing") << "Cassina de Pecchi" << Kind::Exact << 15060;
    QTest::newRow("accent missing") << "Cantu (CO)" << Kind::Exact << 13041;
    QTest::newRow("S. abbreviation") << "S. Donato Milanese" << Kind::Exact << 15192;
    QTest::newRow("transposition") << "Pesciera Borromeo" << Kind::Corrected << 15171;
    QTest::newRow("two typos in a long name") << "San Giuliano Milanesse" << Kind::Corrected << 15195;
    QTest::newRow("former comune") << "Zelo Surrigone" << Kind::Exact << 15251;
    QTest::newRow("province in lower case") << "limbiate (mb)" << Kind::Exact << 108027;
    // Refusals: never guess.
    QTest::newRow("equally close to Cesate and Rosate") << "Cosate" << Kind::Ambiguous << 0;
    QTest::newRow("homonyms in two provinces") << "Livo" << Kind::Ambiguous << 0;
    QTest::newRow("homonym resolved by province") << "Livo (CO)" << Kind::Exact << 13130;
    QTest::newRow("wrong province") << "Limbiate (MI)" << Kind::NotFound << 0;
    QTest::newRow("equally close to Maranello and Missanello") << "Milanello" << Kind::Ambiguous << 0;
    QTest::newRow("too far") << "Qwertyville" << Kind::NotFound << 0;
    QTest::newRow("short names get no correction") << "Rhi" << Kind::NotFound << 0;
    QTest::newRow("empty") << "   " << Kind::NotFound << 0;
    QTest::newRow("several San Donato in Italy") << "San Donato" << Kind::Ambiguous << 0;
    // Two edits are another name, not a typo: refused, only suggested.
    QTest::newRow("Paperopoli is not Paternopoli") << "Paperopoli" << Kind::NotFound << 0;
    QTest::newRow("two typos are not corrected") << "Lacchierela" << Kind::NotFound << 0;
    // Abbreviations as people write them every day.
    QTest::newRow("s/N") << "Cernusco s/N" << Kind::Exact << 15070;
    QTest::newRow("S/N upper case") << "TREZZANO S/N" << Kind::Exact << 15220;
    QTest::newRow("sul N.") << "Cernusco sul N." << Kind::Exact << 15070;
    QTest::newRow("s.N.") << "Robecco s.N." << Kind::Exact << 15184;
    QTest::newRow("M.se: only Monzese exists") << "Cologno M.se" << Kind::Exact << 15081;
    QTest::newRow("M.se: only Milanese exists") << "San Donato M.se" << Kind::Exact << 15192;
    QTest::newRow("S. and M.se together") << "S. Donato M.se" << Kind::Exact << 15192;
    QTest::newRow("S. for Sant'") << "S. Angelo Lodigiano" << Kind::Exact << 98050;
    QTest::newRow("S.to") << "S.to Stefano Ticino" << Kind::Exact << 15200;
    QTest::newRow("S. for Santo") << "S. Stefano Ticino" << Kind::Exact << 15200;
    QTest::newRow("SS.") << "SS. Cosma e Damiano" << Kind::Exact << 59026;
    QTest::newRow("d' without apostrophe") << "Cassano d Adda" << Kind::Exact << 15059;
    QTest::newRow("d' without apostrophe nor space") << "Cassano dAdda" << Kind::Exact << 15059;
    QTest::newRow("province in brackets") << "Rho (MI)" << Kind::Exact << 15182;
    QTest::newRow("abbreviation and province") << "Cernusco s/N (MI)" << Kind::Exact << 15070;
    // What cannot be decided for sure is refused.
    QTest::newRow("d instead of sull'") << "Trezzo d Adda" << Kind::NotFound << 0;
    QTest::newRow("S. with many San Giorgio") << "S. Giorgio" << Kind::NotFound << 0;
    QTest::newRow("s/N of the wrong province") << "Cernusco s/N (BG)" << Kind::NotFound << 0;
}

void TestComuneMatcher::matches()
{
    QFETCH(QString, typed);
    QFETCH(Kind, kind);
    QFETCH(int, comuneId);
    const ComuneMatch m = m_matcher->match(typed);
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.isMatch() ? m.comune.comuneId : 0, comuneId);
}

void TestComuneMatcher::refusalsOfferSuggestions()
{
    const ComuneMatch wrongProvince = m_matcher->match(QStringLiteral("Limbiate (MI)"));
    QVERIFY(!wrongProvince.suggestions.isEmpty());
    QCOMPARE(wrongProvince.suggestions.first().label(), QStringLiteral("Limbiate (MB)"));

    const ComuneMatch prefix = m_matcher->match(QStringLiteral("San Donato"));
    QVERIFY(!prefix.suggestions.isEmpty());
    QCOMPARE(prefix.suggestions.first().name, QStringLiteral("San Donato Milanese"));

    const ComuneMatch tie = m_matcher->match(QStringLiteral("Cosate"));
    QStringList names;
    for (const ComuneCandidate &c : tie.suggestions)
        names.append(c.name);
    QVERIFY(names.contains(QStringLiteral("Cesate")));
    QVERIFY(names.contains(QStringLiteral("Rosate")));
}

void TestComuneMatcher::unknownComuneSuggestsTheClosest_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("Paperopoli") << "Paperopoli" << "Paternopoli (AV)";
    QTest::newRow("Trezzo d Adda") << "Trezzo d Adda" << "Trezzo sull'Adda (MI)";
    QTest::newRow("S. Giorgio") << "S. Giorgio" << "San Giorgio su Legnano (MI)";
}

void TestComuneMatcher::unknownComuneSuggestsTheClosest()
{
    QFETCH(QString, typed);
    QFETCH(QString, suggested);
    const ComuneMatch m = m_matcher->match(typed);
    QVERIFY(!m.isMatch());
    QStringList labels;
    for (const ComuneCandidate &c : m.suggestions)
        labels.append(c.label());
    QVERIFY2(labels.contains(suggested), qPrintable(labels.join(QStringLiteral(", "))));
}

void TestComuneMatcher::bothReadingsOfAnAbbreviationAreRefused()
{
    // No "X Milanese" and "X Monzese" both exist in Italy today: add one.
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QSqlQuery q(database.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO comune (id, istat_code, name, province, region) "
                                  "VALUES (999001, '999001', 'Cologno Milanese', 'MI', 'Lombardia')")));
    auto matcher = ComuneMatcher::load(database.db());
    QVERIFY(matcher.ok());
    const ComuneMatch m = matcher->match(QStringLiteral("Cologno M.se"));
    QCOMPARE(m.kind, Kind::Ambiguous);
    QStringList names;
    for (const ComuneCandidate &c : m.suggestions)
        names.append(c.name);
    names.sort();
    QCOMPARE(names, QStringList({ QStringLiteral("Cologno Milanese"), QStringLiteral("Cologno Monzese") }));
    // Written in full, each is itself.
    QCOMPARE(matcher->match(QStringLiteral("Cologno Monzese")).kind, Kind::Exact);
}

void TestComuneMatcher::normalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("apostrophe") << "Cassina de' Pecchi" << "cassina de pecchi";
    QTest::newRow("accents") << "Cantù" << "cantu";
    QTest::newRow("hyphen and spaces") << "  Cusano-Milanino " << "cusano milanino";
    QTest::newRow("saint") << "S.Giuliano Milanese" << "san giuliano milanese";
}

void TestComuneMatcher::normalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(ComuneMatcher::normalize(input), folded);
}

QTEST_GUILESS_MAIN(TestComuneMatcher)
#include "tst_comunematcher.moc"
