#pragma once

#include "core/sync/conflictlog.h"
#include "core/ui/tablemenu.h"

#include <QDialog>
#include <QHash>
#include <QIdentityProxyModel>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace core {
class BackgroundReader;
class PagedSqlModel;
}

// Shows the conflict log's rows in words: times in local time, tables by
// their titles, records by their names, kinds and outcomes translated.
// Display only. The names are read on the dialog's BackgroundReader, for
// the rows shown, all those asked for at once (ConflictLog::recordLabel):
// a record shows its short id until its name arrives, and the name is kept.
// An export of the whole list writes its rows in the same words
// (core::ExportRowText; a record never shown keeps its short id).
class ConflictListModel : public QIdentityProxyModel, public core::ExportRowText {
    Q_OBJECT
public:
    ConflictListModel(const QSqlDatabase &db, core::BackgroundReader *reader, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant exportRowText(const QVariantList &row, int column, const QVariant &below) const override;
    // Names asked for and not arrived yet (tests).
    bool isNaming() const { return !m_wanted.isEmpty() || m_reading; }

private:
    void readNames();
    // A cell in words from its raw value (the record: its name when known).
    QVariant text(int column, const QVariant &raw, const QString &table) const;

    QSqlDatabase m_db;
    core::BackgroundReader *m_reader = nullptr;
    mutable QHash<QString, QString> m_labels; // "table:id" -> name
    mutable QHash<QString, QPair<QString, qint64>> m_wanted; // "table:id" -> table, id
    mutable bool m_scheduled = false;
    bool m_reading = false;
};

// The conflict log for the operator: every value that lost a
// last-writer-wins merge (or a deletion that could not be applied), what
// was kept instead, by whom and when. The operator marks each one as
// reviewed, or restores what was discarded (an ordinary change of theirs,
// sent to every workstation with the next export). GUI thread, on the
// window's connection; the list and the selected conflict (its row and the
// schema it is explained with) are read on workers.
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(const QSqlDatabase &db, const QString &operatorName, QWidget *parent = nullptr);

    // Reloads the list (after an import).
    void reload();
    void showList();
    QTableView *list() const { return m_list; }
    // True while the selected conflict is being read.
    bool isReadingConflict() const { return m_reading; }
    // True while names of the records listed are being read.
    bool isNamingRecords() const { return m_names->isNaming(); }

    // The conflict explained in a sentence or two.
    static QString describe(const core::sync::SyncConflict &conflict, const QString &recordLabel = {});
    static QString kindText(const QString &kind);
    // A case a rule of the merge settled and flagged for review
    // (core/sync/postimport.h): what happened and what the rule did.
    static QString describeRule(
        const QString &rule, const QString &record, const QString &kept, const QString &discarded);

private:
    void showSelected();
    void showConflict(const core::sync::SyncConflict &conflict, const QString &recordLabel);
    void markReviewed();
    void restore();
    QStringList chosenColumns() const;

    QSqlDatabase m_db;
    QString m_operator;
    core::PagedSqlModel *m_model = nullptr;
    ConflictListModel *m_names = nullptr;
    QTableView *m_list = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_description = nullptr;
    QTableWidget *m_differences = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_count = nullptr;
    std::optional<core::sync::SyncConflict> m_current;
    core::BackgroundReader *m_reader = nullptr;
    int m_read = 0; // the latest read asked: older answers are dropped
    bool m_reading = false;
};
