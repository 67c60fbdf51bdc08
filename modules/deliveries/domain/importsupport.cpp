#include "deliveries/domain/importsupport.h"

#include "core/domain/importlimits.h"

#include "core/db/sql.h"

#include <QFile>
#include <QLocale>

#include <algorithm>

namespace deliveries {

core::Result<QByteArray> readImportFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error(QStringLiteral("file.cannot_read"), { path, file.errorString() }, { path, 0, {} });
    return file.readAll();
}

using core::Error;

core::Status ImportContext::load(const QSqlDatabase &db)
{
    auto matcher = core::ComuneMatcher::load(db);
    if (!matcher)
        return matcher.error();
    m_matcher = *matcher;
    auto categories = core::runQuery(db, QStringLiteral("SELECT id, code, name, kind FROM goods_category"));
    if (!categories)
        return categories.error();
    while (categories->next()) {
        m_categories.add(
            categories->value(2).toString(), categories->value(0).toLongLong(), categories->value(1).toString());
        m_categoryKinds.insert(categories->value(0).toLongLong(), categories->value(3).toString());
    }
    auto items = core::runQuery(db,
        QStringLiteral(
            "SELECT id, code, name, unit, coalesce(grams_per_piece, 0), category_id FROM stock_item WHERE active = 1"));
    if (!items)
        return items.error();
    while (items->next()) {
        const qint64 id = items->value(0).toLongLong();
        m_items.add(items->value(2).toString(), id, items->value(1).toString());
        m_itemUnits.insert(id, items->value(3).toString());
        m_itemGrams.insert(id, items->value(4).toLongLong());
        m_itemCategories.insert(id, items->value(5).toInt());
    }
    auto recipients = core::runQuery(db,
        QStringLiteral("SELECT r.id, r.name, r.kind, r.comune_id, c.name FROM delivery_recipient r JOIN comune c ON "
                       "c.id = r.comune_id WHERE r.active = 1"));
    if (!recipients)
        return recipients.error();
    while (recipients->next()) {
        const qint64 id = recipients->value(0).toLongLong();
        m_recipients.add(recipients->value(1).toString(), id);
        if (recipients->value(2).toString() == QLatin1String("coc")) {
            m_cocs.insert(recipients->value(3).toInt(), id);
            m_comuneNames.insert(recipients->value(3).toInt(), recipients->value(4).toString());
        }
    }
    return {};
}

int ImportContext::resolveComune(
    const QString &text, const core::ErrorLocation &where, QList<ImportProblem> &problems) const
{
    if (!m_matcher)
        return 0;
    const core::ComuneMatch match = m_matcher->match(text);
    QStringList names;
    for (const core::ComuneCandidate &c : match.suggestions)
        names.append(c.metropolitan ? c.name : c.label());
    switch (match.kind) {
    case core::ComuneMatch::Kind::Exact:
        return match.comune.comuneId;
    case core::ComuneMatch::Kind::Corrected:
        problems.append({ Error(QStringLiteral("deliveries.import_comune_corrected"),
                              { text, match.comune.metropolitan ? match.comune.name : match.comune.label() }, where),
            true });
        return match.comune.comuneId;
    case core::ComuneMatch::Kind::Ambiguous:
        problems.append({ Error(
            QStringLiteral("deliveries.import_comune_ambiguous"), { text, names.join(QStringLiteral(", ")) }, where) });
        return 0;
    case core::ComuneMatch::Kind::NotFound:
        break;
    }
    problems.append({ Error(
        QStringLiteral("deliveries.import_comune_unknown"), { text, names.join(QStringLiteral(", ")) }, where) });
    return 0;
}

void ImportColumns::locate(const core::CsvTable &table, const QList<ImportColumn> &columns, const QString &file,
    QList<ImportProblem> &problems)
{
    m_header = table.header;
    for (const ImportColumn &c : columns) {
        const int index = table.column(c.aliases);
        m_index.insert(QLatin1String(c.key), index);
        if (index < 0 && c.required)
            problems.append({ Error(QStringLiteral("deliveries.import_missing_column"),
                { c.aliases.value(0), c.aliases.value(1) }, { file, 1, {} }) });
    }
    // Texts longer than their column allows: codes, dates and numbers 50,
    // notes 2000, names (recipients, items, comuni, drivers...) 200.
    static const QStringList codes{ QStringLiteral("date"), QStringLiteral("quantity"), QStringLiteral("unit"),
        QStringLiteral("needed"), QStringLiteral("booking"), QStringLiteral("number"), QStringLiteral("kg"),
        QStringLiteral("packages") };
    QHash<int, core::TextKind> kinds;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        if (it.value() >= 0)
            kinds.insert(it.value(),
                it.key() == QLatin1String("notes") ? core::TextKind::Text
                    : codes.contains(it.key())     ? core::TextKind::Code
                                                   : core::TextKind::Name);
    for (const Error &e : core::overlongFields(table, file, kinds))
        problems.append({ e });
}

QString ImportColumns::field(const core::CsvRecord &record, const char *key) const
{
    const int i = m_index.value(QLatin1String(key), -1);
    return i >= 0 ? record.fields.value(i).trimmed() : QString();
}

QString ImportColumns::header(const char *key) const
{
    const int i = m_index.value(QLatin1String(key), -1);
    return i >= 0 ? m_header.value(i) : QString();
}

bool parseQuantity(const QString &text, double scale, double *value, const core::ErrorLocation &where,
    QList<ImportProblem> &problems)
{
    if (!parseItalianNumber(text, value)) {
        problems.append({ Error(QStringLiteral("deliveries.import_bad_number"), { text }, where) });
        return false;
    }
    if (!core::fitsImportQuantity(*value, scale)) {
        problems.append({ Error(QStringLiteral("import.value_out_of_range"),
            { text, QString::number(core::maxImportQuantity / qint64(scale)) }, where) });
        return false;
    }
    return true;
}

bool parseItalianNumber(const QString &text, double *value)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    if (t.isEmpty())
        return false;
    bool ok = false;
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    *value = italian.toDouble(t, &ok);
    if (!ok && !t.contains(QLatin1Char(','))) // "12.5" written the English way
        *value = QLocale::c().toDouble(t, &ok);
    return ok;
}

} // namespace deliveries
