#pragma once

#include "dashboardloader.h"

#include "core/ui/moduletab.h"

#include <functional>
#include <memory>
#include <vector>

class FirstStartPanel;
class QGridLayout;
class QLabel;
class QTimer;

namespace core {
class Module;
}

// The Cruscotto (home) tab: the date, the headline figures of every line of
// work read from the database, and today's activity from the change log.
// The figures are read on a worker thread (DashboardLoader): while they
// load, the tab says so and keeps showing the previous ones. Shortly after a
// commit it refreshes only the modules whose tables changed
// (Module::headlineTables) and the activity.
class DashboardTab : public core::ModuleTab {
    Q_OBJECT
public:
    DashboardTab(core::AppContext &context, const std::vector<std::unique_ptr<core::Module>> &modules,
                 QWidget *parent = nullptr);
    ~DashboardTab() override;

    // Every module's figures (the Refresh button).
    void refresh();
    // For tests: the label/value pairs currently shown.
    QStringList shownFigures() const { return m_shown; }
    // A refresh is running on the worker (the tab says "updating").
    bool isLoading() const { return m_loader->isLoading(); }
    QLabel *loadingLabel() const { return m_loading; }
    // Waits for the worker and closes its connection (the owner is about to
    // close the database); the destructor does it too.
    void stopLoading() { m_loader->stop(); }
    // The first-start guide at the top (app/firststart/).
    FirstStartPanel *guide() const { return m_guide; }
    // Which modules' figures are tiles that open their tab (the main window
    // says: only those whose tab the role sees). Set before the first show.
    void setOpenable(std::function<bool(const QString &moduleId)> opens) { m_opens = std::move(opens); }

signals:
    // A tile was chosen: open the module's tab at this page (may be empty).
    void openRequested(const QString &moduleId, const QString &page);
    // New figures are on screen.
    void figuresShown();

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    void refreshModules(const QList<const core::Module *> &modules);
    void refreshChanged();
    void showFigures(const DashboardFigures &figures);
    void showCards();
    void showLoading(bool loading);

    const std::vector<std::unique_ptr<core::Module>> &m_modules;
    QLabel *m_date = nullptr;
    QWidget *m_cards = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_loading = nullptr;
    QTimer *m_refreshTimer = nullptr;
    DashboardLoader *m_loader = nullptr;
    // The figures last read, by module id: shown until newer ones arrive.
    QHash<QString, QList<core::HeadlineFigure>> m_figures;
    std::optional<core::ActivitySummary> m_activity;
    bool m_haveFigures = false;
    QString m_error; // why the last refresh failed
    QStringList m_changed; // tables changed since the last refresh was asked
    FirstStartPanel *m_guide = nullptr;
    QStringList m_shown;
    std::function<bool(const QString &)> m_opens = [](const QString &) { return false; };
};
