#pragma once

#include "core/ui/module.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// A record found by the global search, with the module that shows it.
struct FoundRecord {
    QString moduleId;
    core::SearchHit hit;
};

// Asks every given module's search provider (Module::search), in the order
// of the tabs, at most `perKind` records of each kind. Text shorter than two
// characters finds nothing (too many, too slow to be useful).
QList<FoundRecord> searchEverywhere(const QSqlDatabase &db, const QList<const core::Module *> &modules, const QString &text,
                                    int perKind = 8);

// The global search (Ctrl+K): a field and the records found, grouped by kind
// (volunteers, DDTs, requests, pupils, comuni, callers for who may read
// them). It searches a moment after typing stops, each kind bounded, so a
// large database never holds the keyboard. Enter or a double click opens
// the record (recordChosen) and closes the popup; Esc closes it.
class GlobalSearchDialog : public QDialog {
    Q_OBJECT
public:
    GlobalSearchDialog(const QSqlDatabase &db, QList<const core::Module *> modules, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QTreeWidget *results() const { return m_results; }
    // Searches now (tests; typing waits for a pause).
    void searchNow();

signals:
    void recordChosen(const QString &moduleId, const QString &kind, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(QTreeWidgetItem *item);

    QSqlDatabase m_db;
    QList<const core::Module *> m_modules;
    QLineEdit *m_field = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_pause = nullptr;
};
