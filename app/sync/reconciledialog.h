#pragma once

#include "core/sync/identityreview.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
class BackgroundReader;
class Clock;
}

// "Da riconciliare": records that look like one thing made on two
// workstations and that the program does not merge by itself (the same
// codice fiscale under another name, the same booking for another
// recipient, donors' names that differ only in punctuation). Each line says
// what the two records share and where they differ; "Unisci" runs
// core::sync::MergeIdentity (coordinator, administrator): the older record
// is kept, everything that refers to the other moves onto it, on every
// workstation. Below, the merges in effect (automatic or a person's), each
// with "Annulla unione": the merged record comes back and what the merge
// moved goes back to it, on every workstation. The lists are read on a BackgroundReader (its own connection):
// "reading..." until it arrives, then loaded(). GUI thread.
class ReconcileDialog : public QDialog {
    Q_OBJECT
public:
    ReconcileDialog(const QSqlDatabase &db, const core::Clock &clock, QWidget *parent = nullptr);
    ~ReconcileDialog() override;

    void reload();
    bool isLoading() const { return m_loading; }
    QTableWidget *list() const { return m_list; }
    QPushButton *mergeButton() const { return m_merge; }
    const QList<core::sync::ReconcileCase> &cases() const { return m_cases; }
    // Merges the selected line; false (with the reason shown) when refused.
    bool mergeSelected();

    // The merges in effect ("Records merged"), the latest first, and
    // "Annulla unione" (core::sync::UndoIdentityMerge, same permission).
    QTableWidget *mergeList() const { return m_merges; }
    QPushButton *undoButton() const { return m_undo; }
    const QList<core::sync::MergeRecord> &merges() const { return m_mergeRecords; }
    // Undoes the selected merge in UndoMergeDialog (which asks for the
    // record's new key when another record has its own); false when
    // cancelled or refused. `ask` false: no dialog, no new key (tests).
    bool undoSelected(bool ask = true);

    // A column of table named for people, inside a sentence ("date of
    // birth"): the table's declared title when there is no short one here.
    static QString columnText(const QString &table, const QString &column);

signals:
    void loaded();

private:
    void showCases(const QList<core::sync::ReconcileCase> &cases);
    void showMerges(const QList<core::sync::MergeRecord> &merges);
    void updateButtons();

    QSqlDatabase m_db;
    const core::Clock &m_clock;
    core::BackgroundReader *m_reader = nullptr;
    bool m_loading = false;
    bool m_again = false;
    QList<core::sync::ReconcileCase> m_cases;
    QLabel *m_state = nullptr;
    QTableWidget *m_list = nullptr;
    QPushButton *m_merge = nullptr;
    QList<core::sync::MergeRecord> m_mergeRecords;
    QTableWidget *m_merges = nullptr;
    QPushButton *m_undo = nullptr;
    bool m_allowed = false;
};
