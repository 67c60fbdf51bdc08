#pragma once

#include "core/domain/result.h"
#include "fleet/domain/fleetmodules.h"

#include "fleet/ui/fleetdialogs.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace core {
struct AppContext;
class BackgroundReader;
class CommandStack;
}

namespace fleet {

// The modules of the Colonna Mobile and whether each could leave now: a
// list with the readiness of each (computed by fleet::Readiness on a
// BackgroundReader: it reads the volunteers' qualifications), the reasons
// of the selected one in Italian, and its departure checklist (preview,
// print or PDF through the reporting framework). New and Edit open the
// module's form. GUI thread.
class ModulesPage : public QWidget {
    Q_OBJECT
public:
    ModulesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent);
    void tablesChanged(const QStringList &tables);
    // Reads again (after a change, or when shown).
    void refresh();
    // Tests: the readiness has arrived since the last refresh().
    bool isReading() const { return m_reading; }
    QTreeWidget *list() const { return m_list; }
    QString detailText() const;
    const QList<ModuleReadiness> &readiness() const { return m_readiness; }
    // The module selected (0: none), for «Deploy...» and the Print menu.
    qint64 selectedModule() const;
    // Selects a module (the global search's hit): now, or when the
    // readiness being read arrives. False if it is not listed.
    bool selectModule(qint64 id);
    QPushButton *deployButton() const { return m_deploy; }

signals:
    // «Deploy...»: the deployments' form with this module ticked.
    void deployRequested(qint64 moduleId);

private:
    void show(const core::Result<QList<ModuleReadiness>> &readiness);
    void selectionChanged();
    void addModule();
    void editModule();
    void printChecklist();

    core::AppContext &m_context;
    core::CommandStack &m_commands;
    core::BackgroundReader *m_reader = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_deploy = nullptr;
    QList<ModuleReadiness> m_readiness;
    ModuleChoices m_choices;
    int m_read = 0;
    bool m_reading = false;
    qint64 m_pendingSelect = 0; // selectModule() while reading
};

// A module's form: name, description, site, its vehicles and equipment
// (ticked in lists) and the skills it needs (a qualification the
// volunteers hold and how many). The choices come read already. GUI thread.
class ModuleDialog : public FleetDialog {
    Q_OBJECT
public:
    ModuleDialog(core::AppContext &context, const ColonnaModule &module, const ModuleChoices &choices, QWidget *parent);
    ColonnaModule module() const;
    void addSkill(const QString &qualification = {}, int needed = 1);

private:
    ColonnaModule m_module;
    QStringList m_qualifications;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_site = nullptr;
    QListWidget *m_vehicles = nullptr;
    QListWidget *m_equipment = nullptr;
    QTableWidget *m_skills = nullptr;
};

} // namespace fleet
