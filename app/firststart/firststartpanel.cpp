#include "firststart/firststartpanel.h"

#include "settingsdialog.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/ui/accountsdialog.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "stock/ui/startercataloguedialog.h"
#include "volunteers/ui/importdialog.h"
#include "volunteers/ui/organisationdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString guideDoneColour = QStringLiteral("#1b5e20");
const QString guideTodoColour = QStringLiteral("#123a61");
const QString guideNoteColour = QStringLiteral("#555f6a");

} // namespace

FirstStartPanel::FirstStartPanel(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QFrame(parent), m_context(context), m_commands(commands)
{
    setObjectName(QStringLiteral("firstStartPanel"));
    setStyleSheet(QStringLiteral("#firstStartPanel { background: #eef4fa; border: 1px solid #b9cde0; border-radius: 4px; }"));

    m_checklist = new QWidget(this);
    m_title = new QLabel(m_checklist);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_progress = new QLabel(m_checklist);
    m_progress->setStyleSheet(QStringLiteral("color: %1;").arg(guideNoteColour));
    m_hide = new QPushButton(m_checklist);
    connect(m_hide, &QPushButton::clicked, this, &FirstStartPanel::hideGuide);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_progress, 1);
    header->addWidget(m_hide);
    auto *intro = new QLabel(tr("These steps prepare the room for work. Each one is ticked by itself as soon as "
                                "what it asks for is in the database."),
                             m_checklist);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(guideNoteColour));

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
    const auto settings = [this](SettingsDialog::Page page) {
        return [this, page] { emit settingsRequested(int(page)); };
    };
    QPushButton *workstation = actionButton(tr("&Workstation..."), core::Permission::SettingsManage);
    connect(workstation, &QPushButton::clicked, this, settings(SettingsDialog::Page::Workstation));
    addRow(Workstation, { workstation });
    QPushButton *accounts = actionButton(tr("Operators and &roles..."), core::Permission::AccountsManage);
    connect(accounts, &QPushButton::clicked, this, &FirstStartPanel::manageAccounts);
    addRow(Accounts, { accounts });
    QPushButton *catalogue = actionButton(tr("Starter &catalogue..."), core::Permission::StockEdit);
    connect(catalogue, &QPushButton::clicked, this, &FirstStartPanel::chooseStarterCatalogue);
    addRow(Catalogue, { catalogue });
    QPushButton *import = actionButton(tr("&Import from a spreadsheet..."), core::Permission::VolunteersEdit);
    connect(import, &QPushButton::clicked, this, &FirstStartPanel::importOrganisations);
    QPushButton *add = actionButton(tr("&New organisation..."), core::Permission::VolunteersEdit);
    connect(add, &QPushButton::clicked, this, &FirstStartPanel::addOrganisation);
    addRow(Organisations, { import, add });
    QPushButton *room = actionButton(tr("Operations r&oom..."), core::Permission::SyncManage);
    connect(room, &QPushButton::clicked, this, settings(SettingsDialog::Page::Sync));
    addRow(Room, { room });

    m_message = new QLabel(m_checklist);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(guideDoneColour));
    m_message->hide();

    auto *checklistLayout = new QVBoxLayout(m_checklist);
    checklistLayout->setContentsMargins(12, 10, 12, 10);
    checklistLayout->addLayout(header);
    checklistLayout->addWidget(intro);
    checklistLayout->addLayout(m_grid);
    checklistLayout->addWidget(m_message);

    // The one line left on the Cruscotto when the checklist is hidden.
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("firstStartHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setContentsMargins(12, 6, 12, 6);
    connect(m_hint, &QLabel::linkActivated, this, &FirstStartPanel::open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_checklist);
    layout->addWidget(m_hint);
    hide();
}

QPushButton *FirstStartPanel::actionButton(const QString &text, const QString &permission)
{
    auto *button = new QPushButton(text, m_checklist);
    // Greyed out for a role that may not do it (the command would refuse).
    if (core::hasSession(m_context.db) && !core::Access::allows(m_context.db, permission)) {
        button->setEnabled(false);
        button->setToolTip(tr("Your role cannot do this step: ask the administrator."));
    }
    return button;
}

void FirstStartPanel::addRow(Step step, const QList<QPushButton *> &buttons)
{
    Row &row = m_rows[step];
    row.mark = new QLabel(m_checklist);
    row.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    row.mark->setMinimumWidth(row.mark->fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    row.text = new QLabel(m_checklist);
    row.text->setWordWrap(true);
    row.text->setTextFormat(Qt::RichText);
    row.buttons = buttons;
    auto *buttonBox = new QHBoxLayout;
    buttonBox->addStretch();
    for (QPushButton *b : buttons)
        buttonBox->addWidget(b);
    m_grid->addWidget(row.mark, step, 0);
    m_grid->addWidget(row.text, step, 1);
    m_grid->addLayout(buttonBox, step, 2, Qt::AlignTop);
}

void FirstStartPanel::refresh()
{
    auto state = readFirstStartState(m_context.db);
    if (state)
        m_state = *state;
    showState();
}

void FirstStartPanel::open()
{
    m_opened = true;
    m_hidden = false;
    refresh();
}

void FirstStartPanel::hideGuide()
{
    m_hidden = true;
    m_opened = false;
    m_message->hide();
    showState();
}

bool FirstStartPanel::checklistShown() const
{
    return !m_hidden && (m_opened || m_state.looksNew());
}

bool FirstStartPanel::hintShown() const
{
    return !checklistShown() && m_state.looksNew();
}

bool FirstStartPanel::stepDone(Step step) const
{
    switch (step) {
    case Workstation:
        return m_state.workstationDone();
    case Accounts:
        return m_state.accountsDone();
    case Catalogue:
        return m_state.catalogueDone();
    case Organisations:
        return m_state.organisationsDone();
    case Room:
        return m_state.roomDone();
    case StepCount:
        break;
    }
    return false;
}

QString FirstStartPanel::stepText(Step step) const
{
    const QLocale locale;
    const bool done = stepDone(step);
    QString title;
    QString text;
    switch (step) {
    case Workstation:
        title = tr("This workstation");
        text = done ? tr("Number %1, «%2».").arg(locale.toString(m_state.workstation), m_state.workstationName.toHtmlEscaped())
                    : tr("Number %1, without a name. Give it a name (Sala operativa 1, Magazzino...) and check the number: "
                         "every workstation that shares data needs its own.")
                          .arg(locale.toString(m_state.workstation));
        break;
    case Accounts:
        title = tr("Accounts for the room's people");
        text = done ? tr("%Ln account(s) besides the administrator.", nullptr, m_state.otherAccounts)
                    : tr("Only the administrator so far. Create an account for every operator, coordinator and "
                         "psychologist: each person signs in with their own.");
        break;
    case Catalogue:
        title = tr("Starter catalogue");
        text = done ? tr("%Ln active item(s) in the catalogue.", nullptr, m_state.activeItems)
                    : tr("No items in the warehouse yet. Start from the proposed catalogue (the six food categories, "
                         "protective equipment and kits) and choose what to create.");
        break;
    case Organisations:
        title = tr("Volunteer organisations");
        text = done ? tr("%Ln organisation(s) on record.", nullptr, m_state.organisations)
                    : tr("No organisations yet. Import the list of the 117 organisations from a spreadsheet saved as "
                         "CSV, or enter them one by one.");
        break;
    case Room:
        title = tr("Operations room (optional)");
        text = done ? tr("This workstation belongs to the room «%1».").arg(m_state.roomName.toHtmlEscaped())
                    : tr("This workstation shares its data with no other. On the room's first workstation create the "
                         "room; the other workstations join it at their first start with an invitation.");
        break;
    case StepCount:
        break;
    }
    return QStringLiteral("<b>%1</b><br/><span style=\"color: %2;\">%3</span>")
        .arg(title.toHtmlEscaped(), done ? guideDoneColour : guideNoteColour, text);
}

void FirstStartPanel::showState()
{
    const bool checklist = checklistShown();
    const bool hint = hintShown();
    setVisible(checklist || hint);
    m_checklist->setVisible(checklist);
    m_hint->setVisible(hint);
    const QLocale locale;
    if (checklist) {
        const bool complete = m_state.complete();
        m_title->setText(complete ? tr("The room is ready") : tr("First steps"));
        m_progress->setText(tr("Steps done: %1 of %2")
                                .arg(locale.toString(m_state.requiredDone()), locale.toString(FirstStartState::requiredSteps)));
        m_hide->setText(complete ? tr("&Close the guide") : tr("&Hide the guide"));
        for (int s = 0; s < StepCount; ++s) {
            const Step step = Step(s);
            const bool done = stepDone(step);
            Row &row = m_rows[s];
            row.mark->setText(done ? QStringLiteral("<span style=\"color: %1; font-size: 15pt;\">&#10003;</span>").arg(guideDoneColour)
                                   : QStringLiteral("<span style=\"color: %1; font-size: 13pt; font-weight: 600;\">%2</span>")
                                         .arg(guideTodoColour, locale.toString(s + 1)));
            row.text->setText(stepText(step));
            row.mark->setAccessibleName(done ? tr("Step %1: done").arg(s + 1) : tr("Step %1: to do").arg(s + 1));
        }
    }
    if (hint) {
        const QString what = !m_state.catalogueDone() ? tr("No items in the warehouse yet")
                                                      : tr("No volunteer organisations yet");
        m_hint->setText(QStringLiteral("%1: <a href=\"guide\">%2</a>.").arg(what.toHtmlEscaped(), tr("start from the first-start guide").toHtmlEscaped()));
    }
}

void FirstStartPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FirstStartPanel::manageAccounts()
{
    core::AccountsDialog dialog(m_context.db, this);
    dialog.exec();
    refresh();
}

void FirstStartPanel::chooseStarterCatalogue()
{
    stock::StarterCatalogueDialog dialog(m_context, m_commands, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("%Ln item(s) created in the catalogue (Warehouse › Master data).", nullptr, dialog.created()));
    refresh();
}

void FirstStartPanel::importOrganisations()
{
    volunteers::ImportDialog dialog(m_context, m_commands, volunteers::ImportDialog::Organisations, this);
    dialog.exec();
    refresh();
}

void FirstStartPanel::addOrganisation()
{
    volunteers::OrganisationDialog dialog(m_context, m_commands, 0, this);
    dialog.exec();
    refresh();
}
