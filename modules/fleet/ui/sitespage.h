#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace core {
struct AppContext;
class CommandStack;
class FormattedSqlModel;
}

namespace fleet {

// The sites: the Idroscalo headquarters, the Colonna Mobile's poles and
// the other stores, with how many vehicles and pieces each keeps. GUI thread.
class SitesPage : public QWidget {
    Q_OBJECT
public:
    SitesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent);
    void tablesChanged(const QStringList &tables);
    core::FormattedSqlModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Selects the site; false when it is not in the list.
    bool selectSite(qint64 id);

private:
    void addSite();
    void editSite();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::FormattedSqlModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace fleet
