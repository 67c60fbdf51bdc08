#include "core/domain/errorlogtext.h"

#include <QStringList>

namespace core {

namespace {

bool technicalArguments(const QString &code)
{
    static const QStringList areas = { QStringLiteral("db."), QStringLiteral("sync."), QStringLiteral("backup."),
        QStringLiteral("file."), QStringLiteral("report."), QStringLiteral("geojson."), QStringLiteral("reference."),
        QStringLiteral("command."), QStringLiteral("csv.") };
    for (const QString &area : areas)
        if (code.startsWith(area))
            return true;
    return false;
}

QString oneLine(QString text)
{
    text = text.simplified();
    return text.size() > 200 ? text.left(199) + QChar(0x2026) : text;
}

} // namespace

QString errorLogText(const Error &error)
{
    QString text = error.code.isEmpty() ? QStringLiteral("(no code)") : error.code;
    if (!error.args.isEmpty()) {
        if (technicalArguments(error.code)) {
            QStringList args;
            for (const QString &a : error.args)
                args.append(oneLine(a));
            text += QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
        } else {
            text += error.args.size() == 1 ? QStringLiteral("(1 argument)")
                                           : QStringLiteral("(%1 arguments)").arg(error.args.size());
        }
    }
    if (!error.where.isEmpty()) {
        text += QStringLiteral(" at ") + oneLine(error.where.file);
        if (error.where.line > 0)
            text += QLatin1Char(':') + QString::number(error.where.line);
        if (!error.where.field.isEmpty())
            text += QLatin1Char(' ') + oneLine(error.where.field);
    }
    return text;
}

} // namespace core
