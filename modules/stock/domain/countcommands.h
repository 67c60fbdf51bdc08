#pragma once

#include "core/commands/command.h"
#include "stock/domain/countservice.h"

#include <QCoreApplication>

namespace stock {

// The Magazzino's stock-count commands (core/commands/command.h). Stock.edit.

// Opens a count of a location (and optionally of one category). Undo
// cancels it while it is still open.
class OpenCount : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(stock::OpenCount)
public:
    OpenCount(qint64 locationId, qint64 categoryId, const QDate &date, QString notes)
        : m_locationId(locationId), m_categoryId(categoryId), m_date(date), m_notes(std::move(notes))
    {
    }

    QString code() const override { return QStringLiteral("stock.count.open"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_countId); }
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;

    qint64 countId() const { return m_countId; }

private:
    qint64 m_locationId = 0;
    qint64 m_categoryId = 0;
    QDate m_date;
    QString m_notes;
    qint64 m_countId = 0;
};

// What people counted, line by line (counted < 0: not counted yet).
struct CountedLine {
    qint64 lineId = 0;
    qint64 counted = -1;
    QString reason;
};

// Saves the counted quantities of an open count, all lines or none.
class RecordCounted : public core::Command {
public:
    RecordCounted(qint64 countId, QList<CountedLine> lines) : m_countId(countId), m_lines(std::move(lines)) { }

    QString code() const override { return QStringLiteral("stock.count.record"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

private:
    qint64 m_countId = 0;
    QList<CountedLine> m_lines;
};

// Closes a count: every difference becomes an adjustment.
class CloseCount : public core::Command {
public:
    explicit CloseCount(qint64 countId) : m_countId(countId) { }

    QString code() const override { return QStringLiteral("stock.count.close"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;

    int adjustments() const { return m_adjustments; }

private:
    qint64 m_countId = 0;
    int m_adjustments = 0;
};

// Cancels an open count: nothing is adjusted.
class CancelCount : public core::Command {
public:
    explicit CancelCount(qint64 countId) : m_countId(countId) { }

    QString code() const override { return QStringLiteral("stock.count.cancel"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override { return QString::number(m_countId); }

private:
    qint64 m_countId = 0;
};

} // namespace stock
