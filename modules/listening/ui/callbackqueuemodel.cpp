#include "listening/ui/callbackqueuemodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace listening {

CallbackQueueModel::CallbackQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CallbackQueueModel::setEntries(const QList<QueueEntry> &entries, qint64 nowMs)
{
    beginResetModel();
    m_entries = entries;
    for (QueueEntry &e : m_entries)
        e.deadline = deadlineStatus(e.receivedAt, e.dueAt, nowMs, e.attempts.reached);
    endResetModel();
}

void CallbackQueueModel::tick(qint64 nowMs)
{
    for (QueueEntry &e : m_entries)
        e.deadline = deadlineStatus(e.receivedAt, e.dueAt, nowMs, e.attempts.reached);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const QueueEntry *CallbackQueueModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CallbackQueueModel::rowOf(qint64 requestId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).requestId == requestId)
            return i;
    return -1;
}

int CallbackQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CallbackQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallbackQueueModel::statusText(const QueueEntry &e)
{
    QString text;
    switch (e.deadline.stage) {
    case DeadlineStage::Overdue:
        text = tr("OVERDUE");
        break;
    case DeadlineStage::Past24h:
        text = tr("beyond 24 h");
        break;
    case DeadlineStage::DueSoon:
        text = tr("due soon");
        break;
    case DeadlineStage::OnTime:
        text = e.attempts.total > 0 ? tr("to call again") : tr("to call back");
        break;
    case DeadlineStage::CalledBack:
        text = tr("reached: record the outcome");
        break;
    }
    if (e.raised)
        text += QStringLiteral(" · ") + tr("with the coordinator");
    if (e.escalations > 0)
        text += QStringLiteral(" · 118");
    return text;
}

QString CallbackQueueModel::countdownText(const QueueEntry &e)
{
    if (e.deadline.stage == DeadlineStage::CalledBack)
        return tr("reached after %1").arg(ListeningText::span(e.attempts.firstReachedAt - e.receivedAt));
    if (e.deadline.stage == DeadlineStage::Overdue)
        return tr("late by %1").arg(ListeningText::span(e.deadline.remainingToDue));
    if (e.urgency == Urgency::Normal && e.deadline.remainingTo24h > 0)
        return tr("24 h: in %1").arg(ListeningText::span(e.deadline.remainingTo24h));
    return tr("%1 h: in %2")
        .arg(e.urgency == Urgency::Urgent ? 24 : 48)
        .arg(ListeningText::span(e.deadline.remainingToDue));
}

QVariant CallbackQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueEntry *e = entry(index.row());
    if (!e || !index.isValid())
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return e->code;
        case Received:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(e->receivedAt), QStringLiteral("ddd dd/MM HH:mm"));
        case Caller:
            return e->personalVisible ? (e->callerName.isEmpty() ? tr("(no name)") : e->callerName) : tr("reserved");
        case Phone:
            return e->personalVisible ? e->callerPhone : tr("reserved");
        case Comune:
            return e->comune;
        case CallerKind:
            return ListeningText::callerKind(e->callerKind);
        case Urgency:
            return ListeningText::urgency(e->urgency);
        case Countdown:
            return countdownText(*e);
        case Psychologist:
            return e->psychologist.isEmpty() ? tr("not assigned") : e->psychologist;
        case Attempts:
            if (e->attempts.total == 0)
                return QStringLiteral("\u2014");
            return e->attempts.reached ? tr("reached") : tr("%Ln failed", nullptr, e->attempts.failed);
        case Status:
            return statusText(*e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Countdown || index.column() == Status) {
            QString tip = tr("Received %1 · call back by %2")
                              .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(e->receivedAt),
                                       QStringLiteral("dd/MM/yyyy HH:mm")),
                                  locale.toString(
                                      QDateTime::fromMSecsSinceEpoch(e->dueAt), QStringLiteral("dd/MM/yyyy HH:mm")));
            if (!e->attempts.reached)
                tip += QStringLiteral("\n")
                    + tr("24 hours: %1 · 48 hours: %2")
                          .arg(ListeningText::countdown(e->deadline.remainingTo24h),
                              ListeningText::countdown(e->deadline.remainingTo48h));
            return tip;
        }
        if ((index.column() == Caller || index.column() == Phone) && !e->personalVisible)
            return tr("Only coordinators and psychologists signed in can read callers' data.");
        break;
    case Qt::BackgroundRole:
        switch (e->deadline.stage) {
        case DeadlineStage::Overdue:
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        case DeadlineStage::Past24h:
            return QBrush(QColor(0xff, 0xe0, 0xb2));
        case DeadlineStage::DueSoon:
            return QBrush(QColor(0xff, 0xf9, 0xc4));
        case DeadlineStage::CalledBack:
            return QBrush(QColor(0xe8, 0xf5, 0xe9));
        case DeadlineStage::OnTime:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (e->deadline.stage == DeadlineStage::Overdue && (index.column() == Status || index.column() == Countdown))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if ((index.column() == Caller || index.column() == Phone) && !e->personalVisible)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::FontRole:
        if (e->deadline.stage == DeadlineStage::Overdue || (index.column() == Status && e->raised)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if ((index.column() == Caller || index.column() == Phone) && !e->personalVisible) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case RequestIdRole:
        return e->requestId;
    case StageRole:
        return int(e->deadline.stage);
    case ElapsedRole:
        // Reached: how much of the 48 hours the caller waited.
        if (e->attempts.reached)
            return double(e->attempts.firstReachedAt - e->receivedAt) / double(Deadline::limitMs);
        return e->deadline.elapsedOf48h;
    case UrgentRole:
        return e->urgency == listening::Urgency::Urgent;
    default:
        break;
    }
    return {};
}

QVariant CallbackQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Request");
    case Received:
        return tr("Received");
    case Caller:
        return tr("Caller");
    case Phone:
        return tr("Phone");
    case Comune:
        return tr("Comune");
    case CallerKind:
        return tr("Who");
    case Urgency:
        return tr("Urgency");
    case Countdown:
        return tr("Deadline");
    case Psychologist:
        return tr("Psychologist");
    case Attempts:
        return tr("Attempts");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace listening
