#pragma once

#include <QLineEdit>
#include <QTime>

namespace core {

// The program's time field, as DateField for dates: a line where a time is
// typed (9, 9:05, 09.05, 905, 0905) and shown as HH:mm. What was typed is
// never replaced by another time: a partial or impossible text ("9:",
// 24:00, 9:60) stays as typed, the frame turns red with a tooltip, time()
// keeps the last complete time and timeChanged() is not emitted; the
// dialog's OK/Save is disabled meanwhile (see fieldgate.h). Up/Down step
// five minutes. GUI thread.
class TimeField : public QLineEdit {
    Q_OBJECT
    Q_PROPERTY(QTime time READ time WRITE setTime NOTIFY timeChanged USER true)
public:
    explicit TimeField(const QTime &time, QWidget *parent = nullptr);
    explicit TimeField(QWidget *parent = nullptr)
        : TimeField(QTime(), parent)
    {
    }

    // The time of the text when it is valid, otherwise the last valid one.
    QTime time() const { return m_pending.isValid() ? m_pending : m_time; }
    // Shows the time (whole minutes); an invalid time empties the field
    // where empty is allowed and is ignored otherwise.
    void setTime(const QTime &time);

    bool isValid() const { return m_valid; }
    bool hasAcceptableInput() const { return m_valid; }
    QString problem() const { return m_problem; }

    // An optional time: an empty field is valid and time() is invalid.
    void setEmptyAllowed(bool allowed);
    bool isEmptyAllowed() const { return m_emptyAllowed; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A complete, valid time different from the previous one. Digits that
    // more typing could change ("9" on the way to "905") count when the
    // person moves on (Enter, Tab, another field).
    void timeChanged(const QTime &time);
    void validityChanged(bool valid);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void readText(bool finished);
    void finish();
    void setValidity(bool valid, const QString &problem);
    void step(int minutes);

    QTime m_time;
    QTime m_pending;
    bool m_valid = true;
    bool m_emptyAllowed = false;
    QString m_problem;
};

} // namespace core
