#include "tutoring/ui/tutorspage.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/domain/tutoringlists.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tutoring {

using core::ColumnKind;

TutorDialog::TutorDialog(core::AppContext &context, core::CommandStack &commands, qint64 tutorId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_id(tutorId)
{
    Tutor t;
    if (tutorId)
        if (auto found = PeopleRepository(context.db, *context.clock).tutor(tutorId))
            t = *found;
    setWindowTitle(tutorId ? tr("Tutor %1").arg(t.fullName()) : tr("New tutor"));
    m_code = new QLineEdit(t.code, this);
    m_code->setPlaceholderText(tr("given automatically"));
    m_family = new QLineEdit(t.familyName, this);
    m_given = new QLineEdit(t.givenName, this);
    m_kind = new QComboBox(this);
    m_kind->addItem(Labels::tutorKind(TutorKind::Teacher), int(TutorKind::Teacher));
    m_kind->addItem(Labels::tutorKind(TutorKind::RetiredTeacher), int(TutorKind::RetiredTeacher));
    m_kind->setCurrentIndex(t.kind == TutorKind::RetiredTeacher ? 1 : 0);
    m_email = new QLineEdit(t.email, this);
    m_phone = new QLineEdit(t.phone, this);
    m_active = new QCheckBox(tr("Active"), this);
    m_active->setChecked(tutorId == 0 || t.active);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Role:"), m_kind);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool TutorDialog::save()
{
    Tutor t;
    t.id = m_id;
    t.code = m_code->text();
    t.familyName = m_family->text();
    t.givenName = m_given->text();
    t.kind = TutorKind(m_kind->currentData().toInt());
    t.email = m_email->text();
    t.phone = m_phone->text();
    t.active = m_active->isChecked();
    auto command = std::make_shared<SaveTutor>(t);
    if (auto saved = m_commands.run(command); !saved) {
        m_error->setText(TutoringWidgets::describe(saved.error()));
        m_error->show();
        return false;
    }
    m_id = command->id();
    return true;
}

TutorsPage::TutorsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : ListPage(context, commands, parent)
{
    searchField()->setPlaceholderText(tr("Search by family name or code"));
    searchField()->setAccessibleName(tr("Search tutors"));
    auto *model = new FormattedSqlModel(context.db, this);
    const ListQuery query = TutoringLists::tutors();
    model->setSource(query.from, query.key);
    const QStringList &c = query.columns;
    model->setColumns({
        { c.at(0), tr("Code"), ColumnKind::Text, 0, true },
        { c.at(1), tr("Family name"), ColumnKind::Text, 0, true },
        { c.at(2), tr("Given name"), ColumnKind::Text, 0, false },
        { c.at(3), tr("Role"), ColumnKind::Text, 0, false },
        { c.at(4), tr("E-mail"), ColumnKind::Text, 0, false },
        { c.at(5), tr("Phone"), ColumnKind::Text, 0, false },
        { c.at(6), tr("Assistants followed"), ColumnKind::Integer, 0, false },
        { c.at(7), tr("Stand-in hours"), ColumnKind::Integer, 0, false },
    });
    model->setFormatter(
        3, [](const QVariant &raw) { return QVariant(Labels::tutorKind(tutorKindFromSql(raw.toString()))); });
    model->setDefaultSort(1, Qt::AscendingOrder);
    model->setWatchedTables(query.watchedTables);
    setModel(model, { 70, 140, 120, 190, 200, 120, 130 }); // the role whole: "Insegnante in pensione"
    table()->setAccessibleName(tr("Tutors"));
    auto *add = addButton(tr("&New tutor..."), false);
    auto *edit = addButton(tr("&Edit..."), true);
    auto *remove = addButton(tr("&Delete"), true);
    connect(add, &QPushButton::clicked, this, [this] { this->edit(0); });
    connect(edit, &QPushButton::clicked, this, [this] { this->edit(selectedId()); });
    connect(remove, &QPushButton::clicked, this, &TutorsPage::remove);
    applyFilter();
}

void TutorsPage::applyFilter()
{
    const ListFilter filter = TutoringLists::tutorFilter(searchField()->text());
    model()->setFilter(filter.where(), filter.binds);
    setCountText(tr("%Ln tutor(s)", nullptr, model()->rowCount()));
}

void TutorsPage::activated()
{
    edit(selectedId());
}

void TutorsPage::edit(qint64 id)
{
    TutorDialog dialog(m_context, m_commands, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        model()->refresh();
        selectId(dialog.tutorId());
    }
}

void TutorsPage::remove()
{
    const qint64 id = selectedId();
    auto t = PeopleRepository(m_context.db, *m_context.clock).tutor(id);
    if (!t)
        return;
    if (QMessageBox::question(this, tr("Delete tutor"), tr("Delete %1? This cannot be undone.").arg(t->fullName()))
        != QMessageBox::Yes)
        return;
    if (auto s = m_commands.run(std::make_shared<DeleteTutor>(id)); !s)
        TutoringWidgets::showError(this, tr("Delete tutor"), s.error());
}

} // namespace tutoring
