#include "volunteers/ui/trainingpage.h"

#include "core/ui/comunepicker.h"
#include "core/auth/access.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "core/ui/appcontext.h"
#include "core/ui/errortext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "core/ui/reportactions.h"
#include "core/ui/tablemenu.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/trainingcertificate.h"
#include "volunteers/domain/trainingcommands.h"
#include "volunteers/domain/trainingrepository.h"
#include "volunteers/renewal/renewalactivityreport.h"
#include "volunteers/ui/volunteerpicker.h"

#include <QAction>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace volunteers {

namespace {

// "3 h", "2,5 h"
QString trainingHours(int minutes)
{
    return minutes % 60 == 0 ? QStringLiteral("%1 h").arg(minutes / 60)
                             : QStringLiteral("%1 h").arg(QLocale().toString(minutes / 60.0, 'f', 1));
}

QString trainingModeText(Edition::Mode mode)
{
    switch (mode) {
    case Edition::Mode::Presence:
        return TrainingPage::tr("in person");
    case Edition::Mode::Remote:
        return TrainingPage::tr("remote");
    case Edition::Mode::Mixed:
        return TrainingPage::tr("mixed");
    }
    return {};
}

QString trainingScenarioText(Exercise::Scenario scenario)
{
    switch (scenario) {
    case Exercise::Scenario::HydroMeteo:
        return ExercisesPage::tr("hydro-meteorological");
    case Exercise::Scenario::Earthquake:
        return ExercisesPage::tr("earthquake");
    case Exercise::Scenario::ForestFire:
        return ExercisesPage::tr("forest fire");
    case Exercise::Scenario::MissingPerson:
        return ExercisesPage::tr("missing person search");
    case Exercise::Scenario::Health:
        return ExercisesPage::tr("health");
    case Exercise::Scenario::MajorEvent:
        return ExercisesPage::tr("major event");
    case Exercise::Scenario::Other:
        return ExercisesPage::tr("other");
    }
    return {};
}

// Columns as wide as their contents, but none wider than 260 pixels (long
// names and titles are elided, their tooltips say them whole): the figures
// on the right stay in sight at 1366 pixels.
void fitTrainingColumns(QTableWidget *table)
{
    table->resizeColumnsToContents();
    const int widest = 260;
    for (int c = 0; c < table->columnCount() - 1; ++c)
        if (table->columnWidth(c) > widest)
            table->setColumnWidth(c, widest);
}

// A small form dialog: OK runs `accept`, which returns the error to show
// (the dialog stays open) or nothing.
bool runTrainingForm(QWidget *parent, const QString &title, QWidget *form,
    const std::function<core::Status()> &accept)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    form->setParent(&dialog);
    layout->addWidget(form);
    QLabel *error = core::makeErrorLabel(&dialog);
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (auto s = accept(); !s) {
            error->setText(core::ErrorText::describe(s.error()));
            dialog.adjustSize(); // room for the message, nothing squeezed
            return;
        }
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

// Formazione -----------------------------------------------------------------------

TrainingPage::TrainingPage(core::AppContext &context, QWidget *parent)
    : TabPage(context, parent)
{
    const bool canEdit = true; // the commands check Permission::VolunteersTraining
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("&Year:"), this));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(context.clock->today().year());
    m_year->setAccessibleName(tr("Year"));
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_year);
    bar->addWidget(m_year);
    bar->addStretch();
    auto *newCourse = new QPushButton(tr("New &course..."), this);
    m_newEdition = new QPushButton(tr("New &edition..."), this);
    m_editCourse = new QPushButton(tr("Edit co&urse..."), this);
    m_editCourse->setToolTip(tr("Changes the course of the selected edition"));
    m_editEdition = new QPushButton(tr("Edit e&dition..."), this);
    m_editEdition->setToolTip(tr("Changes the selected edition: its dates must still include its sessions"));
    bar->addWidget(newCourse);
    bar->addWidget(m_newEdition);
    bar->addWidget(m_editCourse);
    bar->addWidget(m_editEdition);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_editions = core::makeReadOnlyTable({ tr("Edition"), tr("From"), tr("To"), tr("Hours"), tr("Enrolled"),
                                             tr("Certified"), tr("Course") },
        splitter);
    splitter->addWidget(m_editions);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(right);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_rules = new QLabel(right);
    m_rules->setWordWrap(true);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_rules);

    auto *sessionsBox = new QGroupBox(tr("Sessions"), right);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    m_sessions = core::makeReadOnlyTable({ tr("Day"), tr("Start"), tr("Length"), tr("Topic"), tr("Trainer"), tr("Present") },
        sessionsBox);
    sessionsLayout->addWidget(m_sessions);
    auto *sessionButtons = new QHBoxLayout;
    m_addSession = new QPushButton(tr("Add &session..."), sessionsBox);
    m_attendance = new QPushButton(tr("&Attendance..."), sessionsBox);
    sessionButtons->addWidget(m_addSession);
    sessionButtons->addWidget(m_attendance);
    sessionButtons->addStretch();
    sessionsLayout->addLayout(sessionButtons);

    auto *peopleBox = new QGroupBox(tr("Participants"), right);
    auto *peopleLayout = new QVBoxLayout(peopleBox);
    m_participants = core::makeReadOnlyTable({ tr("Participant"), tr("Organisation or school"), tr("Attended"),
                                                 tr("Final test"), tr("Certificate"), tr("Qualification") },
        peopleBox);
    peopleLayout->addWidget(m_participants);
    auto *peopleButtons = new QHBoxLayout;
    m_enrolVolunteer = new QPushButton(tr("Enrol &volunteer..."), peopleBox);
    m_enrolOther = new QPushButton(tr("Enrol &other..."), peopleBox);
    m_test = new QPushButton(tr("Final &test..."), peopleBox);
    m_certificate = new QPushButton(tr("Ce&rtificate..."), peopleBox);
    m_certificate->setToolTip(tr("Issues the certificate of a participant who attended enough and passed the test, "
                                 "grants the course's qualification, and saves it as PDF"));
    for (QPushButton *b : { m_enrolVolunteer, m_enrolOther, m_test, m_certificate })
        peopleButtons->addWidget(b);
    peopleButtons->addStretch();
    peopleLayout->addLayout(peopleButtons);

    rightLayout->addWidget(sessionsBox, 2);
    rightLayout->addWidget(peopleBox, 3);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 470, 900 });
    layout->addWidget(splitter, 1);

    // The current year, or the latest one with an edition when it has none.
    m_year->setValue(TrainingRepository(context.db).yearWithEditions(m_year->value(), context.clock->today()));
    connect(m_year, &QSpinBox::valueChanged, this, &TrainingPage::reload);
    connect(m_editions, &QTableWidget::itemSelectionChanged, this, &TrainingPage::showEdition);
    connect(m_participants, &QTableWidget::itemSelectionChanged, this, &TrainingPage::updateButtons);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &TrainingPage::updateButtons);
    connect(newCourse, &QPushButton::clicked, this, &TrainingPage::addCourse);
    connect(m_newEdition, &QPushButton::clicked, this, &TrainingPage::addEdition);
    connect(m_editCourse, &QPushButton::clicked, this, &TrainingPage::editCourse);
    connect(m_editEdition, &QPushButton::clicked, this, &TrainingPage::editEdition);
    connect(m_editions, &QTableWidget::itemDoubleClicked, this, &TrainingPage::editEdition);
    connect(m_addSession, &QPushButton::clicked, this, &TrainingPage::addSession);
    connect(m_attendance, &QPushButton::clicked, this, &TrainingPage::editAttendance);
    connect(m_enrolVolunteer, &QPushButton::clicked, this, &TrainingPage::enrolVolunteer);
    connect(m_enrolOther, &QPushButton::clicked, this, &TrainingPage::enrolOther);
    connect(m_test, &QPushButton::clicked, this, &TrainingPage::recordTest);
    connect(m_certificate, &QPushButton::clicked, this, &TrainingPage::printCertificate);
    // The participant's row: its certificate, printed or saved (issued
    // first when it is not yet), before the shared copy and export.
    core::installTableContextMenu(m_participants, [this](QMenu *menu, const QPoint &) {
        const bool one = selectedParticipant() != 0;
        menu->addAction(tr("Print certificate..."), this, [this] { certificateTo(&core::ReportActions::preview); })
            ->setEnabled(one);
        menu->addAction(tr("Save certificate as PDF..."), this, [this] { certificateTo(&core::ReportActions::savePdf); })
            ->setEnabled(one);
    });
    Q_UNUSED(canEdit);
    reload();
}

void TrainingPage::tablesChanged(const QStringList &tables)
{
    for (const QString &t : tables)
        if (t.startsWith(QLatin1String("training_")) || t == QLatin1String("volunteer_qualification")) {
            reload();
            return;
        }
}

void TrainingPage::reload()
{
    const qint64 keep = m_editionId;
    auto rows = TrainingRepository(context().db).editions(m_year->value());
    QSignalBlocker blocker(m_editions);
    m_editions->setRowCount(0);
    if (rows) {
        m_editions->setRowCount(int(rows->size()));
        for (int i = 0; i < rows->size(); ++i) {
            const auto &r = rows->at(i);
            const QStringList cells { r.edition.code, core::formatDay(r.edition.startDate),
                core::formatDay(r.edition.endDate), trainingHours(r.minutes), QLocale().toString(r.participants),
                QLocale().toString(r.certificates), r.courseTitle };
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = core::makeCell(cells.at(c), r.edition.id);
                if (c >= 3 && c <= 5)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (c == 6)
                    item->setToolTip(r.courseTitle);
                m_editions->setItem(i, c, item);
            }
        }
    }
    fitTrainingColumns(m_editions);
    m_editionId = 0;
    for (int i = 0; i < m_editions->rowCount(); ++i)
        if (m_editions->item(i, 0)->data(Qt::UserRole).toLongLong() == keep) {
            m_editions->setCurrentCell(i, 0);
            m_editionId = keep;
        }
    blocker.unblock();
    if (m_editionId == 0 && m_editions->rowCount() > 0)
        m_editions->setCurrentCell(0, 0);
    showEdition();
}

void TrainingPage::selectEdition(qint64 id)
{
    for (int i = 0; i < m_editions->rowCount(); ++i)
        if (m_editions->item(i, 0)->data(Qt::UserRole).toLongLong() == id)
            m_editions->setCurrentCell(i, 0);
}

bool TrainingPage::openEdition(qint64 id)
{
    auto edition = TrainingRepository(context().db).edition(id);
    if (!edition || edition->id == 0)
        return false;
    m_year->setValue(edition->startDate.year()); // reloads when it changes
    selectEdition(id);
    return m_editionId == id;
}

void TrainingPage::showEdition()
{
    const int row = m_editions->currentRow();
    m_editionId = row >= 0 && m_editions->item(row, 0) ? m_editions->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
    TrainingRepository repository(context().db);
    m_course = {};
    m_edition = {};
    m_sessionRows.clear();
    m_participantRows.clear();
    if (m_editionId != 0) {
        if (auto e = repository.edition(m_editionId))
            m_edition = *e;
        if (auto c = repository.course(m_edition.courseId))
            m_course = *c;
        if (auto s = repository.sessions(m_editionId))
            m_sessionRows = *s;
        if (auto p = repository.participants(m_editionId))
            m_participantRows = *p;
    }
    if (m_editionId == 0) {
        m_heading->setText(tr("No edition in %1: choose another year or add an edition.").arg(m_year->value()));
        m_rules->clear();
    } else {
        m_heading->setText(tr("%1, edition %2 (%3, %4)")
                               .arg(m_course.title, m_edition.code, trainingModeText(m_edition.mode), m_edition.place));
        QStringList rules { tr("minimum attendance %1% of the hours").arg(m_course.minAttendance) };
        if (m_course.finalTest)
            rules.append(tr("final test passed from %1 out of %2").arg(m_course.passScore).arg(m_course.maxScore));
        if (!m_course.qualification.isEmpty())
            rules.append(m_course.validityMonths > 0
                    ? tr("grants «%1» for %n month(s)", nullptr, m_course.validityMonths).arg(m_course.qualification)
                    : tr("grants «%1»").arg(m_course.qualification));
        m_rules->setText(rules.join(QStringLiteral("; ")));
    }

    // Who was present at each session.
    QHash<qint64, int> presentBySession;
    if (m_editionId != 0)
        for (const TrainingSession &s : std::as_const(m_sessionRows))
            if (auto set = repository.attendance(s.id))
                presentBySession.insert(s.id, int(set->size()));
    m_sessions->setRowCount(int(m_sessionRows.size()));
    for (int i = 0; i < m_sessionRows.size(); ++i) {
        const TrainingSession &s = m_sessionRows.at(i);
        const QStringList cells { core::formatDay(s.day), s.startTime, trainingHours(s.minutes), s.topic, s.trainer,
            QStringLiteral("%1/%2").arg(presentBySession.value(s.id)).arg(m_participantRows.size()) };
        for (int c = 0; c < cells.size(); ++c)
            m_sessions->setItem(i, c, core::makeCell(cells.at(c), s.id));
    }
    fitTrainingColumns(m_sessions);

    QHash<qint64, QString> organisationNames;
    if (auto all = OrganisationRepository(context().db).all())
        for (const Organisation &o : std::as_const(*all))
            organisationNames.insert(o.id, o.name);
    m_participants->setRowCount(int(m_participantRows.size()));
    for (int i = 0; i < m_participantRows.size(); ++i) {
        const Participant &p = m_participantRows.at(i);
        const int percent = p.totalMinutes > 0 ? int(qint64(p.attendedMinutes) * 100 / p.totalMinutes) : 0;
        const bool admitted = TrainingRules::attendanceSufficient(p.attendedMinutes, p.totalMinutes, m_course.minAttendance);
        QString test = QStringLiteral("—");
        if (m_course.finalTest) {
            if (p.testResult == TestResult::Passed)
                test = tr("passed");
            else if (p.testResult == TestResult::Failed)
                test = tr("failed");
            else
                test = admitted ? tr("to record") : tr("not admitted");
            if (p.testScore >= 0)
                test += QStringLiteral(" (%1/%2)").arg(p.testScore).arg(m_course.maxScore);
        }
        const QStringList cells { p.displayName,
            p.volunteerId ? organisationNames.value(p.organisationId) : p.affiliation,
            QStringLiteral("%1 / %2 (%3%)").arg(trainingHours(p.attendedMinutes), trainingHours(p.totalMinutes)).arg(percent),
            test, p.certificateNumber.isEmpty() ? QString() : tr("%1 of %2").arg(p.certificateNumber, core::formatDay(p.certificateIssuedOn)),
            p.qualificationId ? m_course.qualification : QString() };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = core::makeCell(cells.at(c), p.id);
            item->setToolTip(cells.at(c));
            if (c == 2 && !admitted)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            if (c == 3 && p.testResult == TestResult::Failed)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_participants->setItem(i, c, item);
        }
    }
    fitTrainingColumns(m_participants);
    updateButtons();
}

qint64 TrainingPage::selectedParticipant() const
{
    const int row = m_participants->currentRow();
    return row >= 0 && m_participants->item(row, 0) ? m_participants->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void TrainingPage::updateButtons()
{
    const bool edition = m_editionId != 0;
    m_editCourse->setEnabled(edition);
    m_editEdition->setEnabled(edition);
    m_addSession->setEnabled(edition);
    m_attendance->setEnabled(edition && m_sessions->currentRow() >= 0);
    m_enrolVolunteer->setEnabled(edition);
    m_enrolOther->setEnabled(edition);
    const bool participant = selectedParticipant() != 0;
    m_test->setEnabled(participant && m_course.finalTest);
    m_certificate->setEnabled(participant);
}

void TrainingPage::addCourse()
{
    courseForm(Course(), tr("New course"));
}

void TrainingPage::editCourse()
{
    if (m_course.id != 0)
        courseForm(m_course, tr("Edit course %1").arg(m_course.code));
}

void TrainingPage::courseForm(const Course &initial, const QString &title)
{
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("courseForm"));
    auto *f = new QFormLayout(form);
    auto *code = new QLineEdit(initial.code, form);
    auto *courseTitle = new QLineEdit(initial.title, form);
    courseTitle->setMinimumWidth(440);
    auto *audience = new QComboBox(form);
    audience->addItem(tr("Volunteers"), int(Course::Audience::Volunteers));
    audience->addItem(tr("Students"), int(Course::Audience::Students));
    audience->addItem(tr("Staff"), int(Course::Audience::Staff));
    core::selectByData(audience, int(initial.audience));
    auto *attendance = new QSpinBox(form);
    attendance->setRange(0, 100);
    attendance->setValue(initial.id != 0 ? initial.minAttendance : 80);
    attendance->setSuffix(QStringLiteral(" %"));
    auto *test = new QCheckBox(tr("Final test"), form);
    test->setChecked(initial.finalTest);
    auto *pass = new QSpinBox(form);
    pass->setRange(0, 1000);
    pass->setValue(std::max(0, initial.passScore));
    auto *max = new QSpinBox(form);
    max->setRange(0, 1000);
    max->setValue(std::max(0, initial.maxScore));
    auto *qualification = new QLineEdit(initial.qualification, form);
    auto *months = new QSpinBox(form);
    months->setRange(0, 600);
    months->setSpecialValueText(tr("does not expire"));
    months->setValue(std::max(0, initial.validityMonths));
    f->addRow(tr("&Code:"), code);
    f->addRow(tr("&Title:"), courseTitle);
    f->addRow(tr("&For:"), audience);
    f->addRow(tr("Minimum &attendance:"), attendance);
    f->addRow(QString(), test);
    f->addRow(tr("&Pass score:"), pass);
    f->addRow(tr("&Highest score:"), max);
    f->addRow(tr("&Qualification granted:"), qualification);
    f->addRow(tr("&Valid for (months):"), months);
    if (initial.id != 0) {
        // What already limits the change, said before the person tries.
        if (auto use = TrainingRepository(context().db).courseUse(initial.id); use && use->participants > 0) {
            auto *note = new QLabel(tr("In use: %1, %2, %3.")
                                        .arg(tr("%n participant(s)", nullptr, use->participants),
                                            tr("%n test result(s)", nullptr, use->testsRecorded),
                                            tr("%n certificate(s)", nullptr, use->certificates)),
                form);
            note->setWordWrap(true);
            f->addRow(note);
        }
    }
    runTrainingForm(this, title, form, [&]() -> core::Status {
        Course c = initial;
        c.code = code->text();
        c.title = courseTitle->text();
        c.audience = Course::Audience(audience->currentData().toInt());
        c.minAttendance = attendance->value();
        c.finalTest = test->isChecked();
        c.passScore = pass->value();
        c.maxScore = max->value();
        c.qualification = qualification->text();
        c.validityMonths = months->value();
        return commands().run(std::make_shared<SaveCourse>(c));
    });
}

void TrainingPage::addEdition()
{
    Edition e;
    e.startDate = e.endDate = context().clock->today();
    editionForm(e, tr("New edition"));
}

void TrainingPage::editEdition()
{
    if (m_edition.id != 0)
        editionForm(m_edition, tr("Edit edition %1").arg(m_edition.code));
}

void TrainingPage::editionForm(const Edition &initial, const QString &title)
{
    auto courses = TrainingRepository(context().db).courses();
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("editionForm"));
    auto *f = new QFormLayout(form);
    auto *course = new QComboBox(form);
    if (courses)
        for (const Course &c : std::as_const(*courses))
            course->addItem(c.title, c.id);
    core::selectByData(course, initial.courseId);
    auto *code = new QLineEdit(initial.code, form);
    auto *start = core::makeDateEdit(initial.startDate, form);
    auto *end = core::makeDateEdit(initial.endDate, form);
    auto *mode = new QComboBox(form);
    for (Edition::Mode m : { Edition::Mode::Presence, Edition::Mode::Remote, Edition::Mode::Mixed })
        mode->addItem(trainingModeText(m), int(m));
    core::selectByData(mode, int(initial.mode));
    auto *place = new QLineEdit(initial.place, form);
    place->setMinimumWidth(440);
    f->addRow(tr("&Course:"), course);
    f->addRow(tr("&Code:"), code);
    f->addRow(tr("&From:"), start);
    f->addRow(tr("&To:"), end);
    f->addRow(tr("&Mode:"), mode);
    f->addRow(tr("&Place:"), place);
    if (initial.id != 0 && !m_sessionRows.isEmpty() && initial.id == m_editionId) {
        QDate first = m_sessionRows.first().day, last = first;
        for (const TrainingSession &s : std::as_const(m_sessionRows)) {
            first = std::min(first, s.day);
            last = std::max(last, s.day);
        }
        auto *note = new QLabel(tr("The sessions recorded go from %1 to %2: the dates must include them.")
                                    .arg(core::formatDay(first), core::formatDay(last)),
            form);
        note->setWordWrap(true);
        f->addRow(note);
    }
    // The form's widgets die with the dialog: keep what is needed after it.
    qint64 saved = 0;
    int savedYear = 0;
    runTrainingForm(this, title, form, [&]() -> core::Status {
        Edition e = initial;
        e.courseId = course->currentData().toLongLong();
        e.code = code->text();
        e.startDate = start->date();
        e.endDate = end->date();
        e.mode = Edition::Mode(mode->currentData().toInt());
        e.place = place->text();
        auto command = std::make_shared<SaveEdition>(e);
        if (auto s = commands().run(command); !s)
            return s;
        saved = command->editionId();
        savedYear = e.startDate.year();
        return {};
    });
    if (saved != 0) {
        m_year->setValue(savedYear);
        selectEdition(saved);
    }
}

void TrainingPage::addSession()
{
    auto *form = new QWidget;
    auto *f = new QFormLayout(form);
    auto *day = core::makeDateEdit(m_edition.startDate, form);
    auto *start = new QLineEdit(QStringLiteral("09:00"), form);
    auto *minutes = new QSpinBox(form);
    minutes->setRange(15, 720);
    minutes->setSingleStep(30);
    minutes->setValue(120);
    minutes->setSuffix(tr(" min"));
    auto *topic = new QLineEdit(form);
    auto *trainer = new QLineEdit(form);
    auto *place = new QLineEdit(m_edition.place, form);
    f->addRow(tr("&Day:"), day);
    f->addRow(tr("&Start:"), start);
    f->addRow(tr("&Length:"), minutes);
    f->addRow(tr("T&opic:"), topic);
    f->addRow(tr("T&rainer:"), trainer);
    f->addRow(tr("&Place:"), place);
    runTrainingForm(this, tr("New session"), form, [&]() -> core::Status {
        TrainingSession s;
        s.editionId = m_editionId;
        s.day = day->date();
        s.startTime = start->text().trimmed();
        s.minutes = minutes->value();
        s.topic = topic->text();
        s.trainer = trainer->text();
        s.place = place->text();
        return commands().run(std::make_shared<SaveSession>(s));
    });
}

void TrainingPage::editAttendance()
{
    const int row = m_sessions->currentRow();
    if (row < 0 || row >= m_sessionRows.size())
        return;
    const TrainingSession session = m_sessionRows.at(row);
    auto present = TrainingRepository(context().db).attendance(session.id);
    auto *form = new QWidget;
    auto *v = new QVBoxLayout(form);
    v->addWidget(new QLabel(tr("Present on %1 (%2):").arg(core::formatDay(session.day), session.topic), form));
    auto *list = new QListWidget(form);
    list->setMinimumHeight(320);
    for (const Participant &p : std::as_const(m_participantRows)) {
        auto *item = new QListWidgetItem(p.displayName, list);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(present && present->contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    v->addWidget(list);
    auto *all = new QPushButton(tr("All present"), form);
    connect(all, &QPushButton::clicked, list, [list] {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Checked);
    });
    v->addWidget(all);
    runTrainingForm(this, tr("Attendance"), form, [&]() -> core::Status {
        QSet<qint64> ids;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ids.insert(list->item(i)->data(Qt::UserRole).toLongLong());
        return commands().run(std::make_shared<SetSessionAttendance>(session.id, ids));
    });
}

void TrainingPage::enrolVolunteer()
{
    auto *form = new QWidget;
    auto *v = new QVBoxLayout(form);
    auto *picker = new VolunteerPicker(context().db, form);
    v->addWidget(picker);
    runTrainingForm(this, tr("Enrol a volunteer"), form, [&]() -> core::Status {
        Participant p;
        p.editionId = m_editionId;
        p.volunteerId = picker->volunteerId();
        p.enrolledOn = context().clock->today();
        if (p.volunteerId == 0)
            return core::Error(QStringLiteral("training.unknown_volunteer"));
        return commands().run(std::make_shared<EnrolParticipant>(p));
    });
}

void TrainingPage::enrolOther()
{
    auto *form = new QWidget;
    auto *f = new QFormLayout(form);
    auto *last = new QLineEdit(form);
    auto *first = new QLineEdit(form);
    auto *affiliation = new QLineEdit(form);
    f->addRow(tr("&Surname:"), last);
    f->addRow(tr("&Name:"), first);
    f->addRow(tr("S&chool or body:"), affiliation);
    runTrainingForm(this, tr("Enrol a participant"), form, [&]() -> core::Status {
        Participant p;
        p.editionId = m_editionId;
        p.lastName = last->text();
        p.firstName = first->text();
        p.affiliation = affiliation->text();
        p.enrolledOn = context().clock->today();
        return commands().run(std::make_shared<EnrolParticipant>(p));
    });
}

void TrainingPage::recordTest()
{
    const qint64 id = selectedParticipant();
    if (id == 0)
        return;
    auto *form = new QWidget;
    auto *f = new QFormLayout(form);
    auto *score = new QSpinBox(form);
    score->setRange(-1, m_course.maxScore);
    score->setSpecialValueText(tr("no score"));
    score->setValue(-1);
    auto *result = new QComboBox(form);
    result->addItem(tr("passed"), int(TestResult::Passed));
    result->addItem(tr("failed"), int(TestResult::Failed));
    result->addItem(tr("not taken"), int(TestResult::None));
    connect(score, &QSpinBox::valueChanged, result, [this, score, result] {
        if (score->value() >= 0)
            result->setCurrentIndex(score->value() >= m_course.passScore ? 0 : 1);
    });
    f->addRow(tr("&Score (out of %1):").arg(m_course.maxScore), score);
    f->addRow(tr("&Result:"), result);
    runTrainingForm(this, tr("Final test"), form, [&]() -> core::Status {
        return commands().run(
            std::make_shared<RecordTestResult>(id, TestResult(result->currentData().toInt()), score->value()));
    });
}

core::Status TrainingPage::issueCertificate(qint64 participantId, const QDate &day)
{
    return commands().run(std::make_shared<IssueTrainingCertificate>(participantId, day));
}

core::Result<core::ReportDocument> TrainingPage::certificateOf(qint64 participantId)
{
    const QDate today = context().clock->today();
    const QDate day = m_edition.endDate.isValid() && m_edition.endDate > today ? m_edition.endDate : today;
    if (auto s = issueCertificate(participantId, day); !s)
        return s.error();
    auto content = certificateContent(context().db, participantId);
    if (!content)
        return content.error();
    return trainingCertificateDocument(*content);
}

void TrainingPage::printCertificate()
{
    certificateTo(&core::ReportActions::savePdf);
}

void TrainingPage::certificateTo(void (*action)(QWidget *, const core::ReportDocument &))
{
    const qint64 id = selectedParticipant();
    if (id == 0)
        return;
    auto document = certificateOf(id);
    if (!document) {
        ui::showError(this, tr("Certificate"), document.error());
        return;
    }
    action(this, *document);
}

// Esercitazioni --------------------------------------------------------------------

ExercisesPage::ExercisesPage(core::AppContext &context, QWidget *parent)
    : TabPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(context.clock->today().year());
    yearLabel->setBuddy(m_year);
    auto *orgLabel = new QLabel(tr("&Organisation:"), this);
    m_organisation = new QComboBox(this);
    ui::fillOrganisations(m_organisation, context.db, tr("All organisations"));
    m_organisation->setMinimumContentsLength(28);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    orgLabel->setBuddy(m_organisation);
    m_count = new QLabel(this);
    m_add = new QPushButton(tr("New &exercise..."), this);
    auto *report = new QPushButton(tr("&Renewal activity report..."), this);
    report->setToolTip(tr("What the organisation did in the year (activations, exercises, courses) and the vehicles "
                          "and equipment it holds, for its yearly renewal"));
    for (QWidget *w : std::initializer_list<QWidget *> { yearLabel, m_year, orgLabel, m_organisation, m_count })
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_add);
    bar->addWidget(report);
    layout->addLayout(bar);
    m_table = core::makeReadOnlyTable({ tr("From"), tr("To"), tr("Exercise"), tr("Scenario"), tr("Comune"),
                                          tr("Participants"), tr("Person-days"), tr("Organisation") },
        this);
    layout->addWidget(m_table, 1);
    // The current year, or the latest one with an exercise when it has none.
    m_year->setValue(TrainingRepository(context.db).yearWithExercises(m_year->value()));
    connect(m_year, &QSpinBox::valueChanged, this, &ExercisesPage::reload);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &ExercisesPage::reload);
    connect(m_add, &QPushButton::clicked, this, &ExercisesPage::addExercise);
    connect(report, &QPushButton::clicked, this, &ExercisesPage::showRenewalReport);
    reload();
}

void ExercisesPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("training_exercise")))
        reload();
}

void ExercisesPage::reload()
{
    auto rows = TrainingRepository(context().db).exercises(m_year->value(), m_organisation->currentData().toLongLong());
    QHash<qint64, QString> names;
    for (int i = 0; i < m_organisation->count(); ++i)
        names.insert(m_organisation->itemData(i).toLongLong(), m_organisation->itemText(i));
    auto comuneNames = TrainingRepository(context().db).exerciseComuneNames();
    const QHash<int, QString> comuni = comuneNames ? *comuneNames : QHash<int, QString>();
    m_table->setRowCount(0);
    int people = 0, days = 0;
    if (rows) {
        m_table->setRowCount(int(rows->size()));
        for (int i = 0; i < rows->size(); ++i) {
            const Exercise &x = rows->at(i);
            people += x.participants;
            days += x.personDays;
            const QStringList cells { core::formatDay(x.startDate), core::formatDay(x.endDate), x.title,
                trainingScenarioText(x.scenario),
                x.place.isEmpty() ? comuni.value(x.comuneId) : comuni.value(x.comuneId) + QStringLiteral(", ") + x.place,
                QLocale().toString(x.participants), QLocale().toString(x.personDays), names.value(x.organisationId) };
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = core::makeCell(cells.at(c), x.id);
                item->setToolTip(cells.at(c));
                if (c == 5 || c == 6)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(i, c, item);
            }
        }
    }
    fitTrainingColumns(m_table);
    m_count->setText(tr("%n exercise(s), %1", nullptr, m_table->rowCount())
                         .arg(tr("%n person-day(s)", nullptr, days)));
    Q_UNUSED(people);
}

void ExercisesPage::addExercise()
{
    auto *form = new QWidget;
    auto *f = new QFormLayout(form);
    auto *organisation = new QComboBox(form);
    ui::fillOrganisations(organisation, context().db);
    core::selectByData(organisation, m_organisation->currentData());
    auto *title = new QLineEdit(form);
    auto *scenario = new QComboBox(form);
    for (int s = 0; s <= int(Exercise::Scenario::Other); ++s)
        scenario->addItem(trainingScenarioText(Exercise::Scenario(s)), s);
    const QDate today = context().clock->today();
    auto *start = core::makeDateEdit(today, form);
    auto *end = core::makeDateEdit(today, form);
    auto *comune = new QComboBox(form);
    core::fillComuneCombo(comune, context().db, tr("(not given)"));
    auto *place = new QLineEdit(form);
    auto *participants = new QSpinBox(form);
    participants->setRange(1, 10000);
    auto *personDays = new QSpinBox(form);
    personDays->setRange(1, 1000000);
    f->addRow(tr("&Organisation:"), organisation);
    f->addRow(tr("&Title:"), title);
    f->addRow(tr("&Scenario:"), scenario);
    f->addRow(tr("&From:"), start);
    f->addRow(tr("&To:"), end);
    f->addRow(tr("&Comune:"), comune);
    f->addRow(tr("&Place:"), place);
    f->addRow(tr("&Participants:"), participants);
    f->addRow(tr("P&erson-days:"), personDays);
    runTrainingForm(this, tr("New exercise"), form, [&]() -> core::Status {
        Exercise x;
        x.organisationId = organisation->currentData().toLongLong();
        x.title = title->text();
        x.scenario = Exercise::Scenario(scenario->currentData().toInt());
        x.startDate = start->date();
        x.endDate = end->date();
        x.comuneId = core::chosenComune(comune);
        x.place = place->text();
        x.participants = participants->value();
        x.personDays = personDays->value();
        return commands().run(std::make_shared<SaveExercise>(x));
    });
}

core::Result<core::ReportDocument> ExercisesPage::renewalReport() const
{
    core::ReportRequest request;
    request.options.insert(QStringLiteral("year"), QString::number(m_year->value()));
    if (const qint64 id = m_organisation->currentData().toLongLong(); id != 0)
        request.options.insert(QStringLiteral("organisation"), QString::number(id));
    request.operatorName = context().operatorName;
    request.now = context().clock->now();
    request.locale = QLocale();
    if (auto s = core::Access::require(context().db, RenewalActivityReport::definition().permission); !s)
        return s.error();
    return RenewalActivityReport::build(context().db, request);
}

void ExercisesPage::showRenewalReport()
{
    auto document = renewalReport();
    if (!document) {
        ui::showError(this, tr("Renewal activity report"), document.error());
        return;
    }
    core::ReportActions::preview(this, *document);
}

} // namespace volunteers
