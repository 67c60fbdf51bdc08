#include "volunteers/ui/volunteerstab.h"

#include "volunteers/ui/activationspage.h"
#include "volunteers/ui/attestatipage.h"
#include "volunteers/ui/limitspage.h"
#include "volunteers/ui/organisationspage.h"
#include "volunteers/ui/persondayspage.h"
#include "volunteers/ui/trainingpage.h"
#include "volunteers/ui/volunteerspage.h"

#include "core/ui/lazypages.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace volunteers {

namespace {
// The pages' stable names, in the order of the tab (dashboard, search, F1).
const QStringList pageNames { QStringLiteral("volunteers"), QStringLiteral("organisations"), QStringLiteral("activations"),
    QStringLiteral("limits"), QStringLiteral("attestati"), QStringLiteral("persondays"), QStringLiteral("training"),
    QStringLiteral("exercises") };
} // namespace

VolunteersTab::VolunteersTab(core::AppContext &context, QWidget *parent)
    : core::ModuleTab(context, parent)
{
}

void VolunteersTab::buildContent()
{
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    // Each page is built the first time it is shown (or asked for): the
    // tab opens with the volunteers' list alone.
    m_lazy = new core::LazyPages(m_pages);
    m_lazy->addPage(tr("&Volunteers"), [this](QWidget *parent) {
        m_volunteers = new VolunteersPage(context(), parent);
        connect(m_volunteers, &VolunteersPage::showLimitsRequested, this, [this] { showPage(Limits); });
        return m_volunteers;
    });
    m_lazy->addPage(tr("&Organisations"), [this](QWidget *parent) {
        return m_organisations = new OrganisationsPage(context(), parent);
    });
    m_lazy->addPage(tr("&Activations"), [this](QWidget *parent) {
        return m_activations = new ActivationsPage(context(), parent);
    });
    m_lazy->addPage(tr("Art. 39 &limits"), [this](QWidget *parent) {
        m_limits = new LimitsPage(context(), parent);
        connect(m_limits, &LimitsPage::volunteerActivated, this, [this](qint64 id) {
            showPage(Volunteers);
            m_volunteers->selectVolunteer(id);
        });
        return m_limits;
    });
    m_lazy->addPage(tr("A&ttestati"), [this](QWidget *parent) {
        m_attestati = new AttestatiPage(context(), parent);
        connect(m_attestati, &AttestatiPage::volunteerActivated, this, [this](qint64 id) {
            showPage(Volunteers);
            m_volunteers->selectVolunteer(id);
        });
        return m_attestati;
    });
    m_lazy->addPage(tr("&Person-days"), [this](QWidget *parent) {
        return m_personDays = new PersonDaysPage(context(), parent);
    });
    m_lazy->addPage(tr("T&raining"), [this](QWidget *parent) {
        return m_training = new TrainingPage(context(), parent);
    });
    m_lazy->addPage(tr("E&xercises"), [this](QWidget *parent) {
        return m_exercises = new ExercisesPage(context(), parent);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pages);
}

QWidget *VolunteersTab::builtPage(Page page) const
{
    return m_lazy ? m_lazy->page(int(page)) : nullptr;
}

VolunteersPage *VolunteersTab::volunteersPage() const
{
    builtPage(Volunteers);
    return m_volunteers;
}

OrganisationsPage *VolunteersTab::organisationsPage() const
{
    builtPage(Organisations);
    return m_organisations;
}

ActivationsPage *VolunteersTab::activationsPage() const
{
    builtPage(Activations);
    return m_activations;
}

LimitsPage *VolunteersTab::limitsPage() const
{
    builtPage(Limits);
    return m_limits;
}

AttestatiPage *VolunteersTab::attestatiPage() const
{
    builtPage(Attestati);
    return m_attestati;
}

PersonDaysPage *VolunteersTab::personDaysPage() const
{
    builtPage(PersonDays);
    return m_personDays;
}

TrainingPage *VolunteersTab::trainingPage() const
{
    builtPage(Training);
    return m_training;
}

ExercisesPage *VolunteersTab::exercisesPage() const
{
    builtPage(Exercises);
    return m_exercises;
}

void VolunteersTab::showPage(Page page)
{
    ensureBuilt();
    m_lazy->show(int(page));
}

bool VolunteersTab::openPage(const QString &page)
{
    const int index = pageNames.indexOf(page);
    if (index < 0)
        return false;
    showPage(Page(index));
    return true;
}

bool VolunteersTab::showRecord(const QString &kind, qint64 id)
{
    if (kind == QLatin1String("training_edition")) {
        showPage(Training);
        return m_training->openEdition(id);
    }
    if (kind != QLatin1String("volunteer"))
        return false;
    showPage(Volunteers);
    m_volunteers->selectVolunteer(id);
    return true;
}

QString VolunteersTab::helpSection() const
{
    return m_pages ? QStringLiteral("volunteers-") + pageNames.value(m_pages->currentIndex()) : QString();
}

void VolunteersTab::tablesChanged(const QStringList &tables)
{
    // May come while the pages are being built: a refused list writes its
    // audit entry, and that commit is announced at once. Pages not built
    // yet read everything when they are.
    for (TabPage *page : std::initializer_list<TabPage *> {
             m_volunteers, m_organisations, m_activations, m_limits, m_attestati, m_personDays, m_training, m_exercises })
        if (page)
            page->tablesChanged(tables);
}

} // namespace volunteers
