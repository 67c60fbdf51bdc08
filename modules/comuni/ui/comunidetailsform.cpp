#include "comuni/ui/comunidetailsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comuni {

ComuneDetailsForm::ComuneDetailsForm(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_facts = new QLabel(this);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_zone = new QComboBox(this);
    m_zone->addItem(tr("(not set)"), QString());
    for (const QString &z : core::zoneOmogenee())
        m_zone->addItem(z, z);
    auto line = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &ComuneDetailsForm::updateButtons);
        return edit;
    };
    m_phone = line(QStringLiteral("phone"), tr("e.g. 02 1234567"));
    m_email = line(QStringLiteral("email"), tr("protocollo@comune..."));
    m_pec = line(QStringLiteral("pec"), tr("comune...@pec.it"));
    m_cap = line(QStringLiteral("cap"), tr("5 digits"));
    m_cap->setMaxLength(5);
    m_cap->setInputMask(QString());
    m_cocAddress = line(QStringLiteral("cocAddress"), tr("where the COC meets"));
    m_cocContact = line(QStringLiteral("cocContact"), tr("name and role of the COC contact"));
    m_cocPhone = line(QStringLiteral("cocPhone"), tr("phone answered during emergencies"));
    m_cocEmail = line(QStringLiteral("cocEmail"), tr("COC e-mail"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ComuneDetailsForm::updateButtons);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ComuneDetailsForm::updateButtons);

    auto *townHall = new QGroupBox(tr("Town hall"), this);
    auto *townForm = new QFormLayout(townHall);
    townForm->addRow(tr("&Zona omogenea:"), m_zone);
    townForm->addRow(tr("&Phone:"), m_phone);
    townForm->addRow(tr("&E-mail:"), m_email);
    townForm->addRow(tr("P&EC:"), m_pec);
    townForm->addRow(tr("CA&P:"), m_cap);

    auto *coc = new QGroupBox(tr("COC (Centro Operativo Comunale)"), this);
    auto *cocForm = new QFormLayout(coc);
    cocForm->addRow(tr("A&ddress:"), m_cocAddress);
    cocForm->addRow(tr("C&ontact:"), m_cocContact);
    cocForm->addRow(tr("P&hone:"), m_cocPhone);
    cocForm->addRow(tr("E-&mail:"), m_cocEmail);
    cocForm->addRow(tr("&Notes:"), m_notes);

    m_save = new QPushButton(tr("&Save changes"), this);
    m_revert = new QPushButton(tr("&Undo changes"), this);
    connect(m_save, &QPushButton::clicked, this, &ComuneDetailsForm::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &ComuneDetailsForm::revertRequested);

    auto *groups = new QHBoxLayout;
    groups->addWidget(townHall);
    groups->addWidget(coc);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addLayout(groups);
    layout->addLayout(buttons);
    clear();
}

void ComuneDetailsForm::setComune(const core::Comune &comune, const core::ComuneDetails &d)
{
    m_heading->setText(comune.name);
    const QLocale locale;
    m_facts->setText(tr("ISTAT code %1 · %2 · %3, %4")
                         .arg(comune.istatCode, tr("%Ln resident(s)", nullptr, int(comune.population)),
                              locale.toString(comune.coordinate.latitude(), 'f', 4),
                              locale.toString(comune.coordinate.longitude(), 'f', 4)));
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(d.zonaOmogenea)));
    m_phone->setText(d.phone);
    m_email->setText(d.email);
    m_pec->setText(d.pec);
    m_cap->setText(d.cap);
    m_cocAddress->setText(d.cocAddress);
    m_cocContact->setText(d.cocContact);
    m_cocPhone->setText(d.cocPhone);
    m_cocEmail->setText(d.cocEmail);
    m_notes->setPlainText(d.notes);
    m_original = d;
    setEnabled(true);
    updateButtons();
}

void ComuneDetailsForm::clear()
{
    m_original = core::ComuneDetails();
    m_heading->setText(tr("Choose a comune in the list or on the map"));
    m_facts->clear();
    for (QLineEdit *e : { m_phone, m_email, m_pec, m_cap, m_cocAddress, m_cocContact, m_cocPhone, m_cocEmail })
        e->clear();
    m_notes->clear();
    m_zone->setCurrentIndex(0);
    setEnabled(false);
    updateButtons();
}

core::ComuneDetails ComuneDetailsForm::details() const
{
    core::ComuneDetails d;
    d.comuneId = m_original.comuneId;
    d.zonaOmogenea = m_zone->currentData().toString();
    d.phone = m_phone->text().trimmed();
    d.email = m_email->text().trimmed();
    d.pec = m_pec->text().trimmed();
    d.cap = m_cap->text().trimmed();
    d.cocAddress = m_cocAddress->text().trimmed();
    d.cocContact = m_cocContact->text().trimmed();
    d.cocPhone = m_cocPhone->text().trimmed();
    d.cocEmail = m_cocEmail->text().trimmed();
    d.notes = m_notes->toPlainText().trimmed();
    return d;
}

bool ComuneDetailsForm::isDirty() const
{
    return m_original.comuneId != 0 && !(details() == m_original);
}

void ComuneDetailsForm::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

} // namespace comuni
