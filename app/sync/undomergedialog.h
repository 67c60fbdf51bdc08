#pragma once

#include "core/sync/identityreview.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace core {
class Clock;
}

// "Annulla unione" of one merge (ReconcileDialog): says what comes back
// and, when another record now has the natural key of the record brought
// back (the record kept, which still has the codice fiscale, code or name
// it shared: two different people or things, one key typed wrong), asks
// for the correct one. The key is checked by the command as the record's
// own form checks it (a codice fiscale's check character); a refusal is
// shown in words inside the dialog, which stays open with what was typed.
// Runs core::sync::UndoIdentityMerge (undo and new key in one
// transaction). GUI thread; no SQL of its own.
class UndoMergeDialog : public QDialog {
    Q_OBJECT
public:
    UndoMergeDialog(
        const QSqlDatabase &db, const core::Clock &clock, core::sync::MergeRecord merge, QWidget *parent = nullptr);

    // The line for a key column ("tax_code"), null when none is asked.
    QLineEdit *keyEdit(const QString &column) const { return m_edits.value(column); }
    QLabel *refusal() const { return m_refusal; }
    // The tables the undo wrote (for the change notifier), once accepted.
    QStringList changedTables() const { return m_changed; }

    void accept() override;

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
    core::sync::MergeRecord m_merge;
    QHash<QString, QLineEdit *> m_edits;
    QLabel *m_refusal = nullptr;
    QStringList m_changed;
};
