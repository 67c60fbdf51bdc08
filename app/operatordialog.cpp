#include "operatordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OperatorDialog::OperatorDialog(const QStringList &recent, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Operator"));
    auto *intro = new QLabel(tr("<b>Who is working at this workstation?</b><br/>"
                                "Your name is recorded with every change you make."), this);
    intro->setWordWrap(true);
    m_name = new QComboBox(this);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->addItems(recent);
    m_name->lineEdit()->setPlaceholderText(tr("Name and surname"));
    m_name->lineEdit()->setMaxLength(maxLength);
    m_name->setMinimumWidth(320);
    m_name->setAccessibleName(tr("Operator name"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OperatorDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_name);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
}

QString OperatorDialog::operatorName() const
{
    return m_name->currentText().simplified();
}

void OperatorDialog::accept()
{
    if (operatorName().size() < 2) {
        m_error->setText(tr("Type your name (at least two letters)."));
        m_error->show();
        return;
    }
    QDialog::accept();
}
