#include "listening/ui/staffpage.h"
#include "core/ui/comunepicker.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/accountrepository.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "listening/domain/teamcommands.h"
#include "listening/ui/formdialog.h"
#include "listening/ui/psychologistcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace listening {

namespace {
} // namespace

StaffPage::StaffPage(core::AppContext &context, core::CommandStack *commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_psychologists = core::makeReadOnlyTable(
        { tr("Psychologist"), tr("Phone"), tr("E-mail"), tr("Signs in as"), tr("Active") }, this);
    core::setColumnWidth(m_psychologists, 0, 260);
    core::setColumnWidth(m_psychologists, 1, 130);
    core::setColumnWidth(m_psychologists, 2, 220);
    core::setColumnWidth(m_psychologists, 3, 130);
    m_psychologists->setAccessibleName(tr("Psychologists"));
    m_placements
        = core::makeReadOnlyTable({ tr("COC of"), tr("Psychologist"), tr("From"), tr("To"), tr("Note") }, this);
    core::setColumnWidth(m_placements, 0, 190);
    core::setColumnWidth(m_placements, 1, 260);
    core::setColumnWidth(m_placements, 2, 100);
    core::setColumnWidth(m_placements, 3, 100);
    m_placements->setAccessibleName(tr("COC placements"));
    m_pastToo = new QCheckBox(tr("Show ended placements too"), this);

    auto *addPsychologist = new QPushButton(tr("&New psychologist..."), this);
    auto *changePsychologist = new QPushButton(tr("&Change..."), this);
    auto *place = new QPushButton(tr("&Place in a COC..."), this);
    auto *end = new QPushButton(tr("&End placement..."), this);
    connect(addPsychologist, &QPushButton::clicked, this, [this] { editPsychologist(true); });
    connect(changePsychologist, &QPushButton::clicked, this, [this] { editPsychologist(false); });
    connect(m_psychologists, &QTableWidget::cellDoubleClicked, this, [this] { editPsychologist(false); });
    connect(place, &QPushButton::clicked, this, &StaffPage::addPlacement);
    connect(end, &QPushButton::clicked, this, &StaffPage::endPlacement);
    connect(m_pastToo, &QCheckBox::toggled, this, &StaffPage::reload);
    const bool may
        = core::Access::allows(context.db, core::Permission::ListeningStaffManage) || !core::hasSession(context.db);
    for (QPushButton *b : { addPsychologist, changePsychologist, place, end }) {
        b->setEnabled(may);
        if (!may)
            b->setToolTip(
                tr("Needs the role %1.")
                    .arg(core::RoleText::alternatives(core::rolesAllowing(core::Permission::ListeningStaffManage))));
    }

    auto *rosterButtons = new QHBoxLayout;
    rosterButtons->addWidget(new QLabel(tr("<b>SPE team</b>"), this));
    rosterButtons->addStretch();
    rosterButtons->addWidget(addPsychologist);
    rosterButtons->addWidget(changePsychologist);
    auto *placementButtons = new QHBoxLayout;
    placementButtons->addWidget(new QLabel(tr("<b>Psychologists in the COCs</b>"), this));
    placementButtons->addStretch();
    placementButtons->addWidget(m_pastToo);
    placementButtons->addWidget(place);
    placementButtons->addWidget(end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rosterButtons);
    layout->addWidget(m_psychologists, 1);
    layout->addLayout(placementButtons);
    layout->addWidget(m_placements, 1);
    reload();
}

void StaffPage::reload()
{
    StaffService staff(m_context.db, *m_context.clock);
    if (auto roster = staff.psychologists(false)) {
        m_roster = *roster;
        m_psychologists->setRowCount(int(m_roster.size()));
        for (int row = 0; row < m_roster.size(); ++row) {
            const Psychologist &p = m_roster.at(row);
            m_psychologists->setItem(row, 0, core::makeCell(p.name, p.id));
            m_psychologists->setItem(row, 1, core::makeCell(p.phone));
            m_psychologists->setItem(row, 2, core::makeCell(p.email));
            m_psychologists->setItem(row, 3, core::makeCell(p.accountUsername));
            m_psychologists->setItem(row, 4, core::makeCell(p.active ? tr("yes") : tr("no")));
        }
    }
    if (auto placements = staff.placements(!m_pastToo->isChecked())) {
        m_placements->setRowCount(int(placements->size()));
        for (int row = 0; row < placements->size(); ++row) {
            const Placement &p = placements->at(row);
            m_placements->setItem(row, 0, core::makeCell(p.comune, p.id));
            m_placements->setItem(row, 1, core::makeCell(p.psychologist));
            m_placements->setItem(row, 2, core::makeCell(core::formatDay(p.from)));
            m_placements->setItem(row, 3, core::makeCell(p.to.isValid() ? core::formatDay(p.to) : tr("ongoing")));
            m_placements->setItem(row, 4, core::makeCell(p.note));
        }
    }
}

void StaffPage::editPsychologist(bool create)
{
    Psychologist p;
    if (!create) {
        const int row = m_psychologists->currentRow();
        if (row < 0 || row >= m_roster.size())
            return;
        p = m_roster.at(row);
    }
    FormDialog dialog(create ? tr("New psychologist") : tr("Psychologist"),
        tr("A volunteer psychologist of the SPE team. Link the account they sign in with, if they have one: "
           "the queue then shows them their own requests."),
        this);
    auto *name = new QLineEdit(p.name, &dialog);
    name->setPlaceholderText(tr("e.g. Dott.ssa Anna Bianchi"));
    auto *phone = new QLineEdit(p.phone, &dialog);
    auto *email = new QLineEdit(p.email, &dialog);
    auto *account = new QComboBox(&dialog);
    account->addItem(tr("(none)"), qint64(0));
    if (auto accounts = core::AccountRepository(m_context.db).all())
        for (const core::Account &a : *accounts)
            if (a.active && (a.role == core::Role::Psychologist || a.role == core::Role::Coordinator))
                account->addItem(QStringLiteral("%1 (%2)").arg(a.displayName, a.username), a.id);
    account->setCurrentIndex(std::max(0, account->findData(p.accountId)));
    auto *active = new QCheckBox(tr("active: can be assigned requests"), &dialog);
    active->setChecked(p.active);
    dialog.form()->addRow(tr("&Name:"), name);
    dialog.form()->addRow(tr("&Phone:"), phone);
    dialog.form()->addRow(tr("&E-mail:"), email);
    dialog.form()->addRow(tr("&Account:"), account);
    dialog.form()->addRow(QString(), active);
    dialog.setSubmit([&] {
        p.name = name->text();
        p.phone = phone->text();
        p.email = email->text();
        p.accountId = account->currentData().toLongLong();
        p.active = active->isChecked();
        return m_commands->run(std::make_shared<SavePsychologist>(p));
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StaffPage::addPlacement()
{
    FormDialog dialog(
        tr("Place a psychologist in a COC"), tr("A psychologist who works at a comune's COC from a date."), this);
    auto *psychologist = new PsychologistCombo(&dialog);
    psychologist->load(m_context.db, false);
    auto *comune = new QComboBox(&dialog);
    core::fillComuneCombo(comune, m_context.db, std::nullopt);
    comune->setCurrentIndex(-1);
    auto *from = core::makeDateEdit(m_context.clock->today(), &dialog);
    auto *note = new QLineEdit(&dialog);
    dialog.form()->addRow(tr("&Psychologist:"), psychologist);
    dialog.form()->addRow(tr("&COC of:"), comune);
    dialog.form()->addRow(tr("&From:"), from);
    dialog.form()->addRow(tr("&Note:"), note);
    dialog.setSubmit([&]() -> core::Status {
        const int index = comune->findText(comune->currentText(), Qt::MatchFixedString);
        if (index < 0)
            return core::Error(QStringLiteral("reference.unknown_comune"), { comune->currentText() });
        return m_commands->run(std::make_shared<AddPlacement>(
            psychologist->selectedId(), comune->itemData(index).toInt(), from->date(), note->text()));
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StaffPage::endPlacement()
{
    const int row = m_placements->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_placements->item(row, 0)->data(Qt::UserRole).toLongLong();
    FormDialog dialog(tr("End placement"),
        tr("%1 at the COC of %2.").arg(m_placements->item(row, 1)->text(), m_placements->item(row, 0)->text()), this);
    auto *to = core::makeDateEdit(m_context.clock->today(), &dialog);
    dialog.form()->addRow(tr("&Last day:"), to);
    dialog.setSubmit([&] { return m_commands->run(std::make_shared<EndPlacement>(id, to->date())); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace listening
