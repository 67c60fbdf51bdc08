#include "core/ui/datetimefield.h"

#include "core/domain/dates.h"
#include "core/ui/datefield.h"
#include "core/ui/fieldgate.h"
#include "core/ui/invalidmark.h"
#include "core/ui/timefield.h"

#include <QEvent>
#include <QHBoxLayout>

namespace core {

namespace {
QString shown(const QDateTime &at)
{
    return toItalianDate(at.date()) + QLatin1Char(' ') + at.time().toString(QStringLiteral("HH:mm"));
}
} // namespace

DateTimeField::DateTimeField(const QDateTime &at, QWidget *parent)
    : QWidget(parent)
    , m_date(new DateField(at.date(), this))
    , m_time(new TimeField(at.time(), this))
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFocusProxy(m_date); // a label's buddy gives the date part focus
    m_date->setAccessibleName(tr("Date"));
    m_time->setAccessibleName(tr("Time"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date);
    layout->addWidget(m_time);
    if (at.isValid())
        m_dateTime = QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
    // After each part's own reading of its text (connected in its constructor).
    connect(m_date, &QLineEdit::textChanged, this, [this] { check(false); });
    connect(m_time, &QLineEdit::textChanged, this, [this] { check(false); });
    connect(m_date, &DateField::dateChanged, this, [this] { check(true); });
    connect(m_time, &TimeField::timeChanged, this, [this] { check(true); });
}

void DateTimeField::setDateTime(const QDateTime &at)
{
    if (!at.isValid())
        return;
    m_setting = true; // one dateTimeChanged, not one per part
    m_date->setDate(at.date());
    m_time->setTime(at.time());
    m_setting = false;
    check(true); // also under a QSignalBlocker
}

bool DateTimeField::isValid() const
{
    return m_date->isValid() && m_time->isValid() && m_rangeProblem.isEmpty();
}

QString DateTimeField::problem() const
{
    if (!m_date->isValid())
        return m_date->problem();
    if (!m_time->isValid())
        return m_time->problem();
    return m_rangeProblem;
}

void DateTimeField::setMinimumDateTime(const QDateTime &at)
{
    m_min = at;
    // Days before are refused by the date part itself, with its message.
    m_date->setMinimumDate(at.date());
    check(false);
}

void DateTimeField::setMaximumDateTime(const QDateTime &at)
{
    m_max = at;
    m_date->setMaximumDate(at.date());
    check(false);
}

QDateTime DateTimeField::dateTime() const
{
    if (isValid() && m_date->date().isValid() && m_time->time().isValid())
        return QDateTime(m_date->date(), m_time->time());
    return m_dateTime;
}

void DateTimeField::check(bool changed)
{
    if (m_setting)
        return;
    QString problem;
    const bool partsValid
        = m_date->isValid() && m_time->isValid() && m_date->date().isValid() && m_time->time().isValid();
    const QDateTime at(m_date->date(), m_time->time());
    if (partsValid && m_min.isValid() && at < m_min)
        problem = tr("The time cannot be before %1").arg(shown(m_min));
    else if (partsValid && m_max.isValid() && at > m_max)
        problem = tr("The time cannot be after %1").arg(shown(m_max));
    m_rangeProblem = problem;
    if (!problem.isEmpty())
        markInvalid(m_time, problem);
    else if (m_time->isValid())
        clearInvalid(m_time);
    setFieldProblem(this, problem);
    if (changed && partsValid && problem.isEmpty() && at != m_dateTime) {
        m_dateTime = at;
        emit dateTimeChanged(at);
    }
}

void DateTimeField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange && !m_rangeProblem.isEmpty())
        updateDialogGate(this);
}

void DateTimeField::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_rangeProblem.isEmpty())
        updateDialogGate(this);
}

void DateTimeField::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!m_rangeProblem.isEmpty())
        updateDialogGate(this);
}

} // namespace core
