#pragma once

#include "core/ui/pagedsqlmodel.h"

#include <QHash>

#include <functional>

namespace core {

// A PagedSqlModel whose cells can be rewritten for display (ISO dates as
// dd/MM/yyyy, codes as words, grams as kg), so that the SQL stays
// plain and sortable. GUI thread only.
class FormattedSqlModel : public PagedSqlModel {
    Q_OBJECT
public:
    using Formatter = std::function<QVariant(const QVariantList &row, int column)>;
    using PagedSqlModel::PagedSqlModel;

    void setFormatter(int column, Formatter formatter) { m_formatters.insert(column, std::move(formatter)); }
    QVariant displayValue(const QVariantList &row, int column) const override;
    // A text column rewritten for display (a code as words) is exported as
    // shown, and so is a typed one with no value ("does not expire"); a
    // typed one with a value by that value (a date stays a date).
    QVariant exportValue(const QVariantList &row, int column) const override;

    // "2021-03-19" -> "19/03/2021"
    static QVariant isoDate(const QVariant &value);

private:
    QHash<int, Formatter> m_formatters;
};

} // namespace core
