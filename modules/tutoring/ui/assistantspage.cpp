#include "tutoring/ui/assistantspage.h"

#include "core/ui/appcontext.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/domain/tutoringreports.h"
#include "tutoring/ui/assistantdialog.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace tutoring {

using core::ColumnKind;

AssistantsPage::AssistantsPage(core::AppContext &context, QWidget *parent)
    : ListPage(context, parent)
{
    searchField()->setPlaceholderText(tr("Search by family name, given name or code"));
    searchField()->setAccessibleName(tr("Search study assistants"));
    m_school = new QComboBox(this);
    m_school->addItem(tr("All schools"), 0);
    if (auto schools = ServiceRepository(context.db).schools())
        for (const School &s : *schools)
            m_school->addItem(s.name, s.id);
    m_course = new QComboBox(this);
    m_course->addItem(tr("Any course state"), QString());
    for (const SafetyCourse s : { SafetyCourse::Done, SafetyCourse::Enrolled, SafetyCourse::None })
        m_course->addItem(tr("Safety course: %1").arg(Labels::safetyCourse(s).toLower()), toSql(s));
    filterRow()->addWidget(m_school);
    filterRow()->addWidget(m_course);

    auto *model = new FormattedSqlModel(context.db, this);
    model->setSource(
        QStringLiteral("tutoring_assistant a JOIN school sc ON sc.id = a.school_id JOIN comune c ON c.id = a.comune_id "
                       "LEFT JOIN comune_cmm m ON m.comune_id = c.id"),
        QStringLiteral("a.id"));
    model->setColumns({
        { QStringLiteral("a.code"), tr("Code"), ColumnKind::Text, 0, true },
        { QStringLiteral("a.family_name COLLATE NOCASE"), tr("Family name"), ColumnKind::Text, 0, true },
        { QStringLiteral("a.given_name"), tr("Given name"), ColumnKind::Text, 0, false },
        { QStringLiteral("sc.name"), tr("School"), ColumnKind::Text, 0, false },
        { QStringLiteral("a.class_year"), tr("Class"), ColumnKind::Integer, 0, false },
        { QStringLiteral("CASE WHEN m.comune_id IS NULL THEN c.name || ' (' || c.province || ')' ELSE c.name END"),
            tr("Comune"), ColumnKind::Text, 0, false },
        { QStringLiteral("a.safety_course || '|' || coalesce(a.safety_course_on, '')"), tr("Safety course"),
            ColumnKind::Text, 0, false },
        { QStringLiteral("(SELECT group_concat(s.name, ', ') FROM tutoring_assistant_subject x JOIN tutoring_subject s "
                         "ON s.id = x.subject_id "
                         "WHERE x.assistant_id = a.id)"),
            tr("Subjects"), ColumnKind::Text, 0, false },
        { QStringLiteral("(SELECT count(*) FROM tutoring_lesson l WHERE l.assistant_id = a.id AND l.state = 'given' "
                         "AND l.taught_by = 'assistant') + CASE a.safety_course WHEN 'done' THEN %1 ELSE 0 END")
                .arg(TutoringReports::safetyCourseHours),
            tr("PCTO hours"), ColumnKind::Integer, 0, false },
    });
    model->setFormatter(6, [](const QVariant &raw) {
        const QStringList parts = raw.toString().split(QLatin1Char('|'));
        const SafetyCourse state = safetyCourseFromSql(parts.value(0));
        const QDate on = QDate::fromString(parts.value(1), Qt::ISODate);
        if (state == SafetyCourse::Done && on.isValid())
            return QVariant(tr("done on %1").arg(QLocale().toString(on, QStringLiteral("dd/MM/yyyy"))));
        return QVariant(Labels::safetyCourse(state));
    });
    model->setDefaultSort(1, Qt::AscendingOrder);
    model->setWatchedTables({ QStringLiteral("tutoring_assistant"), QStringLiteral("tutoring_assistant_subject"),
        QStringLiteral("tutoring_outcome") });
    setModel(model, { 70, 130, 110, 160, 50, 140, 140, 220 });
    table()->setAccessibleName(tr("Study assistants"));

    auto *add = addButton(tr("&New assistant..."), false);
    auto *edit = addButton(tr("&Edit..."), true);
    auto *remove = addButton(tr("&Delete"), true);
    auto *pcto = addButton(tr("&PCTO statement of the school..."), true);
    auto *import = addButton(tr("&Import from CSV..."), false);
    connect(add, &QPushButton::clicked, this, [this] { this->edit(0); });
    connect(edit, &QPushButton::clicked, this, [this] { this->edit(selectedId()); });
    connect(remove, &QPushButton::clicked, this, &AssistantsPage::remove);
    connect(pcto, &QPushButton::clicked, this, [this] {
        if (auto a = PeopleRepository(m_context.db, *m_context.clock).assistant(selectedId()))
            emit pctoStatementRequested(a->schoolId);
    });
    connect(import, &QPushButton::clicked, this, &AssistantsPage::importRequested);
    connect(m_school, &QComboBox::currentIndexChanged, this, &AssistantsPage::applyFilter);
    connect(m_course, &QComboBox::currentIndexChanged, this, &AssistantsPage::applyFilter);
    applyFilter();
}

void AssistantsPage::applyFilter()
{
    QStringList where;
    QVariantList binds;
    addSearch(
        { QStringLiteral("a.family_name"), QStringLiteral("a.given_name"), QStringLiteral("a.code") }, where, binds);
    if (const int school = m_school->currentData().toInt(); school > 0) {
        where.append(QStringLiteral("a.school_id = ?"));
        binds.append(school);
    }
    if (const QString course = m_course->currentData().toString(); !course.isEmpty()) {
        where.append(QStringLiteral("a.safety_course = ?"));
        binds.append(course);
    }
    model()->setFilter(where.join(QStringLiteral(" AND ")), binds);
    setCountText(tr("%n study assistant(s)", nullptr, model()->rowCount()));
}

void AssistantsPage::activated()
{
    edit(selectedId());
}

void AssistantsPage::edit(qint64 id)
{
    AssistantDialog dialog(m_context, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        model()->refresh();
        selectId(dialog.assistantId());
    }
}

void AssistantsPage::remove()
{
    const qint64 id = selectedId();
    auto a = PeopleRepository(m_context.db, *m_context.clock).assistant(id);
    if (!a)
        return;
    if (QMessageBox::question(this, tr("Delete study assistant"),
            tr("Delete %1 (%2)? This cannot be undone.").arg(a->fullName(), a->code))
        != QMessageBox::Yes)
        return;
    if (auto s = PeopleRepository(m_context.db, *m_context.clock).deleteAssistant(id); !s)
        TutoringWidgets::showError(this, tr("Delete study assistant"), s.error());
}

} // namespace tutoring
