#include "volunteers/ui/volunteerspage.h"

#include "core/db/backgroundreader.h"
#include "core/ui/columnwidths.h"

#include "core/ui/appcontext.h"
#include "core/ui/pagedsqlmodel.h"
#include "volunteers/ui/activationdialog.h"
#include "volunteers/ui/importdialog.h"
#include "volunteers/ui/issuedialog.h"
#include "volunteers/ui/uihelpers.h"
#include "volunteers/ui/volunteerdetailspanel.h"
#include "volunteers/ui/volunteerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace volunteers {

using core::ColumnKind;

VolunteersPage::VolunteersPage(core::AppContext &context, QWidget *parent)
    : TabPage(context, parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by surname, name or codice fiscale"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search volunteers"));
    m_organisation = new QComboBox(this);
    m_organisation->setMinimumContentsLength(28);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The organisations read on the worker; "All organisations" meanwhile.
    m_reader = new core::BackgroundReader(this);
    ui::fillOrganisationsLater(m_organisation, m_reader, context.db, tr("All organisations"));
    m_activeOnly = new QCheckBox(tr("Active only"), this);
    m_activeOnly->setChecked(true);

    m_model = new core::PagedSqlModel(context.db, this);
    (void)ui::setList(m_model, VolunteerLists::volunteers(context.db),
        {
            { QString(), tr("Surname"), ColumnKind::Text, 0, true },
            { QString(), tr("Name"), ColumnKind::Text, 0, false },
            { QString(), tr("Codice fiscale"), ColumnKind::Text, 0, true },
            { QString(), tr("Organisation"), ColumnKind::Text, 0, false },
            { QString(), tr("Residence"), ColumnKind::Text, 0, false },
            { QString(), tr("Employer"), ColumnKind::Text, 0, false },
            { QString(), QString(), ColumnKind::Text, 0, false },
        });
    m_model->setDefaultSort(VolunteerLists::VSurname, Qt::AscendingOrder);
    // An employee without an employer cannot get attestati: shown in amber.
    m_model->setRowRoleProvider([](const QVariantList &row, int role) -> QVariant {
        const bool missing
            = row.value(5).toString().isEmpty() && row.value(6).toString() != QLatin1String("not_working");
        if (role == Qt::ForegroundRole && missing)
            return QColor(0xa1, 0x5c, 0x00);
        if (role == Qt::ToolTipRole && missing)
            return tr("No employer on record: attestati cannot be issued");
        return {};
    });

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    ui::setUpTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setColumnHidden(6, true);
    core::setColumnWidth(m_table, 0, 130);
    core::setColumnWidth(m_table, 1, 110);
    core::setColumnWidth(m_table, 2, 150);
    core::setColumnWidth(m_table, 3, 260);
    core::setColumnWidth(m_table, 4, 140);
    m_table->setAccessibleName(tr("Volunteers"));
    m_count = new QLabel(this);

    auto *add = new QPushButton(tr("&New volunteer..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_days = new QPushButton(tr("&Record days..."), this);
    m_days->setToolTip(tr("Enter this volunteer's days of activation, one day or a period"));
    m_issue = new QPushButton(tr("&Issue attestato..."), this);
    auto *import = new QPushButton(tr("&Import spreadsheet..."), this);
    connect(add, &QPushButton::clicked, this, &VolunteersPage::addVolunteer);
    connect(m_edit, &QPushButton::clicked, this, &VolunteersPage::editVolunteer);
    connect(m_days, &QPushButton::clicked, this, &VolunteersPage::recordDays);
    connect(m_issue, &QPushButton::clicked, this, &VolunteersPage::issueAttestato);
    connect(import, &QPushButton::clicked, this, &VolunteersPage::importCsv);
    connect(m_table, &QTableView::doubleClicked, this, &VolunteersPage::editVolunteer);

    m_details = new VolunteerDetailsPanel(context, this);
    connect(m_details, &VolunteerDetailsPanel::showLimitsRequested, this, &VolunteersPage::showLimitsRequested);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_organisation, 3);
    filters->addWidget(m_activeOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_days);
    buttons->addWidget(m_issue);
    buttons->addStretch();
    buttons->addWidget(import);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    leftLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 900, 620 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &VolunteersPage::applyFilter);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &VolunteersPage::applyFilter);
    connect(m_activeOnly, &QCheckBox::toggled, this, &VolunteersPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VolunteersPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Until the count arrives from the worker, say it is on its way.
        m_count->setText(m_model->isCounted() ? tr("%Ln volunteers", nullptr, m_model->rowCount())
                                              : tr("Reading the volunteers…"));
        // The list arrives from a worker: the first volunteer is selected
        // when it first arrives, unless one was chosen meanwhile.
        if (m_selectFirst && m_model->rowCount() > 0) {
            m_selectFirst = false;
            if (!m_selected)
                m_table->selectRow(0);
        }
    });
    applyFilter();
    if (!m_model->isCounted())
        m_count->setText(tr("Reading the volunteers…"));
    currentChanged();
}

void VolunteersPage::applyFilter()
{
    VolunteerListCriteria criteria;
    criteria.text = m_search->text();
    criteria.organisationId = m_organisation->currentData().toLongLong();
    criteria.activeOnly = m_activeOnly->isChecked();
    const ListFilter filter = VolunteerLists::volunteerFilter(criteria);
    m_model->setFilter(filter.where, filter.binds);
    if (m_selected) {
        // Found on the list's worker; dropped when the filter changes again
        // before it arrives (a word typed).
        m_model->locate(m_selected, [this](int row) {
            if (row >= 0) {
                const QSignalBlocker block(m_table->selectionModel());
                m_table->selectRow(row);
            }
        });
    }
}

void VolunteersPage::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_selected = current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
    m_details->showVolunteer(m_selected);
    for (QPushButton *b : { m_edit, m_days, m_issue })
        b->setEnabled(m_selected != 0);
}

void VolunteersPage::selectVolunteer(qint64 id)
{
    // The record is shown now (read on its own worker); its row is found
    // on the list's worker and selected when it arrives, after widening
    // the filters when they hide it.
    m_selected = id;
    m_details->showVolunteer(id);
    const auto show = [this, id](int row) {
        if (row < 0 || m_selected != id)
            return;
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    };
    m_model->locate(id, [this, id, show](int row) {
        if (row >= 0 || m_selected != id) {
            show(row);
            return;
        }
        const QSignalBlocker a(m_search), b(m_organisation), c(m_activeOnly);
        m_search->clear();
        m_organisation->setCurrentIndex(0);
        m_activeOnly->setChecked(false);
        applyFilter();
        m_model->locate(id, show);
    });
}

void VolunteersPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("organisation")))
        ui::fillOrganisationsLater(m_organisation, m_reader, context().db, tr("All organisations"));
    static const QStringList relevant = { QStringLiteral("volunteer"), QStringLiteral("employer"),
        QStringLiteral("activation"), QStringLiteral("volunteer_qualification"), QStringLiteral("attestato") };
    for (const QString &t : tables)
        if (relevant.contains(t)) {
            m_details->showVolunteer(m_selected);
            return;
        }
}

void VolunteersPage::addVolunteer()
{
    VolunteerDialog dialog(context(), commands(), 0, this);
    if (const qint64 org = m_organisation->currentData().toLongLong())
        dialog.setOrganisation(org);
    if (dialog.exec() == QDialog::Accepted)
        selectVolunteer(dialog.volunteerId());
}

void VolunteersPage::editVolunteer()
{
    if (!m_selected)
        return;
    VolunteerDialog dialog(context(), commands(), m_selected, this);
    if (dialog.exec() == QDialog::Accepted)
        m_details->showVolunteer(m_selected);
}

void VolunteersPage::recordDays()
{
    if (!m_selected)
        return;
    ActivationDialog dialog(context(), commands(), this);
    dialog.setVolunteer(m_selected);
    dialog.exec();
}

void VolunteersPage::issueAttestato()
{
    if (!m_selected)
        return;
    IssueDialog dialog(context(), commands(), m_selected, this);
    dialog.exec();
}

void VolunteersPage::importCsv()
{
    ImportDialog dialog(context(), commands(), ImportDialog::Volunteers, this);
    dialog.exec();
}

} // namespace volunteers
