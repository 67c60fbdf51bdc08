#pragma once

#include "deliveries/domain/allocationservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace core {
class DateField;
class DateTimeField;
class TimeField;
struct AppContext;
}

namespace deliveries {

// Who received and signed a delivery, and when (default: now).
class SignDialog : public QDialog {
    Q_OBJECT
public:
    SignDialog(const QString &number, const QDateTime &now, QWidget *parent = nullptr);
    QString signedBy() const;
    QDateTime signedAt() const;
    QLineEdit *nameEdit() const { return m_name; }

private:
    QLineEdit *m_name = nullptr;
    core::DateTimeField *m_at = nullptr;
};

// Goods coming back: the day and the reason.
class ReturnDialog : public QDialog {
    Q_OBJECT
public:
    ReturnDialog(const QString &number, const QDate &today, QWidget *parent = nullptr);
    QDate date() const;
    QString reason() const;

private:
    core::DateField *m_date = nullptr;
    QComboBox *m_reason = nullptr;
};

// The day, time and crew of the deliveries made from an allocation.
class DeliveryDefaultsDialog : public QDialog {
    Q_OBJECT
public:
    DeliveryDefaultsDialog(core::AppContext &context, int count, QWidget *parent = nullptr);
    DeliveryDefaults defaults() const;

private:
    core::DateField *m_date = nullptr;
    QCheckBox *m_hasTime = nullptr;
    core::TimeField *m_time = nullptr;
    QComboBox *m_vehicle = nullptr;
    QComboBox *m_driver = nullptr;
    QComboBox *m_organisation = nullptr;
    QComboBox *m_reason = nullptr;
};

// Changing one share of an allocation by hand: the new quantity (never
// above the request) and why, which is kept with the allocation.
class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    OverrideDialog(const AllocationPoolPlan &pool, const AllocationLinePlan &line, QWidget *parent = nullptr);
    qint64 units() const;
    QString reason() const;

private:
    QSpinBox *m_units = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace deliveries
