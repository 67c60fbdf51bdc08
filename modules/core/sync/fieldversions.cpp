#include "core/sync/fieldversions.h"

#include <QMap>

#include <algorithm>

namespace core::sync {

namespace {

QString versionText(const RowVersion &v)
{
    return QString::number(v.at) + QLatin1Char(':') + QString::number(v.workstation);
}

bool readVersion(QStringView text, RowVersion *v)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    bool okAt = false;
    bool okWs = false;
    v->at = text.left(colon).toLongLong(&okAt);
    v->workstation = text.mid(colon + 1).toInt(&okWs);
    return okAt && okWs && v->workstation >= 0;
}

} // namespace

QString FieldVersions::toText() const
{
    if (isWhole())
        return QString();
    QString text = versionText(floor);
    QStringList names = columns.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        text += QLatin1Char(';') + name + QLatin1Char('=') + versionText(columns.value(name));
    return text;
}

FieldVersions FieldVersions::fromText(const QString &text)
{
    FieldVersions f;
    if (text.isEmpty())
        return f;
    const QList<QStringView> parts = QStringView(text).split(QLatin1Char(';'));
    if (!readVersion(parts.value(0), &f.floor))
        return {};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts.at(i).indexOf(QLatin1Char('='));
        RowVersion v;
        if (eq <= 0 || !readVersion(parts.at(i).mid(eq + 1), &v))
            return {};
        f.columns.insert(parts.at(i).left(eq).toString(), v);
    }
    if (f.columns.isEmpty() && f.floor.isNull())
        return {};
    return f;
}

FieldVersions FieldVersions::from(const QHash<QString, RowVersion> &all, const RowVersion &row)
{
    FieldVersions f;
    bool whole = true;
    QMap<QPair<qint64, int>, int> counts;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it.value() != row)
            whole = false;
        ++counts[{ it.value().at, it.value().workstation }];
    }
    if (whole)
        return f;
    int best = -1;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        if (it.value() > best) {
            best = it.value();
            f.floor = { it.key().first, it.key().second };
        }
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        if (it.value() != f.floor)
            f.columns.insert(it.key(), it.value());
    if (f.floor.isNull() && f.columns.isEmpty())
        f.floor = row; // every column at the null version under a newer row: still not whole
    return f;
}

void ChangedColumns::add(const QString &changedColumns, QChar operation)
{
    if (operation != QLatin1Char('U') || changedColumns == QLatin1String("*")) {
        all = true;
        return;
    }
    for (const QString &name : changedColumns.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.insert(name);
}

FieldVersions localFieldVersions(const QStringList &columns, const FieldVersions &recorded,
    const RowVersion &recordedRow, const ChangedColumns &changed, const RowVersion &version)
{
    if (changed.all)
        return {};
    QHash<QString, RowVersion> all;
    for (const QString &c : columns)
        all.insert(c, changed.contains(c) ? version : recorded.of(c, recordedRow));
    return FieldVersions::from(all, version);
}

} // namespace core::sync
