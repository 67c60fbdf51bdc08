#pragma once

#include "deliveries/domain/allocationservice.h"

#include <QAbstractTableModel>

namespace deliveries {

// The shares of one pool of an allocation being prepared, for the
// allocation screen: comune, recipient, request, asked, exact share, given,
// fill rate and why. Reads the plan the page owns; holds no rule.
class AllocationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Comune, Recipient, Request, Asked, Weight, ExactShare, Given, FillRate, Why, ColumnCount };
    enum Role { FillRateRole = Qt::UserRole + 1 };

    explicit AllocationModel(QObject *parent = nullptr);
    void setPool(const AllocationPoolPlan *pool, Weighting weighting);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AllocationPoolPlan *m_pool = nullptr;
    Weighting m_weighting = Weighting::Request;
};

} // namespace deliveries
