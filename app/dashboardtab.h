#pragma once

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
// Refreshes shortly after any commit.
class DashboardTab : public core::ModuleTab {
    Q_OBJECT
public:
    DashboardTab(core::AppContext &context, const std::vector<std::unique_ptr<core::Module>> &modules,
                 QWidget *parent = nullptr);

    void refresh();
    // For tests: the label/value pairs currently shown.
    QStringList shownFigures() const { return m_shown; }
    // The first-start guide at the top (app/firststart/).
    FirstStartPanel *guide() const { return m_guide; }
    // Which modules' figures are tiles that open their tab (the main window
    // says: only those whose tab the role sees). Set before the first show.
    void setOpenable(std::function<bool(const QString &moduleId)> opens) { m_opens = std::move(opens); }

signals:
    // A tile was chosen: open the module's tab at this page (may be empty).
    void openRequested(const QString &moduleId, const QString &page);

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    const std::vector<std::unique_ptr<core::Module>> &m_modules;
    QLabel *m_date = nullptr;
    QWidget *m_cards = nullptr;
    QGridLayout *m_grid = nullptr;
    QTimer *m_refreshTimer = nullptr;
    FirstStartPanel *m_guide = nullptr;
    QStringList m_shown;
    std::function<bool(const QString &)> m_opens = [](const QString &) { return false; };
};
