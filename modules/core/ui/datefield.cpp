#include "core/ui/datefield.h"

#include "core/domain/clock.h"
#include "core/domain/dates.h"
#include "core/ui/fieldgate.h"
#include "core/ui/invalidmark.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QScreen>

namespace core {

namespace {
const QDate firstDay(1900, 1, 1);
const QDate lastDay(2099, 12, 31);
} // namespace

DateField::DateField(const QDate &date, QWidget *parent)
    : QLineEdit(parent)
    , m_referenceYear(SystemClock::instance().today().year())
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QAction *open = addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    open->setToolTip(tr("Choose from the calendar (Alt+Down)"));
    connect(open, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] { readText(false); });
    setDate(date);
    readText(true); // an empty start is a problem unless empty is allowed
}

void DateField::setDate(const QDate &date)
{
    if (!date.isValid() && !m_emptyAllowed)
        return; // as QDateEdit: nothing to show
    setText(toItalianDate(date));
    readText(true); // also under a QSignalBlocker, where textChanged is not seen
}

void DateField::setMinimumDate(const QDate &date)
{
    m_min = date;
    readText(true);
}

void DateField::setMaximumDate(const QDate &date)
{
    m_max = date;
    readText(true);
}

void DateField::setDateRange(const QDate &min, const QDate &max)
{
    m_min = min;
    m_max = max;
    readText(true);
}

void DateField::setEmptyAllowed(bool allowed)
{
    m_emptyAllowed = allowed;
    readText(true);
}

void DateField::setReferenceYear(int year)
{
    m_referenceYear = year;
    readText(true);
}

void DateField::readText(bool finished)
{
    m_pending = QDate();
    const TypedDate typed = parseTypedDate(text(), m_referenceYear);
    if (typed.state == TypedDate::Empty) {
        if (!m_emptyAllowed) {
            setValidity(false, tr("A date is required: write dd/mm/yyyy"));
            return;
        }
        setValidity(true, {});
        if (m_date.isValid()) {
            m_date = QDate();
            emit dateChanged(m_date);
        }
        return;
    }
    if (typed.state == TypedDate::Invalid) {
        setValidity(false, tr("Invalid date: write dd/mm/yyyy"));
        return;
    }
    if (m_min.isValid() && typed.date < m_min) {
        setValidity(false, tr("The date cannot be before %1").arg(toItalianDate(m_min)));
        return;
    }
    if (m_max.isValid() && typed.date > m_max) {
        setValidity(false, tr("The date cannot be after %1").arg(toItalianDate(m_max)));
        return;
    }
    setValidity(true, {});
    if (typed.mayGrow && !finished && hasFocus()) {
        m_pending = typed.date; // taken when the person moves on
        return;
    }
    if (typed.date != m_date) {
        m_date = typed.date;
        emit dateChanged(m_date);
    }
}

void DateField::setValidity(bool valid, const QString &problem)
{
    m_problem = problem;
    if (valid)
        clearInvalid(this);
    else
        markInvalid(this, problem);
    setFieldProblem(this, valid ? QString() : problem);
    if (valid == m_valid)
        return;
    m_valid = valid;
    emit validityChanged(valid);
}

DateField *DateField::firstInvalid(const QWidget *root)
{
    for (DateField *field : root->findChildren<DateField *>())
        if (!field->isValid() && !field->isHidden() && field->isEnabled())
            return field;
    return nullptr;
}

QString DateField::fieldName(const QWidget *field)
{
    const QString name = fieldLabel(field);
    return name.isEmpty() ? tr("Date") : name;
}

void DateField::step(int days)
{
    // From the last date (also while a partial text is being typed).
    const QDate from = date().isValid() ? date() : SystemClock::instance().today();
    const QDate to = from.addDays(days);
    // A step never goes past a limit (that would be a refused date).
    if ((m_min.isValid() && to < m_min) || (m_max.isValid() && to > m_max) || to < firstDay || to > lastDay)
        return;
    pick(to);
}

void DateField::pick(const QDate &date)
{
    setText(toItalianDate(date));
    emit textEdited(text()); // the person's change, as typing is (DiscardGuard)
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        const auto chosen = [this](QDate date) {
            m_calendar->hide();
            pick(date);
            setFocus();
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, chosen);
        connect(m_calendar, &QCalendarWidget::activated, this, chosen);
    }
    m_calendar->setDateRange(m_min.isValid() ? m_min : firstDay, m_max.isValid() ? m_max : lastDay);
    const QDate shown = date().isValid() ? date() : SystemClock::instance().today();
    m_calendar->setSelectedDate(shown);
    m_calendar->adjustSize();
    // Below the field, or above it when the screen ends first.
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        if (at.y() + m_calendar->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        at.setX(qBound(area.left(), at.x(), area.right() - m_calendar->width()));
    }
    m_calendar->move(at);
    m_calendar->show();
    m_calendar->setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    if ((event->key() == Qt::Key_Down && alt) || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    if (!alt && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        step(event->key() == Qt::Key_Up ? 1 : -1);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        finish(); // before the dialog's default button sees the key
    QLineEdit::keyPressEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    // The person moved on within the form. Not when the window loses focus
    // (another program, or the dialog closing: its destructor hides it, and
    // a reformatted text would reach the dialog's half-destroyed slots).
    if (event->reason() != Qt::ActiveWindowFocusReason && event->reason() != Qt::PopupFocusReason)
        finish();
    QLineEdit::focusOutEvent(event);
}

void DateField::finish()
{
    readText(true);
    // 150321 becomes 15/03/2021 once the person moves on: the same date,
    // written as everywhere else.
    if (m_valid && m_date.isValid() && text() != toItalianDate(m_date))
        setText(toItalianDate(m_date));
}

QSize DateField::sizeHint() const
{
    // Room for "00/00/0000", the calendar button and the frame.
    QSize hint = QLineEdit::sizeHint();
    hint.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + hint.height() + 16);
    return hint;
}

QSize DateField::minimumSizeHint() const
{
    return sizeHint();
}

void DateField::showEvent(QShowEvent *event)
{
    QLineEdit::showEvent(event);
    if (!m_valid)
        updateDialogGate(this);
}

void DateField::hideEvent(QHideEvent *event)
{
    QLineEdit::hideEvent(event);
    if (!m_valid)
        updateDialogGate(this); // a hidden field does not hold the dialog back
}

void DateField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    // An optional date switched off by its check box no longer counts.
    if (event->type() == QEvent::EnabledChange && !m_valid)
        updateDialogGate(this);
}

} // namespace core
