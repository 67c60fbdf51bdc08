#include "tutoring/ui/slotcalendarwidget.h"

#include "tutoring/domain/tutoringlabels.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace tutoring {

namespace {

struct Tone {
    QColor background;
    QColor text;
};

Tone toneOf(SlotState state)
{
    switch (state) {
    case SlotState::Free:
        return { QColor(0xdf, 0xf0, 0xdc), QColor(0x1b, 0x5e, 0x20) };
    case SlotState::Full:
        return { QColor(0xec, 0xee, 0xf0), QColor(0x55, 0x5f, 0x6a) };
    case SlotState::PupilBusy:
    case SlotState::SubjectTaken:
        return { QColor(0xfd, 0xef, 0xd9), QColor(0x8a, 0x4b, 0x00) };
    case SlotState::Past:
        break;
    }
    return { QColor(0xf6, 0xf7, 0xf8), QColor(0x8a, 0x93, 0x9c) };
}

constexpr qreal margin = 3;

} // namespace

SlotCalendarWidget::SlotCalendarWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(tr("Booking calendar"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QSize SlotCalendarWidget::sizeHint() const
{
    return { 7 * 128, int(headerHeight()) + 6 * 96 };
}

QSize SlotCalendarWidget::minimumSizeHint() const
{
    return { 7 * 84, int(headerHeight()) + 5 * 78 };
}

void SlotCalendarWidget::setToday(const QDate &today)
{
    m_today = today;
    update();
}

void SlotCalendarWidget::setMonth(const QDate &month, const QList<DayAvailability> &days)
{
    m_month = QDate(month.year(), month.month(), 1);
    m_days = days;
    if (!m_day.isValid() || m_day.year() != m_month.year() || m_day.month() != m_month.month())
        m_day = m_today.isValid() && m_today.year() == m_month.year() && m_today.month() == m_month.month() ? m_today
                                                                                                            : m_month;
    const int count = slotCount(m_day);
    m_slot = count == 0 ? -1 : std::clamp(m_slot, 0, count - 1);
    update();
    announce();
}

void SlotCalendarWidget::setCurrent(const QDate &day, int hour)
{
    int index = 0;
    if (const DayAvailability *a = availability(day))
        for (int i = 0; i < a->hourSlots.size(); ++i)
            if (a->hourSlots.at(i).hour == hour)
                index = i;
    moveTo(day, index);
}

int SlotCalendarWidget::currentHour() const
{
    const DayAvailability *a = availability(m_day);
    return a && m_slot >= 0 && m_slot < a->hourSlots.size() ? a->hourSlots.at(m_slot).hour : -1;
}

const DayAvailability *SlotCalendarWidget::currentAvailability() const
{
    return availability(m_day);
}

const DayAvailability *SlotCalendarWidget::availability(const QDate &day) const
{
    if (!day.isValid() || day.year() != m_month.year() || day.month() != m_month.month())
        return nullptr;
    const int index = day.day() - 1;
    return index < m_days.size() && m_days.at(index).day == day ? &m_days.at(index) : nullptr;
}

int SlotCalendarWidget::slotCount(const QDate &day) const
{
    const DayAvailability *a = availability(day);
    return a ? int(a->hourSlots.size()) : 0;
}

QDate SlotCalendarWidget::firstShownDay() const
{
    return m_month.isValid() ? m_month.addDays(1 - m_month.dayOfWeek()) : QDate();
}

int SlotCalendarWidget::weeksShown() const
{
    if (!m_month.isValid())
        return 5;
    const int cells = m_month.dayOfWeek() - 1 + m_month.daysInMonth();
    return (cells + 6) / 7;
}

qreal SlotCalendarWidget::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QRectF SlotCalendarWidget::cellRect(const QDate &day) const
{
    const qint64 offset = firstShownDay().daysTo(day);
    const qreal w = qreal(width() - 1) / 7.0;
    const qreal h = (height() - 1 - headerHeight()) / weeksShown();
    return QRectF((offset % 7) * w, headerHeight() + (offset / 7) * h, w, h);
}

QRectF SlotCalendarWidget::slotRect(const QDate &day, int index) const
{
    const QRectF cell = cellRect(day);
    const qreal top = cell.top() + fontMetrics().height() + 6;
    const int count = std::max(1, slotCount(day));
    const qreal line = std::min<qreal>((cell.bottom() - margin - top) / count, fontMetrics().height() + 8);
    return QRectF(cell.left() + margin + 1, top + index * line, cell.width() - 2 * margin - 2, line - 2);
}

SlotCalendarWidget::Hit SlotCalendarWidget::hitAt(const QPointF &pos) const
{
    if (pos.y() < headerHeight() || !m_month.isValid())
        return {};
    for (int i = 0; i < weeksShown() * 7; ++i) {
        const QDate day = firstShownDay().addDays(i);
        if (!cellRect(day).contains(pos))
            continue;
        for (int s = 0; s < slotCount(day); ++s)
            if (slotRect(day, s).contains(pos))
                return { day, s };
        return { day, -1 };
    }
    return {};
}

QString SlotCalendarWidget::stateText(const SlotAvailability &slot)
{
    switch (slot.state) {
    case SlotState::Free:
        return tr("%Ln free", nullptr, slot.freeAssistants);
    case SlotState::Full:
        return tr("full");
    case SlotState::PupilBusy:
        return tr("pupil busy");
    case SlotState::SubjectTaken:
        return tr("hour taken today");
    case SlotState::Past:
        break;
    }
    return tr("past");
}

QString SlotCalendarWidget::describeDay(const QDate &day) const
{
    const QLocale locale;
    QString text = locale.toString(day, QStringLiteral("dddd d MMMM yyyy"));
    const DayAvailability *a = availability(day);
    if (!a || !a->serviceDay)
        return tr("%1: no service").arg(text);
    QStringList parts;
    for (const SlotAvailability &s : a->hourSlots) {
        QString part = QStringLiteral("%1:00 %2").arg(s.hour, 2, 10, QLatin1Char('0')).arg(stateText(s));
        if (s.booked > 0)
            part += tr(" (%Ln booked)", nullptr, s.booked);
        parts.append(part);
    }
    return QStringLiteral("%1: %2").arg(text, parts.join(QStringLiteral(", ")));
}

void SlotCalendarWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QLocale locale;
    const qreal w = qreal(width() - 1) / 7.0;
    QFont bold = font();
    bold.setBold(true);

    // Weekday header.
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(bold);
    for (int d = 1; d <= 7; ++d) {
        const QRectF r((d - 1) * w, 0, w, headerHeight());
        p.fillRect(r, pal.color(QPalette::Window));
        p.drawText(r, Qt::AlignCenter, Labels::weekdayShort(d));
    }
    if (!m_month.isValid())
        return;

    const QColor grid = pal.color(QPalette::Mid).lighter(130);
    for (int i = 0; i < weeksShown() * 7; ++i) {
        const QDate day = firstShownDay().addDays(i);
        const QRectF cell = cellRect(day);
        const bool inMonth = day.month() == m_month.month();
        const DayAvailability *a = availability(day);
        const bool service = a && a->serviceDay;
        p.fillRect(cell,
            !inMonth      ? pal.color(QPalette::Window).lighter(104)
                : service ? pal.color(QPalette::Base)
                          : QColor(0xf1, 0xf2, 0xf4));
        p.setPen(grid);
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);

        // Day number; today in a circle.
        const QRectF numberRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, fontMetrics().height() + 2);
        p.setFont(bold);
        QColor numberColour = inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText);
        if (day == m_today) {
            const qreal d = fontMetrics().height() + 2;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1f, 0x5f, 0x99));
            p.drawEllipse(QRectF(numberRect.left() - 2, numberRect.top(), d + 4, d));
            numberColour = Qt::white;
        }
        p.setPen(numberColour);
        p.drawText(QRectF(numberRect.left(), numberRect.top(), fontMetrics().height() + 2, numberRect.height()),
            Qt::AlignCenter, QString::number(day.day()));
        p.setFont(font());
        if (inMonth && !service) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, tr("no service"));
        }

        // Slots.
        if (service) {
            for (int s = 0; s < a->hourSlots.size(); ++s) {
                const SlotAvailability &slot = a->hourSlots.at(s);
                const QRectF r = slotRect(day, s);
                const Tone tone = toneOf(slot.state);
                p.setPen(Qt::NoPen);
                p.setBrush(tone.background);
                p.drawRoundedRect(r, 3, 3);
                p.setPen(tone.text);
                const QString hourText = QStringLiteral("%1:00").arg(slot.hour, 2, 10, QLatin1Char('0'));
                QString state = stateText(slot);
                const QRectF textRect = r.adjusted(5, 0, -4, 0);
                p.setFont(bold);
                p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, hourText);
                p.setFont(font());
                const qreal hourWidth = QFontMetricsF(bold).horizontalAdvance(hourText) + 6;
                const QRectF stateRect = textRect.adjusted(hourWidth, 0, 0, 0);
                state = fontMetrics().elidedText(state, Qt::ElideRight, int(stateRect.width()));
                p.drawText(stateRect, Qt::AlignRight | Qt::AlignVCenter, state);
            }
        }

        // The current day, and the current slot with the focus.
        if (day == m_day) {
            QPen pen(pal.color(QPalette::Highlight), 2);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(cell.adjusted(1, 1, -1, -1));
            if (m_slot >= 0 && m_slot < slotCount(day)) {
                QPen focus(pal.color(QPalette::Highlight), hasFocus() ? 2.5 : 1.2);
                if (!hasFocus())
                    focus.setStyle(Qt::DashLine);
                p.setPen(focus);
                p.drawRoundedRect(slotRect(day, m_slot).adjusted(-1, -1, 1, 1), 3, 3);
            }
        }
    }
}

void SlotCalendarWidget::moveTo(const QDate &day, int slotIndex)
{
    if (!day.isValid())
        return;
    const bool monthChange = m_month.isValid() && (day.year() != m_month.year() || day.month() != m_month.month());
    m_day = day;
    m_slot = slotIndex;
    if (monthChange) {
        emit monthRequested(day); // the owner answers with setMonth()
    } else {
        const int count = slotCount(day);
        m_slot = count == 0 ? -1 : std::clamp(slotIndex < 0 ? 0 : slotIndex, 0, count - 1);
    }
    update();
    announce();
    emit currentChanged(m_day, currentHour());
}

void SlotCalendarWidget::moveSlot(int delta)
{
    const int count = slotCount(m_day);
    const int next = m_slot + delta;
    if (count > 0 && m_slot >= 0 && next >= 0 && next < count) {
        moveTo(m_day, next);
        return;
    }
    // Past the first or last slot: the same weekday of the week above or below.
    const QDate target = m_day.addDays(delta < 0 ? -7 : 7);
    moveTo(target, delta < 0 ? 99 : 0);
}

void SlotCalendarWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveTo(m_day.addDays(-1), std::max(0, m_slot));
        break;
    case Qt::Key_Right:
        moveTo(m_day.addDays(1), std::max(0, m_slot));
        break;
    case Qt::Key_Up:
        moveSlot(-1);
        break;
    case Qt::Key_Down:
        moveSlot(1);
        break;
    case Qt::Key_PageUp:
        moveTo(m_day.addMonths(-1), std::max(0, m_slot));
        break;
    case Qt::Key_PageDown:
        moveTo(m_day.addMonths(1), std::max(0, m_slot));
        break;
    case Qt::Key_Home:
        moveTo(QDate(m_month.year(), m_month.month(), 1), 0);
        break;
    case Qt::Key_End:
        moveTo(QDate(m_month.year(), m_month.month(), m_month.daysInMonth()), 0);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (currentHour() >= 0)
            emit slotActivated(m_day, currentHour());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SlotCalendarWidget::mousePressEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (hit.day.isValid())
        moveTo(hit.day, hit.slotIndex);
    setFocus(Qt::MouseFocusReason);
}

void SlotCalendarWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (hit.day.isValid() && hit.slotIndex >= 0 && hit.day == m_day && currentHour() >= 0)
        emit slotActivated(m_day, currentHour());
}

void SlotCalendarWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void SlotCalendarWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

bool SlotCalendarWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        if (hit.day.isValid())
            QToolTip::showText(help->globalPos(), describeDay(hit.day), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SlotCalendarWidget::announce()
{
    if (!m_day.isValid())
        return;
    QString text = describeDay(m_day);
    if (currentHour() >= 0)
        text = tr("Slot %1:00 selected. %2").arg(currentHour(), 2, 10, QLatin1Char('0')).arg(text);
    setAccessibleDescription(text);
    QAccessibleEvent e(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&e);
}

} // namespace tutoring
