#include "fleet/ui/modulespage.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/db/backgroundreader.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/errortext.h"
#include "core/ui/reportactions.h"
#include "fleet/domain/fleetreports.h"
#include "fleet/domain/fleetrules.h"
#include "fleet/domain/modulecommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace fleet {

namespace {

constexpr int moduleIdRole = Qt::UserRole + 1;

struct ModulesRead {
    core::Result<QList<ModuleReadiness>> readiness = QList<ModuleReadiness>();
    ModuleChoices choices;
};

QString coverText(const ModuleReadiness &m)
{
    int needed = 0, covered = 0;
    for (const ReadinessSkill &s : m.skills) {
        needed += s.needed;
        covered += s.covered;
    }
    const QLocale locale;
    return needed == 0 ? QString() : ModulesPage::tr("%1 of %2").arg(locale.toString(covered), locale.toString(needed));
}

} // namespace

ModulesPage::ModulesPage(core::AppContext &context, core::CommandStack &commands, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_commands(commands)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        { tr("Module"), tr("Site"), tr("Vehicles"), tr("Equipment"), tr("Volunteers"), tr("Readiness") });
    m_list->setAccessibleName(tr("Modules of the Colonna Mobile"));
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(0, 260);
    m_list->setColumnWidth(1, 190);
    m_list->setColumnWidth(2, 70);
    m_list->setColumnWidth(3, 95);
    m_list->setColumnWidth(4, 95);
    m_detail = new QTextBrowser(this);
    m_detail->setAccessibleName(tr("Why the module can or cannot leave"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *add = new QPushButton(tr("&New module..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_print = new QPushButton(tr("Departure &checklist..."), this);
    m_deploy = new QPushButton(tr("De&ploy..."), this);
    m_deploy->setToolTip(tr("Record a deployment of the selected module: where, who asked, the km, the volunteers"));
    m_deploy->setEnabled(false);
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedModule(); id != 0)
            emit deployRequested(id);
    });
    const bool canEdit = core::Access::allows(context.db, core::Permission::FleetEdit);
    add->setEnabled(canEdit);
    m_edit->setEnabled(false);
    m_print->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &ModulesPage::addModule);
    connect(m_edit, &QPushButton::clicked, this, &ModulesPage::editModule);
    connect(m_print, &QPushButton::clicked, this, &ModulesPage::printChecklist);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ModulesPage::editModule);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ModulesPage::selectionChanged);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_print);
    buttons->addWidget(m_deploy);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    m_reader = new core::BackgroundReader(this);
    refresh();
}

void ModulesPage::tablesChanged(const QStringList &tables)
{
    for (const QString &t : Readiness::tables())
        if (tables.contains(t)) {
            refresh();
            return;
        }
}

void ModulesPage::refresh()
{
    const int read = ++m_read;
    m_reading = true;
    m_summary->setText(tr("Reading the modules' readiness…"));
    auto answer = std::make_shared<ModulesRead>();
    const QDate today = m_context.clock->today();
    m_reader->read(
        m_context.db.databaseName(),
        [answer, today](const QSqlDatabase &db) {
            answer->readiness = Readiness::all(db, today, false);
            if (auto c = ModuleRepository(db).choices())
                answer->choices = *c;
        },
        [this, read, answer](const core::Error &openError) {
            if (read != m_read)
                return; // asked again meanwhile
            m_reading = false;
            m_choices = answer->choices;
            show(openError.code.isEmpty() ? answer->readiness : core::Result<QList<ModuleReadiness>>(openError));
        });
}

bool ModulesPage::selectModule(qint64 id)
{
    if (m_reading) {
        m_pendingSelect = id;
        return true;
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, moduleIdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void ModulesPage::show(const core::Result<QList<ModuleReadiness>> &readiness)
{
    const qint64 selected = m_pendingSelect != 0 ? m_pendingSelect : selectedModule();
    m_pendingSelect = 0;
    m_list->clear();
    if (!readiness) {
        m_readiness.clear();
        m_summary->setText(core::ErrorText::describe(readiness.error()));
        selectionChanged();
        return;
    }
    m_readiness = *readiness;
    const QLocale locale;
    int active = 0, ready = 0;
    QTreeWidgetItem *current = nullptr;
    for (const ModuleReadiness &m : std::as_const(m_readiness)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, moduleIdRole, m.moduleId);
        item->setText(0, m.active ? m.name : tr("%1 (not in use)").arg(m.name));
        item->setText(1, m.siteName);
        item->setText(2, locale.toString(m.vehicles.size()));
        item->setText(3, locale.toString(m.equipment.size()));
        item->setText(4, coverText(m));
        for (int c = 2; c <= 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (!m.active) {
            item->setText(5, tr("not in use"));
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        } else if (m.ready()) {
            item->setText(5, ReadinessText::status(true));
            item->setForeground(5, QColor(0x1b, 0x5e, 0x20));
        } else {
            item->setText(5, tr("Not ready: %Ln problem(s)", nullptr, int(m.reasons.size())));
            item->setForeground(5, QColor(0xb7, 0x1c, 0x1c));
        }
        QFont bold = item->font(5);
        bold.setBold(true);
        item->setFont(5, bold);
        if (m.active) {
            ++active;
            ready += m.ready() ? 1 : 0;
        }
        if (m.moduleId == selected)
            current = item;
    }
    m_summary->setText(m_readiness.isEmpty()
            ? tr("No module yet: make one with «New module...» and list its vehicles, equipment and skills.")
            : tr("On %1, %2 could leave now, of %3.")
                  .arg(m_context.clock->today().toString(QStringLiteral("dd/MM/yyyy")),
                      tr("%n module(s)", nullptr, ready), tr("%n active module(s)", nullptr, active)));
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);
    selectionChanged();
}

qint64 ModulesPage::selectedModule() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, moduleIdRole).toLongLong() : 0;
}

QString ModulesPage::detailText() const
{
    return m_detail->toPlainText();
}

void ModulesPage::selectionChanged()
{
    const qint64 id = selectedModule();
    m_edit->setEnabled(id != 0 && core::Access::allows(m_context.db, core::Permission::FleetEdit));
    m_print->setEnabled(id != 0);
    m_deploy->setEnabled(id != 0 && core::Access::allows(m_context.db, core::Permission::FleetDeploy));
    const ModuleReadiness *m = nullptr;
    for (const ModuleReadiness &r : std::as_const(m_readiness))
        if (r.moduleId == id)
            m = &r;
    if (!m) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(m->name.toHtmlEscaped());
    if (m->ready()) {
        html += QStringLiteral("<p style=\"color:#1b5e20\"><b>%1</b></p>")
                    .arg(tr("Ready to leave: every vehicle and piece of equipment is fit and every skill is covered.")
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p style=\"color:#b71c1c\"><b>%1</b></p><ul>")
                    .arg(tr("It cannot leave now:").toHtmlEscaped());
        for (const QString &r : ReadinessText::reasons(m->reasons))
            html += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!m->skills.isEmpty()) {
        QStringList skills;
        const QLocale locale;
        for (const ReadinessSkill &s : m->skills)
            skills.append(tr("%1: %2 needed, %3 with a valid qualification")
                              .arg(s.qualification, locale.toString(s.needed), locale.toString(s.holders))
                              .toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Skills").toHtmlEscaped(), skills.join(QStringLiteral("<br>")));
    }
    m_detail->setHtml(html);
}

void ModulesPage::addModule()
{
    ModuleDialog dialog(m_context, ColonnaModule(), m_choices, this);
    dialog.setSave([&] { return m_commands.run(std::make_shared<SaveModule>(dialog.module())); });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ModulesPage::editModule()
{
    const qint64 id = selectedModule();
    if (id == 0 || !core::Access::allows(m_context.db, core::Permission::FleetEdit))
        return;
    // One module and its members: a handful of rows.
    auto module = ModuleRepository(m_context.db).module(id);
    if (!module || module->id == 0)
        return;
    ModuleDialog dialog(m_context, *module, m_choices, this);
    dialog.setSave([&] { return m_commands.run(std::make_shared<SaveModule>(dialog.module())); });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ModulesPage::printChecklist()
{
    const qint64 id = selectedModule();
    if (id == 0)
        return;
    core::ReportRequest request;
    request.at = m_context.clock->today();
    request.now = m_context.clock->now();
    request.operatorName = m_context.operatorName;
    request.options.insert(QStringLiteral("module"), QString::number(id));
    auto document = std::make_shared<std::optional<core::Result<core::ReportDocument>>>();
    m_print->setEnabled(false);
    m_reader->read(
        m_context.db.databaseName(),
        [document, request](const QSqlDatabase &db) { *document = FleetReports::departureChecklist(db, request); },
        [this, document](const core::Error &openError) {
            m_print->setEnabled(selectedModule() != 0);
            const core::Result<core::ReportDocument> built
                = openError.code.isEmpty() && *document ? **document : core::Result<core::ReportDocument>(openError);
            if (!built) {
                m_summary->setText(core::ErrorText::describe(built.error()));
                return;
            }
            core::ReportActions::preview(this, *built);
        });
}

// ModuleDialog -----------------------------------------------------------------

ModuleDialog::ModuleDialog(
    core::AppContext &context, const ColonnaModule &module, const ModuleChoices &choices, QWidget *parent)
    : FleetDialog(module.id ? tr("Module %1").arg(module.name) : tr("New module"), parent)
    , m_module(module)
    , m_qualifications(choices.qualifications)
{
    m_name = new QLineEdit(module.name, this);
    m_description = new QLineEdit(module.description, this);
    m_site = new QComboBox(this);
    fillSites(m_site, context.db, tr("(not recorded)"));
    const int site = m_site->findData(module.siteId);
    m_site->setCurrentIndex(site >= 0 ? site : 0);
    auto fill = [this](QListWidget *list, const QList<QPair<qint64, QString>> &items, const QList<qint64> &ticked) {
        for (const auto &[id, label] : items) {
            auto *item = new QListWidgetItem(label, list);
            item->setData(Qt::UserRole, id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    };
    m_vehicles = new QListWidget(this);
    m_vehicles->setAccessibleName(tr("Vehicles of the module"));
    fill(m_vehicles, choices.vehicles, module.vehicleIds);
    m_equipment = new QListWidget(this);
    m_equipment->setAccessibleName(tr("Equipment of the module"));
    fill(m_equipment, choices.equipment, module.equipmentIds);
    m_skills = new QTableWidget(0, 2, this);
    m_skills->setHorizontalHeaderLabels({ tr("Qualification"), tr("Volunteers") });
    m_skills->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_skills->verticalHeader()->hide();
    m_skills->setAccessibleName(tr("Skills the module needs"));
    for (const ModuleSkill &s : module.skills)
        addSkill(s.qualification, s.needed);
    auto *addSkillButton = new QPushButton(tr("&Add skill"), this);
    auto *removeSkillButton = new QPushButton(tr("&Remove skill"), this);
    connect(addSkillButton, &QPushButton::clicked, this, [this] { addSkill(); });
    connect(removeSkillButton, &QPushButton::clicked, this, [this] {
        if (m_skills->currentRow() >= 0)
            m_skills->removeRow(m_skills->currentRow());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Kept at:"), m_site);
    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Vehicles:"), this));
    left->addWidget(m_vehicles);
    auto *middle = new QVBoxLayout;
    middle->addWidget(new QLabel(tr("Equipment:"), this));
    middle->addWidget(m_equipment);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Skills needed (qualifications of the volunteers):"), this));
    right->addWidget(m_skills);
    auto *skillButtons = new QHBoxLayout;
    skillButtons->addWidget(addSkillButton);
    skillButtons->addWidget(removeSkillButton);
    skillButtons->addStretch();
    right->addLayout(skillButtons);
    lists->addLayout(left, 2);
    lists->addLayout(middle, 2);
    lists->addLayout(right, 3);
    auto *all = new QVBoxLayout;
    all->addLayout(form);
    all->addLayout(lists, 1);
    finish(all);
    resize(1100, 560);
}

void ModuleDialog::addSkill(const QString &qualification, int needed)
{
    const int row = m_skills->rowCount();
    m_skills->insertRow(row);
    auto *name = new QComboBox(m_skills);
    name->setEditable(true);
    name->addItems(m_qualifications);
    name->setCurrentText(qualification);
    auto *count = new QSpinBox(m_skills);
    count->setRange(1, maxSkillNeeded);
    count->setValue(needed);
    m_skills->setCellWidget(row, 0, name);
    m_skills->setCellWidget(row, 1, count);
}

ColonnaModule ModuleDialog::module() const
{
    ColonnaModule m = m_module;
    m.name = m_name->text();
    m.description = m_description->text().trimmed();
    m.siteId = m_site->currentData().toLongLong();
    auto ticked = [](const QListWidget *list) {
        QList<qint64> ids;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
        return ids;
    };
    // Members no longer offered (retired since) stay as they were.
    QList<qint64> vehicles = ticked(m_vehicles), equipment = ticked(m_equipment);
    auto keepRetired = [](const QListWidget *list, const QList<qint64> &before, QList<qint64> &now) {
        QSet<qint64> offered;
        for (int i = 0; i < list->count(); ++i)
            offered.insert(list->item(i)->data(Qt::UserRole).toLongLong());
        for (qint64 id : before)
            if (!offered.contains(id) && !now.contains(id))
                now.append(id);
    };
    keepRetired(m_vehicles, m_module.vehicleIds, vehicles);
    keepRetired(m_equipment, m_module.equipmentIds, equipment);
    m.vehicleIds = vehicles;
    m.equipmentIds = equipment;
    m.skills.clear();
    for (int r = 0; r < m_skills->rowCount(); ++r) {
        const auto *name = qobject_cast<QComboBox *>(m_skills->cellWidget(r, 0));
        const auto *count = qobject_cast<QSpinBox *>(m_skills->cellWidget(r, 1));
        if (name && count)
            m.skills.append({ name->currentText(), count->value() });
    }
    return m;
}

} // namespace fleet
