#include "deliveries/ui/allocationmodel.h"

#include "deliveries/domain/deliverylabels.h"

#include <QColor>
#include <QLocale>

namespace deliveries {

AllocationModel::AllocationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AllocationModel::setPool(const AllocationPoolPlan *pool, Weighting weighting)
{
    beginResetModel();
    m_pool = pool;
    m_weighting = weighting;
    endResetModel();
}

void AllocationModel::refresh()
{
    beginResetModel();
    endResetModel();
}

int AllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_pool ? 0 : int(m_pool->lines.size());
}

int AllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Comune:
        return tr("Comune");
    case Recipient:
        return tr("Recipient");
    case Request:
        return tr("Request");
    case Asked:
        return tr("Asked");
    case Weight:
        return m_weighting == Weighting::Population ? tr("Residents") : tr("Weight");
    case ExactShare:
        return tr("Exact share");
    case Given:
        return tr("Given");
    case FillRate:
        return tr("Fill rate");
    case Why:
        return tr("Why");
    }
    return {};
}

QVariant AllocationModel::data(const QModelIndex &index, int role) const
{
    if (!m_pool || !index.isValid() || index.row() >= m_pool->lines.size())
        return {};
    const AllocationLinePlan &l = m_pool->lines.at(index.row());
    const QLocale locale;
    const bool piece = m_pool->byPiece;
    if (role == FillRateRole)
        return l.requested > 0 ? double(l.allocated) / double(l.requested) : 1.0;
    if (role == Qt::TextAlignmentRole && index.column() >= Asked && index.column() <= FillRate)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Given && l.isOverridden())
        return QColor(0xa1, 0x5c, 0x00);
    if (role == Qt::ToolTipRole && index.column() == Why)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Comune:
        return l.comuneName;
    case Recipient:
        return l.recipientName;
    case Request:
        return l.requestNumber;
    case Asked:
        return DeliveryLabels::units(l.requested, piece, locale);
    case Weight:
        return locale.toString(l.weight);
    case ExactShare:
        return locale.toString(l.share.exactShare, 'f', 2);
    case Given:
        return DeliveryLabels::units(l.allocated, piece, locale);
    case FillRate:
        return locale.toString(l.requested > 0 ? 100.0 * double(l.allocated) / double(l.requested) : 100.0, 'f', 1)
            + locale.percent();
    case Why: {
        if (l.isOverridden())
            return tr("Changed by hand from %1: %2")
                .arg(DeliveryLabels::units(l.share.allocated, piece, locale), l.overrideReason);
        QString why = DeliveryLabels::shareReason(l.share.reason);
        if ((l.share.reason == ShareReason::LargestRemainder || l.share.reason == ShareReason::Share
                || l.share.reason == ShareReason::Nothing)
            && l.share.remainderRank > 0)
            why += tr(" (remainder %1, %2° largest)")
                       .arg(locale.toString(l.share.remainder, 'f', 2))
                       .arg(l.share.remainderRank);
        return why;
    }
    }
    return {};
}

} // namespace deliveries
