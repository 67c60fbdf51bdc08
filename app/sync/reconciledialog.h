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
// workstation. The list is read on a BackgroundReader (its own connection):
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

    // A column named for people ("date of birth").
    static QString columnText(const QString &column);

signals:
    void loaded();

private:
    void showCases(const QList<core::sync::ReconcileCase> &cases);

    QSqlDatabase m_db;
    const core::Clock &m_clock;
    core::BackgroundReader *m_reader = nullptr;
    bool m_loading = false;
    bool m_again = false;
    QList<core::sync::ReconcileCase> m_cases;
    QLabel *m_state = nullptr;
    QTableWidget *m_list = nullptr;
    QPushButton *m_merge = nullptr;
};
