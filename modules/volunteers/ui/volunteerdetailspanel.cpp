#include "volunteers/ui/volunteerdetailspanel.h"
#include "core/ui/columnwidths.h"

#include "core/db/backgroundreader.h"
#include "core/domain/dates.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteercommands.h"
#include "volunteers/domain/volunteerreports.h"
#include "volunteers/domain/volunteerrepository.h"
#include "volunteers/ui/qualificationdialog.h"
#include "volunteers/ui/uihelpers.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace volunteers {

namespace {

QTableWidgetItem *item(const QString &text, const QVariant &data = {})
{
    auto *i = new QTableWidgetItem(text);
    if (data.isValid())
        i->setData(Qt::UserRole, data);
    return i;
}

} // namespace

VolunteerDetailsPanel::VolunteerDetailsPanel(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *limitsBox = new QGroupBox(tr("Art. 39 limits"), this);
    m_limits = new QLabel(limitsBox);
    m_limits->setWordWrap(true);
    m_limitsButton = new QPushButton(tr("All volunteers over the limits..."), limitsBox);
    connect(m_limitsButton, &QPushButton::clicked, this, &VolunteerDetailsPanel::showLimitsRequested);
    auto *limitsLayout = new QVBoxLayout(limitsBox);
    limitsLayout->addWidget(m_limits);
    limitsLayout->addWidget(m_limitsButton, 0, Qt::AlignRight);

    auto *daysBox = new QGroupBox(tr("Days of activation"), this);
    m_days = core::makeReadOnlyTable({ tr("Day"), tr("Event"), tr("Service"), tr("Place"), tr("Attestato") }, daysBox);
    core::setColumnWidth(m_days, 0, 85);
    core::setColumnWidth(m_days, 1, 150);
    core::setColumnWidth(m_days, 2, 150);
    core::setColumnWidth(m_days, 3, 140);
    m_reverse = new QPushButton(tr("Re&verse day..."), daysBox);
    m_reverse->setToolTip(tr("Cancel a day recorded by mistake: the ledger keeps it, with a reversal and the reason"));
    connect(m_reverse, &QPushButton::clicked, this, &VolunteerDetailsPanel::reverseDay);
    auto *daysLayout = new QVBoxLayout(daysBox);
    daysLayout->addWidget(m_days);
    daysLayout->addWidget(m_reverse, 0, Qt::AlignRight);

    auto *qualBox = new QGroupBox(tr("Courses and qualifications"), this);
    m_qualifications = core::makeReadOnlyTable({ tr("Kind"), tr("Name"), tr("Obtained"), tr("Expires") }, qualBox);
    core::setColumnWidth(m_qualifications, 0, 90);
    core::setColumnWidth(m_qualifications, 1, 260);
    core::setColumnWidth(m_qualifications, 2, 85);
    m_addQualification = new QPushButton(tr("&Add..."), qualBox);
    m_editQualification = new QPushButton(tr("Ch&ange..."), qualBox);
    m_removeQualification = new QPushButton(tr("Re&move"), qualBox);
    connect(m_addQualification, &QPushButton::clicked, this, &VolunteerDetailsPanel::addQualification);
    connect(m_editQualification, &QPushButton::clicked, this, &VolunteerDetailsPanel::editQualification);
    connect(m_removeQualification, &QPushButton::clicked, this, &VolunteerDetailsPanel::removeQualification);
    connect(m_qualifications, &QTableWidget::doubleClicked, this, &VolunteerDetailsPanel::editQualification);
    auto *qualButtons = new QHBoxLayout;
    qualButtons->addStretch();
    qualButtons->addWidget(m_addQualification);
    qualButtons->addWidget(m_editQualification);
    qualButtons->addWidget(m_removeQualification);
    auto *qualLayout = new QVBoxLayout(qualBox);
    qualLayout->addWidget(m_qualifications);
    qualLayout->addLayout(qualButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(limitsBox);
    layout->addWidget(daysBox, 3);
    layout->addWidget(qualBox, 2);
    connect(m_days, &QTableWidget::itemSelectionChanged, this, &VolunteerDetailsPanel::updateButtons);
    connect(m_qualifications, &QTableWidget::itemSelectionChanged, this, &VolunteerDetailsPanel::updateButtons);
    showVolunteer(0);
}

QString VolunteerDetailsPanel::limitsText() const
{
    return m_limits->text();
}

void VolunteerDetailsPanel::updateButtons()
{
    m_reverse->setEnabled(m_id && m_days->currentRow() >= 0);
    m_addQualification->setEnabled(m_id != 0);
    m_editQualification->setEnabled(m_id && m_qualifications->currentRow() >= 0);
    m_removeQualification->setEnabled(m_id && m_qualifications->currentRow() >= 0);
}

void VolunteerDetailsPanel::readLimits(qint64 id)
{
    if (!m_limitsReader)
        m_limitsReader = new core::BackgroundReader(this);
    const int read = ++m_limitsRead;
    m_checkingLimits = true;
    m_limits->setText(tr("Checking the art. 39 limits…"));
    auto assessment = std::make_shared<std::optional<core::Result<LimitAssessment>>>();
    m_limitsReader->read(
        m_context.db.databaseName(),
        [id, assessment](const QSqlDatabase &db) { assessment->emplace(LimitMonitor(db).assess(id)); },
        [this, read, assessment](const core::Error &openError) {
            if (read != m_limitsRead)
                return; // another volunteer was chosen meanwhile
            m_checkingLimits = false;
            if (!openError.code.isEmpty())
                m_limits->setText(core::ErrorText::describe(openError));
            else if (!assessment->has_value() || !**assessment)
                m_limits->setText(assessment->has_value() ? core::ErrorText::describe((*assessment)->error()) : QString());
            else
                showLimits(***assessment);
        });
}

void VolunteerDetailsPanel::showLimits(const LimitAssessment &assessment)
{
    const QList<QDate> overDays = assessment.daysOver();
    const QSet<QDate> over(overDays.begin(), overDays.end());
    QString text;
    if (assessment.isOverLimit()) {
        const LimitExcess &first = assessment.excesses.constFirst();
        text = tr("<b style=\"color:#b71c1c\">Over the limits on %Ln days</b>, from %1: %2.", nullptr,
            int(overDays.size()))
                   .arg(core::toItalianDate(first.day), VolunteerReports::excessText(first).toHtmlEscaped());
    } else {
        text = tr("<b style=\"color:#2e7d32\">Within the limits.</b>");
    }
    text += QLatin1Char(' ')
        + tr("Longest run of consecutive days: %1 (training: %2).")
              .arg(assessment.longestRun)
              .arg(assessment.longestTrainingRun);
    m_limits->setText(text);
    for (int r = 0; r < m_days->rowCount(); ++r) {
        if (!over.contains(m_days->item(r, 0)->data(Qt::UserRole + 1).toDate()))
            continue;
        for (int c = 0; c < m_days->columnCount(); ++c) {
            m_days->item(r, c)->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_days->item(r, c)->setToolTip(tr("Beyond an art. 39 limit"));
        }
    }
}

void VolunteerDetailsPanel::showVolunteer(qint64 id)
{
    m_id = id;
    m_days->setRowCount(0);
    m_qualifications->setRowCount(0);
    m_qualificationList.clear();
    const int read = ++m_detailRead;
    if (id == 0) {
        // Nobody chosen: nothing to read (the tab opens so).
        m_readingDetail = false;
        ++m_limitsRead; // an assessment on its way is for nobody now
        m_checkingLimits = false;
        m_heading->setText(tr("Choose a volunteer in the list"));
        m_facts->clear();
        m_limits->clear();
        updateButtons();
        return;
    }
    // The person, their days (the whole history) and qualifications: read
    // on the worker, "reading" meanwhile; a later choice wins.
    if (!m_limitsReader)
        m_limitsReader = new core::BackgroundReader(this);
    m_readingDetail = true;
    m_heading->clear();
    m_facts->setText(tr("Reading the volunteer…"));
    m_limits->clear();
    updateButtons();
    struct Detail {
        core::Result<Volunteer> volunteer { Volunteer() };
        core::Result<Organisation> organisation { Organisation() };
        core::Result<core::Comune> residence { core::Comune() };
        core::Result<Employer> employer { Employer() };
        core::Result<QList<ActivationDayDetail>> days { QList<ActivationDayDetail>() };
        core::Result<QList<Qualification>> qualifications { QList<Qualification>() };
    };
    auto detail = std::make_shared<Detail>();
    const core::Clock *clock = m_context.clock;
    m_limitsReader->read(
        m_context.db.databaseName(),
        [detail, id, clock](const QSqlDatabase &db) {
            VolunteerRepository people(db);
            detail->volunteer = people.volunteer(id);
            if (!detail->volunteer || detail->volunteer->id == 0)
                return;
            const Volunteer &v = *detail->volunteer;
            detail->organisation = OrganisationRepository(db).organisation(v.organisationId);
            detail->residence = core::ComuneRepository(db).comune(v.comuneId);
            if (v.employerId)
                detail->employer = people.employer(v.employerId);
            detail->days = ActivationLedger(db, *clock).effectiveDays(id);
            detail->qualifications = people.qualifications(id);
        },
        [this, read, id, detail](const core::Error &openError) {
            if (read != m_detailRead)
                return; // another volunteer was chosen meanwhile
            m_readingDetail = false;
            if (!openError.code.isEmpty() || !detail->volunteer || detail->volunteer->id == 0) {
                m_id = 0;
                m_heading->setText(tr("Choose a volunteer in the list"));
                m_facts->setText(!openError.code.isEmpty() ? core::ErrorText::describe(openError)
                        : !detail->volunteer                ? core::ErrorText::describe(detail->volunteer.error())
                                                            : QString());
                updateButtons();
                return;
            }
            showDetail(id, *detail->volunteer, detail->organisation, detail->residence, detail->employer,
                detail->days, detail->qualifications);
        });
    // Art. 39: what the rules say about the whole history, read on the
    // worker after the days; the days over a limit are coloured when it
    // arrives.
    readLimits(id);
}

void VolunteerDetailsPanel::showDetail(qint64 id, const Volunteer &volunteer,
    const core::Result<Organisation> &org, const core::Result<core::Comune> &residence,
    const core::Result<Employer> &employer, const core::Result<QList<ActivationDayDetail>> &days,
    const core::Result<QList<Qualification>> &qualifications)
{
    Q_UNUSED(id);
    const Volunteer *v = &volunteer;
    const QDate today = m_context.clock->today();
    m_heading->setText(v->fullName() + (v->active ? QString() : tr(" (no longer active)")));
    QStringList facts;
    facts << tr("Codice fiscale <b>%1</b> · born on %2").arg(v->taxCode, core::toItalianDate(v->birthDate));
    facts << tr("Lives in %1%2")
                 .arg(residence ? residence->displayName().toHtmlEscaped() : QString(),
                     v->address.isEmpty() ? QString() : QStringLiteral(", ") + v->address.toHtmlEscaped());
    facts << tr("Organisation: %1").arg(org ? org->name.toHtmlEscaped() : QString());
    QString work;
    switch (v->employment) {
    case Volunteer::Employment::NotWorking:
        work = tr("Not working: no attestato for an employer needed");
        break;
    case Volunteer::Employment::SelfEmployed:
        work = employer && employer->id
            ? tr("Self-employed: %1 (%2)").arg(employer->name.toHtmlEscaped(), employer->taxCode)
            : tr("Self-employed, <span style=\"color:#a15c00\">business not on record</span>");
        break;
    case Volunteer::Employment::Employee:
        work = employer && employer->id
            ? tr("Employer: %1 (%2)%3")
                  .arg(employer->name.toHtmlEscaped(), employer->taxCode,
                      employer->pec.isEmpty() ? QString() : tr(", PEC %1").arg(employer->pec.toHtmlEscaped()))
            : tr("<span style=\"color:#a15c00\">No employer on record: attestati cannot be issued</span>");
        break;
    }
    facts << work;
    QStringList contacts { v->phone, v->email };
    contacts.removeAll(QString()); // no dangling "·" when one is missing
    if (!contacts.isEmpty())
        facts << contacts.join(QStringLiteral(" · ")).toHtmlEscaped();
    m_facts->setText(facts.join(QStringLiteral("<br/>")));

    if (days) {
        m_days->setRowCount(int(days->size()));
        for (int r = 0; r < days->size(); ++r) {
            // Newest first.
            const ActivationDayDetail &d = days->at(days->size() - 1 - r);
            m_days->setItem(r, 0, item(core::toItalianDate(d.day), d.activationId));
            m_days->setItem(r, 1, item(d.eventName));
            m_days->setItem(r, 2, item(d.serviceName));
            m_days->setItem(r, 3,
                item(d.place.isEmpty()           ? d.comuneName
                        : d.comuneName.isEmpty() ? d.place
                                                 : d.comuneName + QStringLiteral(" - ") + d.place));
            m_days->setItem(r, 4, item(d.attestatoNumber));
            m_days->item(r, 0)->setData(Qt::UserRole + 1, d.day);
        }
    }

    if (qualifications) {
        m_qualificationList = *qualifications;
        m_qualifications->setRowCount(int(m_qualificationList.size()));
        for (int r = 0; r < m_qualificationList.size(); ++r) {
            const Qualification &q = m_qualificationList.at(r);
            m_qualifications->setItem(
                r, 0, item(q.kind == Qualification::Kind::Course ? tr("Course") : tr("Qualification")));
            m_qualifications->setItem(r, 1, item(q.name));
            m_qualifications->setItem(r, 2, item(core::toItalianDate(q.obtainedOn)));
            auto *expiry = item(q.expiresOn.isValid() ? core::toItalianDate(q.expiresOn) : tr("does not expire"));
            if (q.expiresOn.isValid() && q.expiresOn < today) {
                expiry->setForeground(QColor(0xb7, 0x1c, 0x1c));
                expiry->setText(tr("%1 (expired)").arg(core::toItalianDate(q.expiresOn)));
            } else if (q.expiresOn.isValid() && today.daysTo(q.expiresOn) <= 60) {
                expiry->setForeground(QColor(0xa1, 0x5c, 0x00));
                expiry->setText(tr("%1 (expires soon)").arg(core::toItalianDate(q.expiresOn)));
            }
            m_qualifications->setItem(r, 3, expiry);
        }
    }
    updateButtons();
}

void VolunteerDetailsPanel::reverseDay()
{
    const int row = m_days->currentRow();
    if (row < 0)
        return;
    const qint64 activationId = m_days->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString certified = m_days->item(row, 4)->text();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reverse day"),
        tr("Reverse the day %1 (%2)? The ledger keeps the day and this reversal.\nWhy:")
            .arg(m_days->item(row, 0)->text(), m_days->item(row, 2)->text()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    bool evenIfCertified = false;
    if (!certified.isEmpty()) {
        const auto answer = QMessageBox::warning(this, tr("Reverse day"),
            tr("This day is certified by attestato %1, which the employer may already have. Reverse it anyway?")
                .arg(certified),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        evenIfCertified = true;
    }
    if (auto s = ActivationLedger(m_context.db, *m_context.clock).reverse(activationId, reason, evenIfCertified); !s)
        ui::showError(this, tr("Reverse day"), s.error());
}

void VolunteerDetailsPanel::addQualification()
{
    Qualification q;
    q.volunteerId = m_id;
    q.obtainedOn = m_context.clock->today();
    QualificationDialog dialog(m_context, ui::commandsOf(this), q, this);
    dialog.exec();
}

void VolunteerDetailsPanel::editQualification()
{
    const int row = m_qualifications->currentRow();
    if (row < 0 || row >= m_qualificationList.size())
        return;
    QualificationDialog dialog(m_context, ui::commandsOf(this), m_qualificationList.at(row), this);
    dialog.exec();
}

void VolunteerDetailsPanel::removeQualification()
{
    const int row = m_qualifications->currentRow();
    if (row < 0 || row >= m_qualificationList.size())
        return;
    const Qualification q = m_qualificationList.at(row);
    if (QMessageBox::question(this, tr("Remove"), tr("Remove «%1» from this volunteer?").arg(q.name))
        != QMessageBox::Yes)
        return;
    if (auto s = ui::commandsOf(this).run(std::make_shared<RemoveQualification>(q.id)); !s)
        ui::showError(this, tr("Remove"), s.error());
}

} // namespace volunteers
