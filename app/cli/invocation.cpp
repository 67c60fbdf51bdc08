#include "invocation.h"

#include "clicommand.h"

#include <QCommandLineParser>

namespace {

// The global options of the part after the subcommand are read with the
// command's own options too, so that a value is never taken for an option
// (`report X --out --lang.pdf` writes to "--lang.pdf").
void addCommandOptions(QCommandLineParser &parser, const QString &command)
{
    const QList<CliCommand> commands = cliCommands();
    if (const CliCommand *c = findCliCommand(commands, command))
        parser.addOptions(c->options);
}

} // namespace

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation invocation;
    QCommandLineParser front; // the program's name and the global options before the subcommand
    front.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    front.addOptions(globalOptions());
    if (!front.parse(arguments)) {
        invocation.usageError = front.errorText();
        return invocation;
    }
    QStringList positional = front.positionalArguments();
    if (!positional.isEmpty()) {
        invocation.command = positional.takeFirst();
        invocation.commandArguments = positional;
    }

    // After the subcommand: a malformed part (unknown option, missing
    // value) is the command's usage error, reported by runCommandLine with
    // the command's usage; what could be read still counts here.
    QCommandLineParser back;
    back.addOptions(globalOptions());
    if (!invocation.command.isEmpty())
        addCommandOptions(back, invocation.command);
    (void)back.parse(QStringList{ arguments.value(0) } + invocation.commandArguments);
    const auto given = [&](const QString &name) { return front.isSet(name) || back.isSet(name); };
    // Every value of a global option, wherever given: one value, or the
    // same value twice, is fine; two different ones are refused.
    const auto single = [&](const QString &name, QString *value) {
        QStringList values;
        for (QString v : front.values(name) + back.values(name)) {
            if (name == QLatin1String("user"))
                v = v.trimmed();
            if (!values.contains(v))
                values.append(v);
        }
        if (values.size() > 1 && invocation.usageError.isEmpty())
            invocation.usageError = CliRun::tr("--%1 was given twice with different values (%2): give it once.")
                                        .arg(name, values.join(QStringLiteral(", ")));
        else if (values.size() == 1)
            *value = values.constFirst();
    };
    single(QStringLiteral("db"), &invocation.database);
    single(QStringLiteral("lang"), &invocation.language);
    single(QStringLiteral("user"), &invocation.user);
    single(QStringLiteral("log-level"), &invocation.logLevel);
    invocation.create = given(QStringLiteral("create"));
    invocation.help = given(QStringLiteral("help"));
    invocation.version = given(QStringLiteral("version"));
    if (!invocation.language.isEmpty() && invocation.language != QLatin1String("it")
        && invocation.language != QLatin1String("en")) {
        if (invocation.usageError.isEmpty())
            invocation.usageError = CliRun::tr("--lang takes it or en, not «%1».").arg(invocation.language);
        invocation.language.clear();
    }
    invocation.logLevel = invocation.logLevel.trimmed().toLower();
    if (!invocation.logLevel.isEmpty() && !logLevels().contains(invocation.logLevel)) {
        if (invocation.usageError.isEmpty())
            invocation.usageError = QStringLiteral("--log-level: %1").arg(logLevels().join(QLatin1Char('|')));
        invocation.logLevel.clear();
    }
    return invocation;
}

QStringList logLevels()
{
    return { QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical") };
}
