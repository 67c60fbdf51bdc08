#include "tutoring/ui/tutoringtab.h"

#include "core/ui/appcontext.h"
#include "core/ui/pagedsqlmodel.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringfigures.h"
#include "tutoring/ui/assistantspage.h"
#include "tutoring/ui/backgroundreader.h"
#include "tutoring/ui/bespage.h"
#include "tutoring/ui/calendarpage.h"
#include "tutoring/ui/importdialog.h"
#include "tutoring/ui/lessonspage.h"
#include "tutoring/ui/perioddialog.h"
#include "tutoring/ui/pupilspage.h"
#include "tutoring/ui/reportspage.h"
#include "tutoring/ui/tutorspage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace tutoring {

namespace {
// The pages' stable names, in the order of the tab (dashboard, search, F1).
const QStringList pageNames { QStringLiteral("calendar"), QStringLiteral("lessons"), QStringLiteral("pupils"),
    QStringLiteral("assistants"), QStringLiteral("tutors"), QStringLiteral("bes"), QStringLiteral("reports") };
} // namespace

TutoringTab::TutoringTab(core::AppContext &context, QWidget *parent)
    : core::ModuleTab(context, parent)
{
}

void TutoringTab::buildContent()
{
    m_reader = new BackgroundReader(this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(false);
    auto *importButton = new QToolButton(this);
    importButton->setText(tr("&Import..."));
    importButton->setPopupMode(QToolButton::InstantPopup);
    importButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *importMenu = new QMenu(importButton);
    importMenu->addAction(tr("Pupils..."), this, [this] { importFile(int(ImportKind::Pupils)); });
    importMenu->addAction(tr("Study assistants..."), this, [this] { importFile(int(ImportKind::Assistants)); });
    importMenu->addAction(tr("Bookings..."), this, [this] { importFile(int(ImportKind::Bookings)); });
    importButton->setMenu(importMenu);
    auto *periodButton = new QPushButton(tr("Service &period and slots..."), this);
    connect(periodButton, &QPushButton::clicked, this, &TutoringTab::editPeriod);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(importButton);
    top->addWidget(periodButton);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_calendar = new CalendarPage(context(), *commands(), m_pages);
    m_lessons = new LessonsPage(context(), *commands(), m_pages);
    m_pupils = new PupilsPage(context(), *commands(), m_pages);
    m_assistants = new AssistantsPage(context(), *commands(), m_pages);
    m_tutors = new TutorsPage(context(), *commands(), m_pages);
    m_bes = new BesPage(context(), *commands(), m_pages);
    m_reports = new ReportsPage(context(), m_pages);
    m_pages->addTab(m_calendar, tr("&Calendar"));
    m_pages->addTab(m_lessons, tr("&Lessons"));
    m_pages->addTab(m_pupils, tr("P&upils"));
    m_pages->addTab(m_assistants, tr("&Study assistants"));
    m_pages->addTab(m_tutors, tr("&Tutors"));
    m_pages->addTab(m_bes, tr("&BES"));
    m_pages->addTab(m_reports, tr("&Reports"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(m_pupils, &PupilsPage::importRequested, this, [this] { importFile(int(ImportKind::Pupils)); });
    connect(m_assistants, &AssistantsPage::importRequested, this, [this] { importFile(int(ImportKind::Assistants)); });
    connect(m_pupils, &PupilsPage::bookRequested, this, [this](qint64 pupilId) {
        showPage(Calendar);
        if (auto pupil = PeopleRepository(context().db, *context().clock).pupil(pupilId)) {
            if (auto subjects = ServiceRepository(context().db).subjects())
                for (const Subject &s : *subjects)
                    if (s.order == pupil->order) {
                        m_calendar->selectSubject(s.id);
                        break;
                    }
            m_calendar->selectPupil(pupilId);
        }
    });
    connect(m_assistants, &AssistantsPage::pctoStatementRequested, m_reports, &ReportsPage::showPctoStatement);
    connect(m_status, &QLabel::linkActivated, this, [this] {
        showPage(Lessons);
        m_lessons->showAwaitingOutcome();
    });
    updateStatus();
}

void TutoringTab::showPage(Page page)
{
    ensureBuilt();
    m_pages->setCurrentIndex(int(page));
}

bool TutoringTab::openPage(const QString &page)
{
    const int index = pageNames.indexOf(page);
    if (index < 0)
        return false;
    showPage(Page(index));
    return true;
}

bool TutoringTab::showRecord(const QString &kind, qint64 id)
{
    if (kind != QLatin1String("pupil"))
        return false;
    showPage(Pupils);
    if (m_pupils->model()->rowOfKey(id) < 0)
        m_pupils->searchField()->clear(); // a search typed there may hide the pupil
    m_pupils->selectId(id);
    return true;
}

QString TutoringTab::helpSection() const
{
    return m_pages ? QStringLiteral("tutoring-") + pageNames.value(m_pages->currentIndex()) : QString();
}

void TutoringTab::updateStatus()
{
    // The count of past lessons without an outcome goes over every lesson
    // ever: read on the tab's worker thread, shown when it arrives.
    const QDate today = context().clock->today();
    m_reader->read(context().db, [this, today](const QSqlDatabase &db) -> std::function<void()> {
        auto period = ServiceRepository(db).periodAround(today);
        auto t = tutoringToday(db, today);
        const Qt::HANDLE thread = QThread::currentThreadId();
        QString text;
        if (period && period->isValid()) {
            const QLocale l;
            const QString range = tr("%1 – %2").arg(l.toString(period->firstDay, QStringLiteral("dd/MM/yyyy")),
                l.toString(period->lastDay, QStringLiteral("dd/MM/yyyy")));
            text = period->contains(today)
                ? tr("<b>%1</b> in service (%2)").arg(period->name.toHtmlEscaped(), range)
                : tr("<b>%1</b> (%2), not in service today").arg(period->name.toHtmlEscaped(), range);
        } else {
            text = tr("No service period set up yet.");
        }
        if (t) {
            text += QStringLiteral(" · ") + tr("%Ln lesson(s) today", nullptr, t->lessonsToday);
            if (t->awaitingOutcome > 0)
                text += QStringLiteral(" · <a href=\"awaiting\" style=\"color:#a15c00;\">%1</a>")
                            .arg(tr("%Ln past lesson(s) without an outcome", nullptr, t->awaitingOutcome));
        }
        return [this, text, thread] {
            m_statusReadOn = thread;
            showStatus(text);
        };
    });
}

void TutoringTab::showStatus(const QString &text)
{
    m_status->setText(text);
}

QString TutoringTab::statusText() const
{
    return m_status ? m_status->text() : QString();
}

bool TutoringTab::statusLoading() const
{
    return m_reader && m_reader->isLoading();
}

void TutoringTab::tablesChanged(const QStringList &tables)
{
    bool ours = false;
    for (const QString &t : tables)
        ours = ours || t.startsWith(QLatin1String("tutoring_"));
    if (!ours)
        return;
    updateStatus();
    m_calendar->reload();
    m_reports->refresh();
}

void TutoringTab::editPeriod()
{
    auto period = ServiceRepository(context().db).periodAround(context().clock->today());
    PeriodDialog dialog(context(), *commands(), period && period->isValid() ? *period : ServicePeriod {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        updateStatus();
        m_calendar->reload();
    }
}

void TutoringTab::importFile(int kind)
{
    ImportDialog dialog(context(), *commands(), ImportKind(kind), this);
    dialog.exec();
}

} // namespace tutoring
