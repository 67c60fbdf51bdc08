#include "deliveries/ui/recipientdialog.h"

#include "core/ui/discardguard.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/recipientcommands.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/ui/choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace deliveries {

RecipientDialog::RecipientDialog(core::AppContext &context, core::CommandStack &commands, qint64 recipientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(recipientId ? tr("Recipient") : tr("New recipient"));
    m_kind = new QComboBox(this);
    for (RecipientKind k : allRecipientKinds())
        if (k != RecipientKind::Coc)
            m_kind->addItem(DeliveryLabels::recipientKind(k), int(k));
    m_name = new QLineEdit(this);
    m_comune = new QComboBox(this);
    Choices::fillComuni(m_comune, context.db, tr("(choose the comune)"));
    m_comune->setEditable(true);
    m_comune->setInsertPolicy(QComboBox::NoInsert);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("street and number, for the DDT and the driver"));
    m_cap = new QLineEdit(this);
    m_cap->setMaxLength(5);
    m_cap->setMaximumWidth(80);
    m_addressWarning = new QLabel(tr("No address: the DDT and the trip sheet will ask the driver to find it."), this);
    m_addressWarning->setWordWrap(true);
    m_addressWarning->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    connect(m_address, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_addressWarning->setVisible(text.trimmed().isEmpty()); });
    m_contact = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_ownPosition = new QCheckBox(tr("Own position (otherwise the centre of the comune)"), this);
    m_lat = new QDoubleSpinBox(this);
    m_lon = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *s : { m_lat, m_lon }) {
        s->setDecimals(5);
        s->setEnabled(false);
    }
    m_lat->setRange(-90, 90);
    m_lon->setRange(-180, 180);
    m_lat->setValue(45.46);
    m_lon->setValue(9.19);
    connect(m_ownPosition, &QCheckBox::toggled, m_lat, &QWidget::setEnabled);
    connect(m_ownPosition, &QCheckBox::toggled, m_lon, &QWidget::setEnabled);
    m_notes = new QLineEdit(this);
    m_active = new QCheckBox(tr("In use"), this);
    m_active->setChecked(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto *position = new QHBoxLayout;
    position->addWidget(new QLabel(tr("lat"), this));
    position->addWidget(m_lat);
    position->addWidget(new QLabel(tr("lon"), this));
    position->addWidget(m_lon);
    position->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Comune:"), m_comune);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_addressWarning);
    form->addRow(tr("CAP:"), m_cap);
    form->addRow(tr("C&ontact person:"), m_contact);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_ownPosition);
    form->addRow(QString(), position);
    form->addRow(tr("No&tes:"), m_notes);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 480);

    if (recipientId) {
        auto r = RecipientRepository(context.db).recipient(recipientId);
        if (!r) {
            m_problem->setText(core::ErrorText::describe(r.error()));
            return;
        }
        m_recipient = *r;
        if (r->isCoc()) {
            m_kind->insertItem(0, DeliveryLabels::recipientKind(RecipientKind::Coc), int(RecipientKind::Coc));
            m_kind->setCurrentIndex(0);
            for (QWidget *w : std::initializer_list<QWidget *> { m_kind, m_name, m_comune })
                w->setEnabled(false);
            auto *coc = new QLabel(tr("The address and contacts of a COC are its comune's COC details (also in the "
                                      "Comuni tab). The town hall's CAP, phone and e-mail are filled in until you "
                                      "type the COC's own."),
                this);
            coc->setWordWrap(true);
            layout->insertWidget(0, coc);
        } else {
            m_kind->setCurrentIndex(m_kind->findData(int(r->kind)));
        }
        m_name->setText(r->name);
        core::selectByData(m_comune, r->comuneId);
        m_address->setText(r->address);
        m_cap->setText(r->cap);
        m_contact->setText(r->contact);
        m_phone->setText(r->phone);
        m_email->setText(r->email);
        m_ownPosition->setChecked(r->coordinate.isValid());
        const QGeoCoordinate shown = r->coordinate.isValid() ? r->coordinate : r->resolvedCoordinate;
        if (shown.isValid()) {
            m_lat->setValue(shown.latitude());
            m_lon->setValue(shown.longitude());
        }
        m_notes->setText(r->notes);
        m_active->setChecked(r->active);
    }
    m_addressWarning->setVisible(m_address->text().trimmed().isEmpty());
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

bool RecipientDialog::save()
{
    Recipient r = m_recipient;
    r.kind = RecipientKind(m_kind->currentData().toInt());
    r.name = m_name->text();
    r.comuneId = Choices::typed(m_comune).toInt();
    if (!r.comuneId)
        r.comuneId = m_comune->currentData().toInt();
    r.address = m_address->text();
    r.cap = m_cap->text();
    r.contact = m_contact->text();
    r.phone = m_phone->text();
    r.email = m_email->text();
    r.coordinate = m_ownPosition->isChecked() ? QGeoCoordinate(m_lat->value(), m_lon->value()) : QGeoCoordinate();
    r.notes = m_notes->text();
    r.active = m_active->isChecked();
    if (r.comuneId == 0) {
        m_problem->setText(tr("Choose the comune."));
        return false;
    }
    auto command = std::make_shared<SaveRecipient>(r);
    if (auto s = m_commands.run(command); !s) {
        m_problem->setText(core::ErrorText::describe(s.error()));
        return false;
    }
    m_saved = command->recipientId();
    return true;
}

} // namespace deliveries
