#pragma once

#include <QDateTime>
#include <QWidget>

namespace core {

class DateField;
class TimeField;

// A date and a time typed side by side (a DateField and a TimeField), for
// the moment something happened. Neither part is ever substituted; a
// moment outside the limits is refused with a message on the time part,
// never clamped, and holds the dialog's OK back (see fieldgate.h). Local
// time. GUI thread.
class DateTimeField : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QDateTime dateTime READ dateTime WRITE setDateTime NOTIFY dateTimeChanged USER true)
public:
    explicit DateTimeField(const QDateTime &at, QWidget *parent = nullptr);

    // The moment when both parts are valid and within the limits,
    // otherwise the last such moment.
    QDateTime dateTime() const;
    void setDateTime(const QDateTime &at);

    bool isValid() const;
    // Why it is not valid (the date's, the time's or the limits'), or empty.
    QString problem() const;

    void setMinimumDateTime(const QDateTime &at);
    void setMaximumDateTime(const QDateTime &at);
    QDateTime minimumDateTime() const { return m_min; }
    QDateTime maximumDateTime() const { return m_max; }

    DateField *dateField() const { return m_date; }
    TimeField *timeField() const { return m_time; }

signals:
    // A valid moment within the limits, different from the previous one.
    void dateTimeChanged(const QDateTime &at);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The limits, once both parts are valid; `changed`: a part took a new
    // value (not a keystroke still being typed), so the moment may be emitted.
    void check(bool changed);

    DateField *m_date;
    TimeField *m_time;
    QDateTime m_dateTime; // the last moment emitted
    bool m_setting = false;
    QDateTime m_min;
    QDateTime m_max;
    QString m_rangeProblem;
};

} // namespace core
