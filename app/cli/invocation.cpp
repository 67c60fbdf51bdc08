#include "invocation.h"

#include "clicommand.h"

#include <QCommandLineParser>

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation invocation;
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(globalOptions());
    if (!parser.parse(arguments)) {
        invocation.usageError = parser.errorText();
        return invocation;
    }
    invocation.create = parser.isSet(QStringLiteral("create"));
    invocation.help = parser.isSet(QStringLiteral("help"));
    invocation.version = parser.isSet(QStringLiteral("version"));
    invocation.database = parser.value(QStringLiteral("db"));
    invocation.language = parser.value(QStringLiteral("lang"));
    invocation.user = parser.value(QStringLiteral("user")).trimmed();
    if (!invocation.language.isEmpty() && invocation.language != QLatin1String("it")
        && invocation.language != QLatin1String("en")) {
        invocation.usageError = QStringLiteral("--lang: it|en");
        return invocation;
    }
    invocation.logLevel = parser.value(QStringLiteral("log-level")).trimmed().toLower();
    if (!invocation.logLevel.isEmpty() && !logLevels().contains(invocation.logLevel)) {
        invocation.usageError = QStringLiteral("--log-level: %1").arg(logLevels().join(QLatin1Char('|')));
        return invocation;
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        invocation.command = positional.takeFirst();
        invocation.commandArguments = positional;
    }
    return invocation;
}

QStringList logLevels()
{
    return { QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical") };
}
