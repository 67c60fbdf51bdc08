#include "tutoring/ui/assistantspage.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/domain/tutoringlists.h"
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

AssistantsPage::AssistantsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : ListPage(context, commands, parent)
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
    const ListQuery query = TutoringLists::assistants();
    model->setSource(query.from, query.key);
    const QStringList &c = query.columns;
    model->setColumns({
        { c.at(0), tr("Code"), ColumnKind::Text, 0, true },
        { c.at(1), tr("Family name"), ColumnKind::Text, 0, true },
        { c.at(2), tr("Given name"), ColumnKind::Text, 0, false },
        { c.at(3), tr("School"), ColumnKind::Text, 0, false },
        { c.at(4), tr("Class"), ColumnKind::Integer, 0, false },
        { c.at(5), tr("Comune"), ColumnKind::Text, 0, false },
        { c.at(6), tr("Safety course"), ColumnKind::Text, 0, false },
        { c.at(7), tr("Subjects"), ColumnKind::Text, 0, false },
        { c.at(8), tr("PCTO hours"), ColumnKind::Integer, 0, false },
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
    model->setWatchedTables(query.watchedTables);
    setModel(model, { 70, 130, 110, 160, 50, 140, 140, 220 });
    table()->setAccessibleName(tr("Study assistants"));

    auto *add = addButton(tr("&New assistant..."), false);
    auto *edit = addButton(tr("&Edit..."), true);
    auto *remove = addButton(tr("&Delete"), true);
    auto *pcto = addButton(tr("&PCTO statement of the school..."), true);
    auto *import = addButton(tr("&Import from a spreadsheet..."), false);
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
    const ListFilter filter = TutoringLists::assistantFilter(
        { searchField()->text(), m_school->currentData().toInt(), m_course->currentData().toString() });
    model()->setFilter(filter.where(), filter.binds);
    setCountText(tr("%Ln study assistant(s)", nullptr, model()->rowCount()));
}

void AssistantsPage::activated()
{
    edit(selectedId());
}

void AssistantsPage::edit(qint64 id)
{
    AssistantDialog dialog(m_context, m_commands, id, this);
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
    if (auto s = m_commands.run(std::make_shared<DeleteAssistant>(id)); !s)
        TutoringWidgets::showError(this, tr("Delete study assistant"), s.error());
}

} // namespace tutoring
