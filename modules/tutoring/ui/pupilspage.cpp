#include "tutoring/ui/pupilspage.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "tutoring/domain/peoplecommands.h"
#include "tutoring/domain/peoplerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/domain/tutoringlists.h"
#include "tutoring/ui/pupildialog.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace tutoring {

using core::ColumnKind;

PupilsPage::PupilsPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : ListPage(context, commands, parent)
{
    searchField()->setPlaceholderText(tr("Search by family name, given name or code"));
    searchField()->setAccessibleName(tr("Search pupils"));
    m_order = new QComboBox(this);
    m_order->addItem(tr("Middle and high school"), QString());
    m_order->addItem(Labels::schoolOrder(SchoolOrder::Middle), QStringLiteral("middle"));
    m_order->addItem(Labels::schoolOrder(SchoolOrder::High), QStringLiteral("high"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Active pupils"), QStringLiteral("active"));
    m_kind->addItem(tr("BES pupils"), QStringLiteral("bes"));
    m_kind->addItem(tr("Without consent"), QStringLiteral("consent"));
    m_kind->addItem(tr("Everyone, also inactive"), QString());
    filterRow()->addWidget(m_order);
    filterRow()->addWidget(m_kind);

    auto *model = new FormattedSqlModel(context.db, this);
    const ListQuery query = TutoringLists::pupils();
    model->setSource(query.from, query.key);
    const QStringList &c = query.columns;
    model->setColumns({
        { c.at(0), tr("Code"), ColumnKind::Text, 0, true },
        { c.at(1), tr("Family name"), ColumnKind::Text, 0, true },
        { c.at(2), tr("Given name"), ColumnKind::Text, 0, false },
        { c.at(3), tr("Class"), ColumnKind::Text, 0, false },
        { c.at(4), tr("Comune of residence"), ColumnKind::Text, 0, false },
        { c.at(5), tr("BES"), ColumnKind::Text, 0, false },
        { c.at(6), tr("Consent"), ColumnKind::Date, 0, false },
        { c.at(7), tr("Hours booked"), ColumnKind::Integer, 0, false },
        { c.at(8), tr("Hours given"), ColumnKind::Integer, 0, false },
    });
    model->setFormatter(3, [](const QVariant &raw) {
        const QString v = raw.toString();
        return QVariant(Labels::schoolClass(schoolOrderFromSql(v.left(v.size() - 1)), v.right(1).toInt()));
    });
    model->setFormatter(5, [](const QVariant &raw) { return QVariant(raw.toInt() ? tr("BES") : QString()); });
    model->setFormatter(6, &FormattedSqlModel::isoDate);
    model->setDefaultSort(1, Qt::AscendingOrder);
    model->setWatchedTables(query.watchedTables);
    setModel(model, { 80, 150, 130, 170, 190, 50, 95, 100 });
    table()->setAccessibleName(tr("Pupils"));

    auto *add = addButton(tr("&New pupil..."), false);
    auto *edit = addButton(tr("&Edit..."), true);
    auto *book = addButton(tr("&Book on the calendar"), true);
    auto *remove = addButton(tr("&Delete"), true);
    auto *import = addButton(tr("&Import from a spreadsheet..."), false);
    connect(add, &QPushButton::clicked, this, [this] { this->edit(0); });
    connect(edit, &QPushButton::clicked, this, [this] { this->edit(selectedId()); });
    connect(book, &QPushButton::clicked, this, [this] { emit bookRequested(selectedId()); });
    connect(remove, &QPushButton::clicked, this, &PupilsPage::remove);
    connect(import, &QPushButton::clicked, this, &PupilsPage::importRequested);
    connect(m_order, &QComboBox::currentIndexChanged, this, &PupilsPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PupilsPage::applyFilter);
    applyFilter();
}

void PupilsPage::applyFilter()
{
    const ListFilter filter = TutoringLists::pupilFilter(
        { searchField()->text(), m_order->currentData().toString(), m_kind->currentData().toString() });
    model()->setFilter(filter.where(), filter.binds);
    setCountText(tr("%Ln pupil(s)", nullptr, model()->rowCount()));
}

void PupilsPage::activated()
{
    edit(selectedId());
}

void PupilsPage::edit(qint64 id)
{
    PupilDialog dialog(m_context, m_commands, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        model()->refresh();
        selectId(dialog.pupilId());
    }
}

void PupilsPage::remove()
{
    const qint64 id = selectedId();
    auto pupil = PeopleRepository(m_context.db, *m_context.clock).pupil(id);
    if (!pupil)
        return;
    if (QMessageBox::question(
            this, tr("Delete pupil"), tr("Delete %1 (%2)? This cannot be undone.").arg(pupil->fullName(), pupil->code))
        != QMessageBox::Yes)
        return;
    if (auto s = m_commands.run(std::make_shared<DeletePupil>(id)); !s)
        TutoringWidgets::showError(this, tr("Delete pupil"), s.error());
}

} // namespace tutoring
