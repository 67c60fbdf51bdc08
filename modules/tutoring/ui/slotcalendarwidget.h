#pragma once

#include "tutoring/domain/bookingrules.h"

#include <QWidget>

namespace tutoring {

// The month view of the booking calendar, like the platform's: a grid of
// weeks (Monday first), each service day listing its one-hour slots with
// how many assistants are free ("15:00 · 3 liberi"), closed days greyed.
// States are written, not only coloured. Pure view: it shows the
// DayAvailability it is given and says what the person picks.
//
// Keyboard: Left/Right previous/next day; Up/Down previous/next slot, on
// to the day above or below past the first or last slot; PageUp/PageDown
// previous/next month; Home/End first/last day of the month; Enter or
// Space book the current slot. Mouse: click selects, double click books.
// GUI thread only.
class SlotCalendarWidget : public QWidget {
    Q_OBJECT
public:
    explicit SlotCalendarWidget(QWidget *parent = nullptr);

    // The month shown (any day of it) and its availability.
    void setMonth(const QDate &month, const QList<DayAvailability> &days);
    QDate month() const { return m_month; }
    void setToday(const QDate &today);

    // The current day and slot hour (-1: the day has no slot).
    QDate currentDay() const { return m_day; }
    int currentHour() const;
    const DayAvailability *currentAvailability() const;
    void setCurrent(const QDate &day, int hour = -1);

    // Text read by screen readers and shown as tooltip for a day.
    QString describeDay(const QDate &day) const;
    static QString stateText(const SlotAvailability &slot);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentChanged(const QDate &day, int hour);
    void slotActivated(const QDate &day, int hour);
    // The person moved past the month shown: the owner loads that month.
    void monthRequested(const QDate &month);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Hit {
        QDate day;
        int slotIndex = -1;
    };
    QDate firstShownDay() const;
    int weeksShown() const;
    QRectF cellRect(const QDate &day) const;
    QRectF slotRect(const QDate &day, int index) const;
    qreal headerHeight() const;
    Hit hitAt(const QPointF &pos) const;
    const DayAvailability *availability(const QDate &day) const;
    int slotCount(const QDate &day) const;
    void moveTo(const QDate &day, int slotIndex);
    void moveSlot(int delta);
    void announce();

    QDate m_month;
    QDate m_today;
    QList<DayAvailability> m_days;
    QDate m_day;
    int m_slot = -1;
};

} // namespace tutoring
