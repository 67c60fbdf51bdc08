#include "core/ui/fieldgate.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVariant>

namespace core {

namespace {
const char *const problemProperty = "typedFieldProblem";
// Set on the dialog buttons a field disabled, so that only those are
// enabled again (a button the dialog disabled itself stays disabled).
const char *const disabledByFieldProperty = "disabledByDateField";
} // namespace

void setFieldProblem(QWidget *field, const QString &problem)
{
    if (fieldProblem(field) == problem)
        return;
    field->setProperty(problemProperty, problem);
    updateDialogGate(field);
}

QString fieldProblem(const QWidget *field)
{
    return field->property(problemProperty).toString();
}

QWidget *firstHeldBackField(const QWidget *root)
{
    for (QWidget *field : root->findChildren<QWidget *>())
        if (!fieldProblem(field).isEmpty() && field->isVisibleTo(root) && field->isEnabled())
            return field;
    return nullptr;
}

QString fieldLabel(const QWidget *field)
{
    // The part of a DateTimeField is named by the whole field's label.
    const QList<QLabel *> labels = field->window()->findChildren<QLabel *>();
    for (const QWidget *w = field; w && !w->isWindow(); w = w->parentWidget()) {
        for (const QLabel *label : labels) {
            if (label->buddy() != w)
                continue;
            QString name = label->text().remove(QLatin1Char('&')).trimmed();
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            if (!name.isEmpty())
                return name;
        }
    }
    return field->accessibleName();
}

void updateDialogGate(QWidget *field)
{
    auto *dialog = qobject_cast<QDialog *>(field->window());
    if (!dialog)
        return;
    const QWidget *held = firstHeldBackField(dialog);
    QString why;
    if (held) {
        const QString name = fieldLabel(held);
        why = name.isEmpty() ? fieldProblem(held) : name + QStringLiteral(": ") + fieldProblem(held);
    }
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            const auto role = box->buttonRole(button);
            if (role != QDialogButtonBox::AcceptRole && role != QDialogButtonBox::YesRole)
                continue;
            const bool ours = button->property(disabledByFieldProperty).toBool();
            if (held && button->isEnabled()) {
                button->setEnabled(false);
                button->setProperty(disabledByFieldProperty, true);
                button->setToolTip(why);
            } else if (!held && ours) {
                button->setEnabled(true);
                button->setProperty(disabledByFieldProperty, false);
                button->setToolTip(QString());
            } else if (held && ours) {
                button->setToolTip(why);
            }
        }
    }
}

} // namespace core
