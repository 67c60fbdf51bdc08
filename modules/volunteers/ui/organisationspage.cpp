#include "volunteers/ui/organisationspage.h"
#include "core/ui/columnwidths.h"

#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "core/ui/pagedsqlmodel.h"
#include "volunteers/domain/organisationcommands.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/ui/importdialog.h"
#include "volunteers/ui/organisationdialog.h"
#include "volunteers/ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace volunteers {

using core::ColumnKind;

OrganisationsPage::OrganisationsPage(core::AppContext &context, QWidget *parent)
    : TabPage(context, parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name, comune or registry number"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Associations and municipal groups"), QString());
    m_kind->addItem(tr("Associations"), QStringLiteral("association"));
    m_kind->addItem(tr("Municipal groups"), QStringLiteral("municipal_group"));

    m_model = new core::PagedSqlModel(context.db, this);
    (void)ui::setList(m_model, VolunteerLists::organisations(context.db, context.clock->today().year()),
        {
            { QString(), tr("Organisation"), ColumnKind::Text, 0, true },
            { QString(), tr("Comune"), ColumnKind::Text, 0, false },
            { QString(), tr("Registry no."), ColumnKind::Text, 0, false },
            { QString(), tr("Volunteers"), ColumnKind::Integer, 0, false },
            { QString(), QString(), ColumnKind::Text, 0, false },
        });
    m_model->setDefaultSort(VolunteerLists::OName, Qt::AscendingOrder);
    m_model->setRowRoleProvider([](const QVariantList &row, int role) -> QVariant {
        const QString state = row.value(4).toString();
        if (role == Qt::ForegroundRole && state == QLatin1String("not_renewed"))
            return QColor(0xb7, 0x1c, 0x1c);
        if (role == Qt::ToolTipRole)
            return state == QLatin1String("renewed")    ? tr("Operational status renewed this year")
                : state == QLatin1String("not_renewed") ? tr("Operational status not renewed this year")
                                                        : tr("Renewal of this year still open");
        return {};
    });
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    ui::setUpTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setColumnHidden(4, true);
    core::setColumnWidth(m_table, 0, 380);
    core::setColumnWidth(m_table, 1, 160);
    core::setColumnWidth(m_table, 2, 100);
    m_table->setAccessibleName(tr("Organisations"));
    m_count = new QLabel(this);
    auto *add = new QPushButton(tr("&New organisation..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    connect(add, &QPushButton::clicked, this, &OrganisationsPage::addOrganisation);
    connect(m_edit, &QPushButton::clicked, this, &OrganisationsPage::editOrganisation);
    connect(m_table, &QTableView::doubleClicked, this, &OrganisationsPage::editOrganisation);
    auto *import = new QPushButton(tr("&Import spreadsheet..."), this);
    connect(import, &QPushButton::clicked, this, [this] {
        ImportDialog dialog(this->context(), commands(), ImportDialog::Organisations, this);
        dialog.exec();
    });

    // The selected organisation and its renewal.
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *renewalBox = new QGroupBox(tr("Renewal of operational status"), this);
    m_year = new QSpinBox(renewalBox);
    m_year->setRange(2000, 2100);
    m_year->setValue(context.clock->today().year());
    const QStringList itemTexts = { tr("Available 24 hours a day"), tr("Enough operational volunteers"),
        tr("All volunteers insured, no pending charges"), tr("Activity report delivered"),
        tr("List of equipment and vehicles delivered"),
        tr("Documents of the legal representative (for municipal groups: the mayor)") };
    m_state = new QComboBox(renewalBox);
    m_state->addItem(tr("In progress"), int(Renewal::State::Open));
    m_state->addItem(tr("Renewed"), int(Renewal::State::Renewed));
    m_state->addItem(tr("Not renewed"), int(Renewal::State::NotRenewed));
    m_stateDate = core::makeDateEdit(context.clock->today(), renewalBox);
    m_notes = new QPlainTextEdit(renewalBox);
    m_notes->setMaximumHeight(60);
    m_notes->setTabChangesFocus(true);
    m_saveRenewal = new QPushButton(tr("&Save renewal"), renewalBox);
    auto *renewalForm = new QFormLayout(renewalBox);
    renewalForm->addRow(tr("&Year:"), m_year);
    for (int i = 0; i < Renewal::ItemCount; ++i) {
        m_items[i] = new QCheckBox(itemTexts.at(i), renewalBox);
        renewalForm->addRow(QString(), m_items[i]);
        connect(m_items[i], &QCheckBox::toggled, this, &OrganisationsPage::updateRenewalButtons);
    }
    renewalForm->addRow(tr("S&tate:"), m_state);
    renewalForm->addRow(tr("&On:"), m_stateDate);
    renewalForm->addRow(tr("N&otes:"), m_notes);
    renewalForm->addRow(QString(), m_saveRenewal);
    connect(m_year, &QSpinBox::valueChanged, this, &OrganisationsPage::showRenewal);
    connect(m_state, &QComboBox::currentIndexChanged, this, &OrganisationsPage::updateRenewalButtons);
    connect(m_saveRenewal, &QPushButton::clicked, this, &OrganisationsPage::saveRenewal);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kind, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(import);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    leftLayout->addLayout(buttons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_facts);
    rightLayout->addWidget(renewalBox);
    rightLayout->addStretch();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &OrganisationsPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrganisationsPage::applyFilter);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrganisationsPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { m_count->setText(tr("%Ln organisations", nullptr, m_model->rowCount())); });
    applyFilter();
    currentChanged();
}

void OrganisationsPage::applyFilter()
{
    OrganisationListCriteria criteria;
    criteria.text = m_search->text();
    criteria.kind = m_kind->currentData().toString();
    const ListFilter filter = VolunteerLists::organisationFilter(criteria);
    m_model->setFilter(filter.where, filter.binds);
}

void OrganisationsPage::selectOrganisation(qint64 id)
{
    const int row = m_model->rowOfKey(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void OrganisationsPage::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_selected = current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
    m_edit->setEnabled(m_selected != 0);
    auto o = OrganisationRepository(context().db).organisation(m_selected);
    if (!m_selected || !o || !o->id) {
        m_heading->setText(tr("Choose an organisation in the list"));
        m_facts->clear();
        showRenewal();
        return;
    }
    auto comune = core::ComuneRepository(context().db).comune(o->comuneId);
    m_heading->setText(o->name);
    QStringList facts;
    facts << (o->kind == Organisation::Kind::MunicipalGroup ? tr("Municipal group of %1")
                                                            : tr("Association based in %1"))
                 .arg(comune ? comune->name.toHtmlEscaped() : QString());
    if (!o->registryNumber.isEmpty())
        facts << tr("Registry number %1").arg(o->registryNumber.toHtmlEscaped());
    if (!o->representative.isEmpty())
        facts << tr("Legal representative: %1%2")
                     .arg(o->representative.toHtmlEscaped(),
                         o->representativeRole.isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(o->representativeRole.toHtmlEscaped()));
    QStringList contacts;
    for (const QString &c : { o->address, o->phone, o->email, o->pec })
        if (!c.isEmpty())
            contacts << c.toHtmlEscaped();
    if (!contacts.isEmpty())
        facts << contacts.join(QStringLiteral(" · "));
    if (!o->active)
        facts << tr("<b>No longer active</b>");
    m_facts->setText(facts.join(QStringLiteral("<br/>")));
    showRenewal();
}

void OrganisationsPage::showRenewal()
{
    auto r = OrganisationRepository(context().db).renewal(m_selected, m_year->value());
    m_renewal = r ? *r : Renewal();
    for (int i = 0; i < Renewal::ItemCount; ++i) {
        const QSignalBlocker block(m_items[i]);
        m_items[i]->setChecked(m_renewal.items[i]);
        m_items[i]->setEnabled(m_selected != 0);
    }
    {
        const QSignalBlocker block(m_state);
        core::selectByData(m_state, int(m_renewal.state));
    }
    m_stateDate->setDate(m_renewal.stateDate.isValid() ? m_renewal.stateDate : context().clock->today());
    m_notes->setPlainText(m_renewal.notes);
    for (QWidget *w : std::initializer_list<QWidget *> { m_state, m_stateDate, m_notes, m_year })
        w->setEnabled(m_selected != 0);
    updateRenewalButtons();
}

void OrganisationsPage::updateRenewalButtons()
{
    bool complete = true;
    for (QCheckBox *c : m_items)
        complete = complete && c->isChecked();
    // "Renewed" only once every item is ticked: the rule, shown before saving.
    m_state->setItemData(
        1, complete ? QVariant() : QVariant(tr("Tick every item of the checklist first")), Qt::ToolTipRole);
    m_saveRenewal->setEnabled(m_selected != 0);
}

bool OrganisationsPage::saveRenewal()
{
    Renewal r = m_renewal;
    r.organisationId = m_selected;
    r.year = m_year->value();
    for (int i = 0; i < Renewal::ItemCount; ++i)
        r.items[i] = m_items[i]->isChecked();
    r.state = Renewal::State(m_state->currentData().toInt());
    r.stateDate = m_stateDate->date();
    r.notes = m_notes->toPlainText();
    auto command = std::make_shared<SaveRenewal>(r);
    if (auto s = commands().run(command); !s) {
        ui::showError(this, tr("Renewal"), s.error());
        return false;
    }
    m_renewal = command->renewal();
    return true;
}

void OrganisationsPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("organisation")))
        currentChanged();
}

void OrganisationsPage::addOrganisation()
{
    OrganisationDialog dialog(context(), commands(), 0, this);
    if (dialog.exec() == QDialog::Accepted)
        selectOrganisation(dialog.organisationId());
}

void OrganisationsPage::editOrganisation()
{
    if (!m_selected)
        return;
    OrganisationDialog dialog(context(), commands(), m_selected, this);
    dialog.exec();
}

} // namespace volunteers
