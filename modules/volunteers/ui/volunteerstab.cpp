#include "volunteers/ui/volunteerstab.h"

#include "volunteers/ui/activationspage.h"
#include "volunteers/ui/attestatipage.h"
#include "volunteers/ui/limitspage.h"
#include "volunteers/ui/organisationspage.h"
#include "volunteers/ui/persondayspage.h"
#include "volunteers/ui/trainingpage.h"
#include "volunteers/ui/volunteerspage.h"

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
    m_volunteers = new VolunteersPage(context(), this);
    m_organisations = new OrganisationsPage(context(), this);
    m_activations = new ActivationsPage(context(), this);
    m_limits = new LimitsPage(context(), this);
    m_attestati = new AttestatiPage(context(), this);
    m_personDays = new PersonDaysPage(context(), this);
    m_training = new TrainingPage(context(), this);
    m_exercises = new ExercisesPage(context(), this);
    m_pages->addTab(m_volunteers, tr("&Volunteers"));
    m_pages->addTab(m_organisations, tr("&Organisations"));
    m_pages->addTab(m_activations, tr("&Activations"));
    m_pages->addTab(m_limits, tr("Art. 39 &limits"));
    m_pages->addTab(m_attestati, tr("A&ttestati"));
    m_pages->addTab(m_personDays, tr("&Person-days"));
    m_pages->addTab(m_training, tr("T&raining"));
    m_pages->addTab(m_exercises, tr("E&xercises"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pages);

    // Pages ask each other for help: a volunteer's days open in the
    // activations page, an attestato to issue in the attestati page.
    connect(m_volunteers, &VolunteersPage::showLimitsRequested, this, [this] { showPage(Limits); });
    connect(m_limits, &LimitsPage::volunteerActivated, this, [this](qint64 id) {
        showPage(Volunteers);
        m_volunteers->selectVolunteer(id);
    });
    connect(m_attestati, &AttestatiPage::volunteerActivated, this, [this](qint64 id) {
        showPage(Volunteers);
        m_volunteers->selectVolunteer(id);
    });
}

void VolunteersTab::showPage(Page page)
{
    ensureBuilt();
    m_pages->setCurrentIndex(int(page));
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
    // audit entry, and that commit is announced at once.
    for (TabPage *page : std::initializer_list<TabPage *> {
             m_volunteers, m_organisations, m_activations, m_limits, m_attestati, m_personDays, m_training, m_exercises })
        if (page)
            page->tablesChanged(tables);
}

} // namespace volunteers
