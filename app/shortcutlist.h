#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;
class QTableWidget;

// One shortcut of the program, as the person sees it.
struct ShortcutEntry {
    QString where; // "Menu File", "Scheda Magazzino"
    QString what; // the action, without its & mnemonic
    QString keys; // in the platform's words ("Ctrl+K")
};

// Every keyboard shortcut of the window, read from its actual QActions
// (menus and window actions) and from the buttons of the tabs that carry
// one, so the list cannot drift from the program. Alt+letter mnemonics
// are left out (they are underlined on screen).
QList<ShortcutEntry> collectShortcuts(QMainWindow *window);

// Aiuto › Scorciatoie da tastiera: the list above in a table.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};
