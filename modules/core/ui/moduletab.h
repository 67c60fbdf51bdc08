#pragma once

#include <QStringList>
#include <QWidget>

namespace core {

struct AppContext;
class CommandStack;

// Base of every module tab. Builds its content the first time it is shown,
// so start-up stays fast however many modules there are, and hears about
// committed changes (ChangeNotifier) so it can refresh what it shows.
// Lives in the GUI thread.
class ModuleTab : public QWidget {
    Q_OBJECT
public:
    explicit ModuleTab(AppContext &context, QWidget *parent = nullptr);

    bool isBuilt() const { return m_built; }
    // Builds now (tests, or a tab asked to show a record before first show).
    void ensureBuilt();
    // Where the tab's actions run (permission, transaction, audit) and its
    // undo history; the main window's Modifica menu follows the current tab.
    CommandStack *commands() const { return m_commands; }

    // Brings one of the tab's pages to the front (the Cruscotto's tiles):
    // `page` is a stable name ("lots", "requests"); false when unknown.
    virtual bool openPage(const QString &page)
    {
        Q_UNUSED(page);
        return false;
    }
    // Shows a record found by the global search (SearchHit::kind and id):
    // its page, with its row selected where the page can; false otherwise.
    virtual bool showRecord(const QString &kind, qint64 id)
    {
        Q_UNUSED(kind);
        Q_UNUSED(id);
        return false;
    }
    // The user guide's section for what the tab shows now (F1); empty: the
    // module's own section.
    virtual QString helpSection() const { return {}; }
    // What the Print menu preselects for a report's choice
    // (ReportDefinition::choiceOption), from what the tab shows (the
    // module selected for "departure-checklist"); empty: the default.
    virtual QString reportChoice(const QString &report) const
    {
        Q_UNUSED(report);
        return {};
    }

protected:
    virtual void buildContent() = 0;
    // Called after a commit touched these tables, only once built.
    virtual void tablesChanged(const QStringList &tables) { Q_UNUSED(tables); }

    void showEvent(QShowEvent *event) override;
    AppContext &context() const { return m_context; }

private:
    AppContext &m_context;
    CommandStack *m_commands = nullptr;
    bool m_built = false; // buildContent() started (it is never run twice)
    bool m_ready = false; // ... and finished: change notices reach the tab
};

} // namespace core
