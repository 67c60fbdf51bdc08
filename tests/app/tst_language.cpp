// Which language the program speaks (--lang, else the saved setting, else
// the system locale), and the global options of the command line wherever
// they are given. The same through the real binary: tst_cli.

#include "appsettings.h"
#include "cli/clicommand.h"
#include "cli/invocation.h"
#include "translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void languageOfSystem_data();
    void languageOfSystem();
    void chooseLanguage_data();
    void chooseLanguage();
    void savedLanguage_data();
    void savedLanguage();
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void globalOptionGivenTwice_data();
    void globalOptionGivenTwice();
    void noCommandOptionShadowsAGlobalOne();
};

void TestLanguage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CCV-MI"));
    QCoreApplication::setApplicationName(QStringLiteral("cisiamo-tst-language"));
}

void TestLanguage::languageOfSystem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Italy") << "it_IT" << "it";
    QTest::newRow("Italian Switzerland") << "it_CH" << "it";
    QTest::newRow("United Kingdom") << "en_GB" << "en";
    QTest::newRow("United States") << "en_US" << "en";
    QTest::newRow("Ireland") << "en_IE" << "en";
    QTest::newRow("German: Italian") << "de_DE" << "it";
    QTest::newRow("French: Italian") << "fr_FR" << "it";
    QTest::newRow("Romanian: Italian") << "ro_RO" << "it";
    QTest::newRow("Arabic: Italian") << "ar_EG" << "it";
    QTest::newRow("C: Italian") << "C" << "it";
}

void TestLanguage::languageOfSystem()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(::languageOfSystem(QLocale(locale)), expected);
}

void TestLanguage::chooseLanguage_data()
{
    QTest::addColumn<QString>("fromCommandLine");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing: the system, English") << "" << "" << "en_GB" << "en";
    QTest::newRow("nothing: the system, Italian") << "" << "" << "it_IT" << "it";
    QTest::newRow("nothing: the system, other") << "" << "" << "de_DE" << "it";
    QTest::newRow("saved beats the system") << "" << "it" << "en_US" << "it";
    QTest::newRow("saved English on an Italian system") << "" << "en" << "it_IT" << "en";
    QTest::newRow("--lang beats the saved one") << "en" << "it" << "it_IT" << "en";
    QTest::newRow("--lang beats the system") << "it" << "" << "en_US" << "it";
}

void TestLanguage::chooseLanguage()
{
    QFETCH(QString, fromCommandLine);
    QFETCH(QString, saved);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(::chooseLanguage(fromCommandLine, saved, QLocale(system)), expected);
}

void TestLanguage::savedLanguage_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QVariant() << "";
    QTest::newRow("it") << QVariant("it") << "it";
    QTest::newRow("en") << QVariant("en") << "en";
    QTest::newRow("unknown: none") << QVariant("de") << "";
}

void TestLanguage::savedLanguage()
{
    QFETCH(QVariant, stored);
    QFETCH(QString, expected);
    QSettings settings;
    if (stored.isValid())
        settings.setValue("ui/language", stored);
    else
        settings.remove("ui/language");
    settings.sync();
    QCOMPARE(AppSettings::savedLanguage(), expected);
    if (!expected.isEmpty())
        QCOMPARE(AppSettings::language(), expected);
    settings.remove("ui/language");
}

void TestLanguage::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("commandArguments");
    const QStringList rest{ "report", "comuni", "--format", "csv" };
    const QStringList globals{ "--lang", "en", "--db", "x.sqlite", "--user", "anna", "--create" };
    QTest::newRow("before") << QStringList{ "cisiamo" } + globals + rest << "report" << rest.mid(1);
    QTest::newRow("after") << QStringList{ "cisiamo" } + rest + globals << "report" << rest.mid(1) + globals;
    QTest::newRow("between the arguments")
        << QStringList{ "cisiamo", "report", "--lang", "en", "comuni", "--db", "x.sqlite", "--format", "csv",
                        "--create", "--user", "anna" }
        << "report"
        << QStringList{ "--lang", "en", "comuni", "--db", "x.sqlite", "--format", "csv", "--create", "--user", "anna" };
    QTest::newRow("some before, some after")
        << QStringList{ "cisiamo", "--db", "x.sqlite", "--create", "report", "comuni", "--format", "csv", "--lang=en",
                        "--user", " anna " }
        << "report" << QStringList{ "comuni", "--format", "csv", "--lang=en", "--user", " anna " };
    QTest::newRow("short -d after") << QStringList{ "cisiamo", "--lang", "en", "--create", "--user", "anna", "report",
                                                    "comuni", "-d", "x.sqlite", "--format", "csv" }
                                    << "report" << QStringList{ "comuni", "-d", "x.sqlite", "--format", "csv" };
    QTest::newRow("the same value twice") << QStringList{ "cisiamo", "--lang", "en", "--db", "x.sqlite", "--create",
                                                          "--user", "anna", "report", "comuni", "--lang", "en",
                                                          "--db", "x.sqlite", "--format", "csv" }
                                          << "report"
                                          << QStringList{ "comuni", "--lang", "en", "--db", "x.sqlite", "--format", "csv" };
}

void TestLanguage::globalOptionsAnywhere()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    QFETCH(QStringList, commandArguments);
    const Invocation invocation = parseInvocation(arguments);
    QVERIFY2(invocation.usageError.isEmpty(), qPrintable(invocation.usageError));
    QCOMPARE(invocation.command, command);
    QCOMPARE(invocation.commandArguments, commandArguments);
    QCOMPARE(invocation.language, QStringLiteral("en"));
    QCOMPARE(invocation.database, QStringLiteral("x.sqlite"));
    QCOMPARE(invocation.user, QStringLiteral("anna"));
    QVERIFY(invocation.create);
    QVERIFY(!invocation.help);
}

void TestLanguage::globalOptionGivenTwice_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::newRow("--lang before and after") << QStringList{ "cisiamo", "--lang", "en", "check", "--lang", "it" } << "--lang";
    QTest::newRow("--lang twice before") << QStringList{ "cisiamo", "--lang", "en", "--lang", "it", "check" } << "--lang";
    QTest::newRow("--db before and after") << QStringList{ "cisiamo", "--db", "a.sqlite", "check", "--db", "b.sqlite" }
                                           << "--db";
    QTest::newRow("--db and -d") << QStringList{ "cisiamo", "-d", "a.sqlite", "check", "--db", "b.sqlite" } << "--db";
    QTest::newRow("--user twice after") << QStringList{ "cisiamo", "check", "--user", "anna", "--user", "bruno" }
                                        << "--user";
}

void TestLanguage::globalOptionGivenTwice()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    const Invocation invocation = parseInvocation(arguments);
    QVERIFY2(invocation.usageError.startsWith(option + " "), qPrintable(invocation.usageError));
    QVERIFY(invocation.isHeadless());
}

// A command option named like a global one would be taken for the global
// one (or refused by QCommandLineParser): each name means one thing.
void TestLanguage::noCommandOptionShadowsAGlobalOne()
{
    QStringList globalNames;
    for (const QCommandLineOption &o : globalOptions())
        globalNames += o.names();
    QVERIFY(globalNames.contains("lang"));
    const QList<CliCommand> commands = cliCommands();
    QVERIFY(commands.size() > 10);
    QStringList clashes;
    for (const CliCommand &c : commands)
        for (const QCommandLineOption &o : c.options)
            for (const QString &name : o.names())
                if (globalNames.contains(name))
                    clashes.append(c.name + " --" + name);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(", ")));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
