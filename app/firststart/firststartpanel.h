#pragma once

#include "firststart/firststartstate.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace core {
struct AppContext;
class CommandStack;
}

// The first-start guide, a checklist at the top of the Cruscotto: this
// workstation, the accounts of the room's people, a starter catalogue, the
// volunteer organisations and (optional) the operations room. Each step is
// ticked from what the database holds (FirstStartState), never from a flag,
// and its buttons open the dialog that does it: every write goes through
// that dialog's commands.
//
// It opens by itself on a database without goods or organisations, and from
// Aiuto › Guida al primo avvio. Hidden, it leaves one line on the Cruscotto
// ("No items in the warehouse yet: start from the guide") as long as the
// database still looks new.
class FirstStartPanel : public QFrame {
    Q_OBJECT
public:
    enum Step { Workstation, Accounts, Catalogue, Organisations, Room, StepCount };

    FirstStartPanel(core::AppContext &context, core::CommandStack &commands, QWidget *parent = nullptr);

    // Reads the state again and shows what it says.
    void refresh();
    // Shows the checklist even when every step is done.
    void open();
    // Hides the checklist for this window (the one line stays while the
    // database looks new).
    void hideGuide();

    // For tests and the Cruscotto.
    const FirstStartState &state() const { return m_state; }
    bool checklistShown() const;
    bool hintShown() const;
    bool stepDone(Step step) const;
    QString stepText(Step step) const;
    QLabel *hintLabel() const { return m_hint; }

    // The steps' actions (their buttons).
    void manageAccounts();
    void chooseStarterCatalogue();
    void importOrganisations();
    void addOrganisation();

signals:
    // The main window opens its Settings dialog on that page
    // (SettingsDialog::Page: the workstation, the room).
    void settingsRequested(int page);

private:
    struct Row {
        QLabel *mark = nullptr;
        QLabel *text = nullptr;
        QList<QPushButton *> buttons;
    };
    void addRow(Step step, const QList<QPushButton *> &buttons);
    QPushButton *actionButton(const QString &text, const QString &permission);
    void showMessage(const QString &text);
    void showState();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    FirstStartState m_state;
    bool m_opened = false;   // opened from the menu or after the first administrator
    bool m_hidden = false;   // hidden by the person
    QWidget *m_checklist = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_hide = nullptr;
    QGridLayout *m_grid = nullptr;
    Row m_rows[StepCount];
    QLabel *m_hint = nullptr;
};
