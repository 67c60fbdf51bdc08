#pragma once

#include "core/ui/moduletab.h"

class QTabWidget;

namespace core {
class LazyPages;
}

namespace volunteers {

class ActivationsPage;
class AttestatiPage;
class LimitsPage;
class OrganisationsPage;
class PersonDaysPage;
class TrainingPage;
class ExercisesPage;
class VolunteersPage;

// The "Volontari" tab: pages for volunteers, organisations, activations
// (events, the ledger, the roster), the art. 39 limits, the attestati
// register with batch production, and person-days with their charts.
// GUI thread.
class VolunteersTab : public core::ModuleTab {
    Q_OBJECT
public:
    enum Page { Volunteers, Organisations, Activations, Limits, Attestati, PersonDays, Training, Exercises };
    explicit VolunteersTab(core::AppContext &context, QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    void showPage(Page page);
    VolunteersPage *volunteersPage() const;
    OrganisationsPage *organisationsPage() const;
    ActivationsPage *activationsPage() const;
    LimitsPage *limitsPage() const;
    AttestatiPage *attestatiPage() const;
    PersonDaysPage *personDaysPage() const;
    TrainingPage *trainingPage() const;
    ExercisesPage *exercisesPage() const;

    // "volunteers", "organisations", "activations", "limits", "attestati",
    // "persondays", "training", "exercises"; records: "volunteer",
    // "training_edition".
    bool openPage(const QString &page) override;
    bool showRecord(const QString &kind, qint64 id) override;
    QString helpSection() const override;

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    QWidget *builtPage(Page page) const;

    QTabWidget *m_pages = nullptr;
    core::LazyPages *m_lazy = nullptr;
    VolunteersPage *m_volunteers = nullptr;
    OrganisationsPage *m_organisations = nullptr;
    ActivationsPage *m_activations = nullptr;
    LimitsPage *m_limits = nullptr;
    AttestatiPage *m_attestati = nullptr;
    PersonDaysPage *m_personDays = nullptr;
    TrainingPage *m_training = nullptr;
    ExercisesPage *m_exercises = nullptr;
};

} // namespace volunteers
