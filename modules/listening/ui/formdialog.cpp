#include "listening/ui/formdialog.h"

#include "core/ui/discardguard.h"
#include "core/ui/errortext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace listening {

FormDialog::FormDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

void FormDialog::setOkText(const QString &text)
{
    m_ok->setText(text);
}

void FormDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // Grow to show the whole message (it wraps), never narrower.
    const int w = width();
    layout()->activate();
    const int h = layout()->totalHeightForWidth(w);
    resize(w, std::max(height(), h > 0 ? h : sizeHint().height()));
}

void FormDialog::accept()
{
    if (m_submit) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const core::Status s = m_submit();
        QApplication::restoreOverrideCursor();
        if (!s) {
            showError(core::ErrorText::describe(s.error()));
            return;
        }
    }
    QDialog::accept();
}

} // namespace listening
