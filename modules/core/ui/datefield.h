#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace core {

// The program's date field: a line where a date is typed (15/03/2021,
// 15-3-21, 15032021, 150321...) with a calendar button (also Alt+Down).
// What was typed is never replaced by another date: a partial, impossible
// or out-of-range text stays as typed, the frame turns red with a tooltip
// saying why, date() keeps the last complete date and dateChanged() is not
// emitted. Up/Down step one day. In a dialog, the OK/Save button is
// disabled while one of its date fields is not valid, so a stale date is
// never saved. GUI thread.
class DateField : public QLineEdit {
    Q_OBJECT
    // As QDateEdit's, for code and tests that read any date widget.
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)
public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);
    explicit DateField(QWidget *parent = nullptr)
        : DateField(QDate(), parent)
    {
    }

    // The date of the text when it is valid, otherwise the last valid one
    // (invalid when empty is allowed and the field is empty, or when it
    // never held a date).
    QDate date() const { return m_pending.isValid() ? m_pending : m_date; }
    // Shows the date; an invalid date empties the field.
    void setDate(const QDate &date);

    // True when the text is a complete date within the limits (or empty,
    // where allowed).
    bool isValid() const { return m_valid; }
    bool hasAcceptableInput() const { return m_valid; }
    // Why the text is not valid, for a message or a tooltip (empty if valid).
    QString problem() const { return m_problem; }

    // Limits: a date outside is refused with a message, never clamped.
    void setMinimumDate(const QDate &date);
    void setMaximumDate(const QDate &date);
    void setDateRange(const QDate &min, const QDate &max);
    QDate minimumDate() const { return m_min; }
    QDate maximumDate() const { return m_max; }

    // An optional date: an empty field is valid and date() is invalid.
    void setEmptyAllowed(bool allowed);
    bool isEmptyAllowed() const { return m_emptyAllowed; }

    // Two-digit years are read around this year (default: this year).
    void setReferenceYear(int year);

    // The calendar popup, when open (for tests).
    QCalendarWidget *calendar() const { return m_calendar; }
    void showCalendar();

    // The first date field under `root` whose text is not valid (visible
    // and enabled ones only), or nullptr.
    static DateField *firstInvalid(const QWidget *root);
    // The field's name as the person reads it: its label's text (without
    // "&" and ":"), else the accessible name.
    static QString fieldName(const QWidget *field);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A complete, valid date different from the previous one (also an
    // invalid QDate when an optional field is emptied). A short form that
    // more typing could change ("15/03/20") counts when the person moves
    // on (Enter, Tab, another field), so typing 15/03/2021 emits once.
    void dateChanged(const QDate &date);
    // The text became valid or stopped being valid.
    void validityChanged(bool valid);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void readText(bool finished);
    void finish(); // the person moved on: a short form is taken and rewritten
    void setValidity(bool valid, const QString &problem);
    void step(int days);
    void pick(const QDate &date); // from the calendar or a step: as if typed

    QDate m_date;
    QDate m_pending; // a valid short form still being typed ("15/03/20")
    QDate m_min;
    QDate m_max;
    bool m_valid = true;
    bool m_emptyAllowed = false;
    int m_referenceYear;
    QString m_problem;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace core
