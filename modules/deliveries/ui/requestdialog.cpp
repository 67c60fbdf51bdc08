#include "deliveries/ui/requestdialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/domain/requestcommands.h"
#include "deliveries/ui/choices.h"
#include "deliveries/ui/goodslineseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace deliveries {

RequestDialog::RequestDialog(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
{
    setWindowTitle(tr("New request"));
    resize(760, 560);
    const QDate today = context.clock->today();
    m_recipient = new QComboBox(this);
    Choices::fillRecipients(m_recipient, context.db);
    // No recipient offered: the first of the list would be a plausible
    // wrong answer (a request for another comune).
    m_recipient->setCurrentIndex(-1);
    m_recipient->lineEdit()->setPlaceholderText(tr("type or choose the recipient"));
    m_recipient->setAccessibleName(tr("Recipient"));
    m_date = core::makeDateEdit(today, this);
    m_hasNeededBy = new QCheckBox(tr("Needed by:"), this);
    m_neededBy = core::makeDateEdit(today.addDays(7), this);
    m_neededBy->setEnabled(false);
    connect(m_hasNeededBy, &QCheckBox::toggled, m_neededBy, &QWidget::setEnabled);
    m_booking = new QLineEdit(this);
    m_booking->setPlaceholderText(tr("Booking id on the platform (optional)"));
    m_notes = new QLineEdit(this);
    m_lines = new GoodsLinesEditor(context, GoodsLinesEditor::Mode::Request, this);
    m_lines->addLine();
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    // Said while the request is typed, not discovered by the driver.
    m_addressWarning = new QLabel(this);
    m_addressWarning->setWordWrap(true);
    m_addressWarning->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_addressWarning->hide();
    connect(m_recipient, &QComboBox::currentTextChanged, this, [this] {
        const qint64 id = Choices::typed(m_recipient).toLongLong();
        auto r = id ? RecipientRepository(m_context.db).recipient(id) : core::Result<Recipient>(Recipient {});
        const bool missing = id && r && r->address.trimmed().isEmpty();
        m_addressWarning->setText(missing ? tr("%1 has no address: record it under Recipients before the DDT is "
                                               "printed.")
                                                .arg(r->name)
                                          : QString());
        m_addressWarning->setVisible(missing);
    });

    auto *neededRow = new QHBoxLayout;
    neededRow->addWidget(m_hasNeededBy);
    neededRow->addWidget(m_neededBy);
    neededRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(QString(), m_addressWarning);
    form->addRow(tr("Asked &on:"), m_date);
    form->addRow(QString(), neededRow);
    form->addRow(tr("&Booking:"), m_booking);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // A refused line's message goes once the line is fixed.
    connect(m_lines, &GoodsLinesEditor::changed, this, [this] {
        if (!m_linesRefused)
            return;
        const auto s = m_lines->check();
        m_problem->setText(s ? QString() : core::ErrorText::describe(s.error()));
        m_linesRefused = !s;
    });
    new core::DiscardGuard(this); // asks before a filled form is thrown away
}

bool RequestDialog::save()
{
    if (auto s = m_lines->check(); !s) {
        m_problem->setText(core::ErrorText::describe(s.error()));
        m_linesRefused = true;
        return false;
    }
    RequestDraft draft;
    draft.recipientId = Choices::typed(m_recipient).toLongLong();
    if (!draft.recipientId)
        draft.recipientId = m_recipient->currentData().toLongLong();
    draft.requestedOn = m_date->date();
    if (m_hasNeededBy->isChecked())
        draft.neededBy = m_neededBy->date();
    draft.externalRef = m_booking->text();
    draft.notes = m_notes->text();
    for (const DeliveryLine &l : m_lines->lines())
        draft.lines.append({ 0, l.categoryId, l.itemId, l.quantity, {}, false });
    auto command = std::make_shared<CreateRequest>(draft);
    if (auto s = m_commands.run(command); !s) {
        m_problem->setText(core::ErrorText::describe(s.error()));
        return false;
    }
    m_created = command->requestId();
    return true;
}

} // namespace deliveries
