// The Italian catalogue is complete, current with the sources, and every
// translation keeps the placeholders of its source.

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
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value("type").toString();
                current.unfinished = type == "unfinished";
                current.obsolete = type == "obsolete" || type == "vanished";
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                    current.translations.append(xml.text().toString());
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

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
