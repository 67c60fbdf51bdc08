#include "core/ui/timefield.h"

#include "core/domain/dates.h"
#include "core/ui/fieldgate.h"
#include "core/ui/invalidmark.h"

#include <QKeyEvent>

namespace core {

namespace {
QString shown(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}
} // namespace

TimeField::TimeField(const QTime &time, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("hh:mm"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(this, &QLineEdit::textChanged, this, [this] { readText(false); });
    setTime(time);
    readText(true); // an empty start is a problem unless empty is allowed
}

void TimeField::setTime(const QTime &time)
{
    if (!time.isValid() && !m_emptyAllowed)
        return;
    setText(shown(time));
    readText(true); // also under a QSignalBlocker
}

void TimeField::setEmptyAllowed(bool allowed)
{
    m_emptyAllowed = allowed;
    readText(true);
}

void TimeField::readText(bool finished)
{
    m_pending = QTime();
    const TypedTime typed = parseTypedTime(text());
    if (typed.state == TypedTime::Empty) {
        if (!m_emptyAllowed) {
            setValidity(false, tr("A time is required: write hh:mm"));
            return;
        }
        setValidity(true, {});
        if (m_time.isValid()) {
            m_time = QTime();
            emit timeChanged(m_time);
        }
        return;
    }
    if (typed.state == TypedTime::Invalid) {
        setValidity(false, tr("Invalid time: write hh:mm"));
        return;
    }
    setValidity(true, {});
    if (typed.mayGrow && !finished && hasFocus()) {
        m_pending = typed.time; // taken when the person moves on
        return;
    }
    if (typed.time != m_time) {
        m_time = typed.time;
        emit timeChanged(m_time);
    }
}

void TimeField::setValidity(bool valid, const QString &problem)
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

void TimeField::step(int minutes)
{
    const QTime from = time().isValid() ? time() : QTime(0, 0);
    const int to = from.msecsSinceStartOfDay() / 60000 + minutes;
    if (to < 0 || to >= 24 * 60)
        return; // a step never wraps to another day
    setText(shown(QTime::fromMSecsSinceStartOfDay(to * 60000)));
    emit textEdited(text()); // the person's change, as typing is (DiscardGuard)
}

void TimeField::keyPressEvent(QKeyEvent *event)
{
    if (!(event->modifiers() & Qt::AltModifier) && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        step(event->key() == Qt::Key_Up ? 5 : -5);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        finish(); // before the dialog's default button sees the key
    QLineEdit::keyPressEvent(event);
}

void TimeField::focusOutEvent(QFocusEvent *event)
{
    // The person moved on within the form. Not when the window loses focus
    // (another program, or the dialog closing: its destructor hides it, and
    // a reformatted text would reach the dialog's half-destroyed slots).
    if (event->reason() != Qt::ActiveWindowFocusReason && event->reason() != Qt::PopupFocusReason)
        finish();
    QLineEdit::focusOutEvent(event);
}

void TimeField::finish()
{
    readText(true);
    // 905 becomes 09:05 once the person moves on.
    if (m_valid && m_time.isValid() && text() != shown(m_time))
        setText(shown(m_time));
}

QSize TimeField::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    hint.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 16);
    return hint;
}

QSize TimeField::minimumSizeHint() const
{
    return sizeHint();
}

void TimeField::showEvent(QShowEvent *event)
{
    QLineEdit::showEvent(event);
    if (!m_valid)
        updateDialogGate(this);
}

void TimeField::hideEvent(QHideEvent *event)
{
    QLineEdit::hideEvent(event);
    if (!m_valid)
        updateDialogGate(this);
}

void TimeField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::EnabledChange && !m_valid)
        updateDialogGate(this);
}

} // namespace core
