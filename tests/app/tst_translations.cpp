// The Italian catalogue is complete, current with the sources, and every
// translation keeps the placeholders of its source; every message with a
// count has its plural forms in both languages.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
    bool obsolete = false;
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{ context };
                current.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value("type").toString();
                current.unfinished = type == "unfinished";
                current.obsolete = type == "obsolete" || type == "vanished";
                // The text, or the first plural form when nothing separates
                // it from <translation> (ts_fill.py writes them so).
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                    current.translations.append(xml.text().toString());
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re("%(\\d+|L?n)"); // %Ln: the count written in the language
    QSet<QString> set;
    for (auto it = re.globalMatch(text); it.hasNext();)
        set.insert(it.next().captured(0));
    return set;
}

// What a count without plural forms looks like in an English source (the
// language of the code), so that "1 righe" or "1 error(s)" cannot come back:
// - a number placeholder (%1, %L2...) followed by a plural noun, perhaps
//   after one of a few adjectives: "%1 lines", "%2 new donor(s)", "%3
//   person-days", "%1 comuni". A plural noun is a word ending in "s" or in
//   "(s)", "(es)", "(ies)" (also one word further: "%1 component lot(s)"),
//   or one of the Italian plurals the English text
//   keeps (attestati, comuni); not a verb ("%1 has", "%2 appears") nor the
//   abbreviation "pcs" (a unit, like kg), listed below. Counts go through
//   tr(source, nullptr, n) with %n (or %Ln), pieces of a message with
//   several counts each with their own %n; the numbers a placeholder still
//   carries are not counts of a noun ("%1 of %2", "day %1", "%1 kg").
// - "(s)", "(es)" or "(ies)" right after a letter, in a message that is
//   not numerus: an English plural written for any count, which no
//   translation can make right.
// In a numerus message the %n noun is fine; another count in it is not.
const QStringList notPluralNouns { "as", "is", "was", "has", "does", "needs", "holds", "comes", "starts", "runs",
    "belongs", "counts", "says", "goes", "contains", "keeps", "takes", "gives", "makes", "lists", "differs", "chooses",
    "appears", "asks", "exceeds", "expires", "attends", "certifies", "falls", "press", "pcs", "writes", "wants", "reads" };

QStringList countsWithoutPlural(const QString &source, bool numerus)
{
    static const QRegularExpression countedNoun(
        "%L?\\d+\\s+(?:(?:new|more|active|past|consecutive|recorded|failed)\\s+)?"
        "([A-Za-z][A-Za-z-]*\\((?:s|es|ies)\\)|[A-Za-z][A-Za-z-]*s|attestati|comuni)(?![A-Za-z-])");
    // "(s)" one word further ("%1 component lot(s)"): no verb looks like that.
    static const QRegularExpression countedNounAfterAWord("%L?\\d+\\s+[a-z-]+\\s+[A-Za-z-]+\\((?:s|es|ies)\\)");
    static const QRegularExpression anyCount("[A-Za-z]\\((?:s|es|ies)\\)");
    QStringList found;
    for (auto it = countedNoun.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!notPluralNouns.contains(m.captured(1).toLower()))
            found.append(m.captured(0));
    }
    for (auto it = countedNounAfterAWord.globalMatch(source); it.hasNext();)
        found.append(it.next().captured(0));
    if (!numerus) {
        const QRegularExpressionMatch m = anyCount.match(source);
        if (m.hasMatch())
            found.append(m.captured(0));
    }
    found.removeDuplicates();
    return found;
}

const QString catalogue = QStringLiteral(CISIAMO_SOURCE_DIR "/translations/cisiamo_it.ts");
// English is the source language: its catalogue adds the singular and plural
// of every %n message, and copies the rest (ts_fill.py same).
const QString englishCatalogue = QStringLiteral(CISIAMO_SOURCE_DIR "/translations/cisiamo_en.ts");

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void placeholdersAreKept_data();
    void placeholdersAreKept();
    void catalogueIsCurrentWithTheSources();
    void countsHavePluralForms_data();
    void countsHavePluralForms();
    void countPatternIsRecognised_data();
    void countPatternIsRecognised();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("it") << catalogue;
    QTest::newRow("en") << englishCatalogue;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, path);
    const QList<Message> messages = readCatalogue(path);
    QVERIFY(messages.size() > 200);
    QStringList missing;
    for (const Message &m : messages) {
        bool empty = m.translations.isEmpty();
        for (const QString &t : m.translations)
            empty = empty || t.trimmed().isEmpty();
        if (m.unfinished || m.obsolete || empty)
            missing.append(m.context + ": " + m.source);
    }
    QVERIFY2(missing.isEmpty(), qPrintable("Untranslated:\n" + missing.mid(0, 30).join('\n')));
}

void TestTranslations::placeholdersAreKept_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::placeholdersAreKept()
{
    QFETCH(QString, path);
    QStringList wrong;
    for (const Message &m : readCatalogue(path)) {
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            QSet<QString> got = placeholders(t);
            // A singular form may spell out "one" instead of %n (or %Ln).
            const QString count = expected.contains("%Ln") ? QStringLiteral("%Ln") : QStringLiteral("%n");
            if (m.translations.size() > 1 && !got.contains(count))
                got.insert(count);
            if (got != expected)
                wrong.append(m.source + " -> " + t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable("Placeholders differ:\n" + wrong.join('\n')));
}

void TestTranslations::catalogueIsCurrentWithTheSources()
{
    // lupdate on a copy must find no string the catalogue lacks.
    QTemporaryDir dir;
    const QString copy = dir.filePath("cisiamo_it.ts");
    QVERIFY(QFile::copy(catalogue, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(LUPDATE_BINARY, { "-silent", "-no-obsolete", "-locations", "none",
                                    "@" TRANSLATION_SOURCES_FILE, "-ts", copy });
    QVERIFY(lupdate.waitForFinished(10 * 60 * 1000));
    QCOMPARE(lupdate.exitCode(), 0);
    QStringList added;
    for (const Message &m : readCatalogue(copy))
        if (m.unfinished)
            added.append(m.context + ": " + m.source);
    QVERIFY2(added.isEmpty(), qPrintable("Strings missing from translations/cisiamo_it.ts "
                                         "(run the update_translations target and translate them):\n"
                                         + added.mid(0, 30).join('\n')));
}

void TestTranslations::countsHavePluralForms_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::countsHavePluralForms()
{
    QFETCH(QString, path);
    QStringList wrong;
    int numerus = 0;
    for (const Message &m : readCatalogue(path)) {
        if (m.obsolete)
            continue;
        // Both languages have two forms: one, and any other number.
        const bool isNumerus = m.numerus;
        if (isNumerus) {
            ++numerus;
            bool empty = m.translations.size() != 2 || m.unfinished;
            for (const QString &t : m.translations)
                empty = empty || t.trimmed().isEmpty();
            if (empty)
                wrong.append(m.context + ": plural forms missing: " + m.source);
        }
        const QStringList counts = countsWithoutPlural(m.source, isNumerus);
        if (!counts.isEmpty())
            wrong.append(m.context + ": a count without plural forms (" + counts.join(", ") + "): " + m.source);
    }
    QVERIFY(numerus > 100);
    QVERIFY2(wrong.isEmpty(), qPrintable(QString::number(wrong.size()) + " messages:\n" + wrong.join('\n')));
}

// The rule itself, so that it cannot silently match nothing.
void TestTranslations::countPatternIsRecognised_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("(s) after a number") << "%1 line(s) in %2 receipt(s)" << false << true;
    QTest::newRow("plain plural") << "%1 lines read: %2 volunteers added" << false << true;
    QTest::newRow("adjective") << "%4 new donor(s)" << false << true;
    QTest::newRow("another adjective") << "only after %3 failed attempts" << false << true;
    QTest::newRow("hyphenated") << "Total: %1 person-days" << false << true;
    QTest::newRow("Italian plural") << "Open data of %1 comuni" << false << true;
    QTest::newRow("localised placeholder") << "%L1 files" << false << true;
    QTest::newRow("(s) elsewhere") << "the file lacks the column(s): %1" << false << true;
    QTest::newRow("(ies)") << "Recorded past delivery(ies)" << false << true;
    QTest::newRow("second count in a numerus") << "%n problem(s) in %1 record(s)" << true << true;
    QTest::newRow("second count after a word") << "%Ln kit(s) from %1 component lot(s)." << true << true;
    QTest::newRow("numerus") << "%n error(s): nothing was imported." << true << false;
    QTest::newRow("localised numerus") << "%Ln lesson(s) today" << true << false;
    QTest::newRow("verb") << "Workstation %1 has applied the changes" << false << false;
    QTest::newRow("not a count") << "%1 of %2" << false << false;
    QTest::newRow("pieces") << "Dry run: %1 in %2, %3 kg, %4." << false << false;
    QTest::newRow("unit") << "%1 pcs" << false << false;
}

void TestTranslations::countPatternIsRecognised()
{
    QFETCH(QString, source);
    QFETCH(bool, numerus);
    QFETCH(bool, flagged);
    QCOMPARE(!countsWithoutPlural(source, numerus).isEmpty(), flagged);
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
