#include "core/auth/audittext.h"

#include "core/auth/auditlog.h"
#include "core/auth/permissions.h"
#include "core/auth/roles.h"
#include "core/db/sql.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace core {

namespace {

struct CommandEntry {
    AuditText::Title title;
    QString table;
};

struct Registry {
    QMutex mutex;
    QHash<QString, AuditText::Title> tableTitles;
    QHash<QString, AuditText::RowName> rowNames;
    QHash<QString, CommandEntry> commands;
    std::function<QString(const QString &)> errorText;
    std::function<QString(const QSqlDatabase &, const QString &)> personName;
};

Registry &registry()
{
    static Registry r;
    return r;
}

// Ids are allocated with the workstation in the high bits (idallocator.h).
constexpr int workstationShift = 40;

bool isRowId(const QString &token, qint64 *id)
{
    bool ok = false;
    const qint64 value = token.toLongLong(&ok);
    if (!ok || value < (qint64(1) << workstationShift))
        return false;
    *id = value;
    return true;
}

// The tables that words of command details name ("receipt 123", "lot 456").
QString tableOfWord(const QString &word)
{
    static const QHash<QString, QString> tables {
        { QStringLiteral("receipt"), QStringLiteral("stock_receipt") },
        { QStringLiteral("count"), QStringLiteral("stock_count") },
        { QStringLiteral("movement"), QStringLiteral("stock_movement") },
        { QStringLiteral("lot"), QStringLiteral("stock_lot") },
        { QStringLiteral("kit"), QStringLiteral("stock_item") },
        { QStringLiteral("event"), QStringLiteral("activation_event") },
        { QStringLiteral("batch"), QStringLiteral("attestato_batch") },
        { QStringLiteral("attempt"), QStringLiteral("listening_attempt") },
        { QStringLiteral("escalation"), QStringLiteral("listening_escalation") },
        { QStringLiteral("psychologist"), QStringLiteral("listening_staff") },
    };
    return tables.value(word);
}

} // namespace

void AuditText::setTableTitle(const QString &table, Title title)
{
    QMutexLocker lock(&registry().mutex);
    registry().tableTitles.insert(table, std::move(title));
}

void AuditText::setRowName(const QString &table, RowName name)
{
    QMutexLocker lock(&registry().mutex);
    registry().rowNames.insert(table, std::move(name));
}

void AuditText::setRowQuery(const QString &table, const QString &sql, Title pattern)
{
    setRowName(table, [sql, pattern](const QSqlDatabase &db, qint64 id) -> QString {
        auto q = runQuery(db, sql, { id });
        if (!q || !q->next())
            return {}; // gone, or a table of a newer version: the caller says the id
        QString text = pattern();
        for (int i = 0; i < q->record().count(); ++i)
            text = text.arg(q->value(i).toString());
        return text;
    });
}

void AuditText::setCommand(const QString &code, Title title, const QString &table)
{
    QMutexLocker lock(&registry().mutex);
    registry().commands.insert(code, { std::move(title), table });
}

void AuditText::setPersonName(std::function<QString(const QSqlDatabase &, const QString &)> name)
{
    QMutexLocker lock(&registry().mutex);
    registry().personName = std::move(name);
}

void AuditText::setErrorText(std::function<QString(const QString &)> describe)
{
    QMutexLocker lock(&registry().mutex);
    registry().errorText = std::move(describe);
}

QString AuditText::tableTitle(const QString &table)
{
    Title title;
    {
        QMutexLocker lock(&registry().mutex);
        title = registry().tableTitles.value(table);
    }
    if (title)
        return title();
    QString readable = table;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    return readable;
}

QString AuditText::shortId(qint64 id)
{
    const qint64 counter = id & ((qint64(1) << workstationShift) - 1);
    const qint64 workstation = id >> workstationShift;
    if (workstation == 0)
        return tr("no. %1").arg(counter);
    return tr("no. %1 of workstation %2").arg(counter).arg(workstation);
}

QString AuditText::rowName(const QSqlDatabase &db, const QString &table, qint64 id)
{
    RowName name;
    {
        QMutexLocker lock(&registry().mutex);
        name = registry().rowNames.value(table);
    }
    if (name) {
        const QString text = name(db, id);
        if (!text.isEmpty())
            return text;
    }
    return shortId(id);
}

QString AuditText::commandTitle(const QString &code)
{
    Title title;
    {
        QMutexLocker lock(&registry().mutex);
        title = registry().commands.value(code).title;
    }
    if (title)
        return title();
    // Unknown (a newer workstation's command): its code, with spaces.
    QString readable = code;
    readable.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    return tr("Action «%1»").arg(readable);
}

namespace {

// The English words command details use for counts and states.
QString wordText(const QString &word)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("lines"), QT_TRANSLATE_NOOP("core::AuditText", "lines") },
        { QStringLiteral("requests"), QT_TRANSLATE_NOOP("core::AuditText", "requests") },
        { QStringLiteral("deliveries"), QT_TRANSLATE_NOOP("core::AuditText", "deliveries") },
        { QStringLiteral("receipts"), QT_TRANSLATE_NOOP("core::AuditText", "receipts") },
        { QStringLiteral("components"), QT_TRANSLATE_NOOP("core::AuditText", "components") },
        { QStringLiteral("adjustments"), QT_TRANSLATE_NOOP("core::AuditText", "adjustments") },
        { QStringLiteral("days"), QT_TRANSLATE_NOOP("core::AuditText", "days") },
        { QStringLiteral("quantity"), QT_TRANSLATE_NOOP("core::AuditText", "quantity") },
        { QStringLiteral("kits"), QT_TRANSLATE_NOOP("core::AuditText", "kits") },
        { QStringLiteral("hours"), QT_TRANSLATE_NOOP("core::AuditText", "hours") },
        { QStringLiteral("issued"), QT_TRANSLATE_NOOP("core::AuditText", "issued") },
        { QStringLiteral("added"), QT_TRANSLATE_NOOP("core::AuditText", "added") },
        { QStringLiteral("updated"), QT_TRANSLATE_NOOP("core::AuditText", "updated") },
        { QStringLiteral("completed"), QT_TRANSLATE_NOOP("core::AuditText", "completed") },
        { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("core::AuditText", "cancelled") },
        { QStringLiteral("failed"), QT_TRANSLATE_NOOP("core::AuditText", "failed") },
        { QStringLiteral("given"), QT_TRANSLATE_NOOP("core::AuditText", "given") },
        { QStringLiteral("absent"), QT_TRANSLATE_NOOP("core::AuditText", "absent") },
        { QStringLiteral("restored"), QT_TRANSLATE_NOOP("core::AuditText", "restored") },
        { QStringLiteral("as"), QT_TRANSLATE_NOOP("core::AuditText", "as") },
        { QStringLiteral("already"), QT_TRANSLATE_NOOP("core::AuditText", "already") },
        { QStringLiteral("held"), QT_TRANSLATE_NOOP("core::AuditText", "held") },
        { QStringLiteral("room"), QT_TRANSLATE_NOOP("core::AuditText", "room") },
        { QStringLiteral("created"), QT_TRANSLATE_NOOP("core::AuditText", "created") },
        { QStringLiteral("joined"), QT_TRANSLATE_NOOP("core::AuditText", "joined") },
        { QStringLiteral("workstation"), QT_TRANSLATE_NOOP("core::AuditText", "workstation") },
        { QStringLiteral("removed"), QT_TRANSLATE_NOOP("core::AuditText", "removed") },
        { QStringLiteral("operation"), QT_TRANSLATE_NOOP("core::AuditText", "operation") },
        { QStringLiteral("by"), QT_TRANSLATE_NOOP("core::AuditText", "by") },
        { QStringLiteral("invitation"), QT_TRANSLATE_NOOP("core::AuditText", "invitation") },
        { QStringLiteral("of"), QT_TRANSLATE_NOOP("core::AuditText", "of") },
        { QStringLiteral("written"), QT_TRANSLATE_NOOP("core::AuditText", "written") },
        { QStringLiteral("members"), QT_TRANSLATE_NOOP("core::AuditText", "members") },
    };
    const auto it = words.constFind(word);
    return it == words.cend() ? word : QCoreApplication::translate("core::AuditText", it.value());
}

// The rest of a command's detail: ids become names (of the command's own
// table for the first bare id, of the table a word names otherwise),
// "key=value" becomes "value key", known words are translated.
QString commandRest(const QSqlDatabase &db, const QString &table, const QString &rest)
{
    static const QRegularExpression split(QStringLiteral("([\\s,;:()]+)"));
    QString pendingTable; // the table the previous word named
    bool firstId = true;
    qsizetype at = 0;
    QString text;
    auto it = split.globalMatch(rest);
    QList<QPair<QString, QString>> tokens; // word, separator after it
    while (true) {
        const bool more = it.hasNext();
        const auto m = more ? it.next() : QRegularExpressionMatch();
        const qsizetype end = more ? m.capturedStart() : rest.size();
        tokens.append({ rest.mid(at, end - at), more ? m.captured() : QString() });
        if (!more)
            break;
        at = m.capturedEnd();
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString word = tokens.at(i).first;
        const QString separator = tokens.at(i).second;
        qint64 id = 0;
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (isRowId(word, &id)) {
            const QString of = !pendingTable.isEmpty() ? pendingTable : firstId ? table : QString();
            text += of.isEmpty() ? AuditText::shortId(id) : AuditText::rowName(db, of, id);
            firstId = false;
            pendingTable.clear();
        } else if (eq > 0) {
            text += word.mid(eq + 1) + QLatin1Char(' ') + wordText(word.left(eq));
        } else if (!tableOfWord(word).isEmpty() && i + 1 < tokens.size()
            && isRowId(tokens.at(i + 1).first, &id)) {
            pendingTable = tableOfWord(word); // the name that follows says what it is
            continue;
        } else {
            text += wordText(word);
        }
        text += separator;
    }
    return text.trimmed();
}

// "coord" -> "Carlo Coordinatore (coord)"; the user name alone when unknown.
QString personOf(const QSqlDatabase &db, const QString &username)
{
    std::function<QString(const QSqlDatabase &, const QString &)> name;
    {
        QMutexLocker lock(&registry().mutex);
        name = registry().personName;
    }
    const QString person = name ? name(db, username) : QString();
    return person.isEmpty() ? username : AuditText::tr("%1 (%2)").arg(person, username);
}

QString roleTitle(const QString &code)
{
    const auto role = roleFromCode(code);
    return role ? RoleText::title(*role) : code;
}

// "role operator -> coordinator; deactivated; name"
QString accountChanges(const QString &detail)
{
    QStringList parts;
    for (const QString &change : detail.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        static const QRegularExpression role(QStringLiteral("^role (\\S+) -> (\\S+)$"));
        const auto m = role.match(change);
        if (m.hasMatch())
            parts.append(AuditText::tr("role: %1 → %2").arg(roleTitle(m.captured(1)), roleTitle(m.captured(2))));
        else if (change == QLatin1String("reactivated"))
            parts.append(AuditText::tr("reactivated"));
        else if (change == QLatin1String("deactivated"))
            parts.append(AuditText::tr("deactivated"));
        else if (change == QLatin1String("name"))
            parts.append(AuditText::tr("name changed"));
        else
            parts.append(change);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString AuditText::eventDetail(
    const QSqlDatabase &db, const QString &kind, const QString &permission, const QString &detail)
{
    const QString d = detail.trimmed();
    static const QRegularExpression byUser(QStringLiteral("^(on purpose )?by (.*)$"));
    if (kind == QLatin1String("command") || kind == QLatin1String("command_undone")) {
        const qsizetype space = d.indexOf(QLatin1Char(' '));
        const QString code = space < 0 ? d : d.left(space);
        if (code.isEmpty())
            return {};
        if (code == QLatin1String("restore.counters"))
            return tr("Counters moved past the exported numbers after a restore");
        QString table;
        {
            QMutexLocker lock(&registry().mutex);
            table = registry().commands.value(code).table;
        }
        const QString rest = space < 0 ? QString() : commandRest(db, table, d.mid(space + 1));
        const QString title = commandTitle(code);
        return rest.isEmpty() ? title : tr("%1: %2").arg(title, rest);
    }
    if (kind == QLatin1String("sign_in_failed")) {
        if (d == QLatin1String("unknown user"))
            return tr("unknown user name");
        if (d == QLatin1String("wrong password"))
            return tr("wrong password");
        if (d == QLatin1String("inactive account"))
            return tr("account deactivated");
        if (d == QLatin1String("throttled"))
            return tr("too many attempts: wait before trying again");
        if (d == QLatin1String("wrong password (change password)"))
            return tr("wrong password while changing it");
    }
    if (kind == QLatin1String("sign_out") && d == QLatin1String("shift change"))
        return tr("shift change");
    if (kind == QLatin1String("account_created")) {
        if (d == QLatin1String("first administrator"))
            return tr("first administrator of the database");
        if (roleFromCode(d))
            return tr("role: %1").arg(roleTitle(d));
    }
    if (kind == QLatin1String("account_changed"))
        return accountChanges(d);
    if (kind == QLatin1String("vault_created"))
        return tr("key for: %1").arg(PermissionText::title(d.isEmpty() ? permission : d));
    if (kind == QLatin1String("key_granted") || kind == QLatin1String("key_revoked")
        || kind == QLatin1String("lockout_cleared")) {
        if (d == QLatin1String("new data key"))
            return tr("new key for protected data");
        if (d == QLatin1String("no longer entitled"))
            return tr("the role no longer reads protected data");
        const auto m = byUser.match(d);
        if (m.hasMatch())
            return m.captured(1).isEmpty() ? tr("by %1").arg(personOf(db, m.captured(2)))
                                           : tr("given on purpose by %1").arg(personOf(db, m.captured(2)));
    }
    if (kind == QLatin1String("denied")) {
        static const QRegularExpression syncFile(QStringLiteral("^sync file refused (.+): ([a-z_.]+)$"));
        static const QRegularExpression commandLine(QStringLiteral("^command line (\\S+): not signed in$"));
        static const QRegularExpression leftOut(QStringLiteral("^report (\\S+): caller names left out$"));
        if (auto m = syncFile.match(d); m.hasMatch()) {
            std::function<QString(const QString &)> describe;
            {
                QMutexLocker lock(&registry().mutex);
                describe = registry().errorText;
            }
            return tr("sync file %1 refused: %2").arg(m.captured(1), describe ? describe(m.captured(2)) : m.captured(2));
        }
        if (auto m = commandLine.match(d); m.hasMatch())
            return tr("command line «%1» without signing in").arg(m.captured(1));
        if (auto m = leftOut.match(d); m.hasMatch())
            return tr("report «%1» printed without the callers' names").arg(m.captured(1));
        if (d == QLatin1String("not signed in"))
            return tr("nobody signed in");
        // "<role>", "<command code> <role>" or "<command code> not signed in"
        const QString notSignedIn = QStringLiteral(" not signed in");
        if (d.endsWith(notSignedIn))
            return tr("%1 (nobody signed in)").arg(commandTitle(d.left(d.size() - notSignedIn.size())));
        const qsizetype space = d.lastIndexOf(QLatin1Char(' '));
        const QString role = space < 0 ? d : d.mid(space + 1);
        if (roleFromCode(role)) {
            const QString who = tr("role: %1").arg(roleTitle(role));
            return space < 0 ? who : tr("%1 (%2)").arg(commandTitle(d.left(space)), who);
        }
    }
    return d; // an entry this version does not know: as written
}

} // namespace core
