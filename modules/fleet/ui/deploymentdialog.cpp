#include "fleet/ui/deploymentdialog.h"

#include "core/ui/comunepicker.h"
#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/db/backgroundreader.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/columnwidths.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/formwidgets.h"
#include "fleet/domain/fleetlists.h"
#include "fleet/domain/modulecommands.h"
#include "fleet/ui/fleetui.h"
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleet {

namespace {

constexpr int idRole = Qt::UserRole + 1;
const QColor unfitColour(0xb7, 0x1c, 0x1c);

enum VehicleColumn { VCVehicle, VCFit, VCKm, VCReason };
enum EquipmentColumn { ECPiece, ECFit, ECReason };

} // namespace

DeploymentDialog::DeploymentDialog(core::AppContext &context, DeploymentChoices choices, QWidget *parent)
    : FleetDialog(tr("New deployment"), parent)
    , m_choices(std::move(choices))
{
    const QDate today = context.clock->today();
    const QLocale locale;
    const auto day = [](const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };

    m_event = new QComboBox(this);
    m_event->addItem(tr("(choose the event)"), qint64(0));
    int covering = -1;
    for (const DeploymentChoices::Event &e : std::as_const(m_choices.events)) {
        const QString when = e.end.isValid() ? tr("%1 to %2").arg(day(e.start), day(e.end)) : tr("from %1").arg(day(e.start));
        m_event->addItem(QStringLiteral("%1 (%2)").arg(e.name, when), e.id);
        if (covering < 0 && e.covers(today))
            covering = m_event->count() - 1;
    }
    m_event->setCurrentIndex(covering > 0 ? covering : 0);
    m_event->setAccessibleName(tr("Event"));
    m_service = new QComboBox(this);
    m_service->addItem(tr("(choose the service)"), qint64(0));
    int colonna = -1;
    for (const auto &[id, name] : std::as_const(m_choices.services)) {
        m_service->addItem(name, id);
        if (colonna < 0 && name.contains(QLatin1String("colonna"), Qt::CaseInsensitive))
            colonna = m_service->count() - 1;
    }
    if (colonna >= 0)
        m_service->setCurrentIndex(colonna);
    m_scope = new QComboBox(this);
    for (DeploymentScope s : { DeploymentScope::Province, DeploymentScope::OutsideProvince, DeploymentScope::National })
        m_scope->addItem(DeploymentText::scope(scopeCode(s)), scopeCode(s));
    m_requestedBy = new QLineEdit(this);
    m_requestedBy->setPlaceholderText(tr("e.g. Regione Lombardia, Dipartimento della Protezione Civile"));
    m_from = core::makeDateEdit(today, this, tr("First day"));
    m_to = core::makeDateEdit(today, this, tr("Last day"));
    m_comune = new QComboBox(this);
    core::fillComuneCombo(m_comune, context.db, tr("(not recorded)"));
    m_place = new QLineEdit(this);
    m_place->setPlaceholderText(tr("e.g. the field hospital, the sports centre"));
    m_notes = new QLineEdit(this);

    // Modules.
    m_modules = new QListWidget(this);
    m_modules->setAccessibleName(tr("Modules sent"));
    for (const DeploymentChoices::Module &m : std::as_const(m_choices.modules)) {
        auto *item = new QListWidgetItem(m.name, m_modules);
        item->setData(idRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        QStringList what { tr("%n vehicle(s)", nullptr, int(m.vehicleIds.size())),
            tr("%n piece(s) of equipment", nullptr, int(m.equipmentIds.size())) };
        if (!m.skills.isEmpty())
            what.append(tr("skills: %1").arg(m.skills.join(QStringLiteral(", "))));
        item->setToolTip(what.join(QStringLiteral("; ")));
        item->setText(QStringLiteral("%1 — %2").arg(m.name, what.join(QStringLiteral(", "))));
    }
    connect(m_modules, &QListWidget::itemChanged, this, &DeploymentDialog::moduleChanged);

    // Vehicles.
    m_vehicles = new QTableWidget(int(m_choices.vehicles.size()), 4, this);
    m_vehicles->setHorizontalHeaderLabels({ tr("Vehicle"), tr("Fit on the last day"), tr("Km driven"),
        tr("Why it goes anyway (when not fit)") });
    m_vehicles->verticalHeader()->hide();
    m_vehicles->setSelectionMode(QAbstractItemView::NoSelection);
    m_vehicles->setAccessibleName(tr("Vehicles sent"));
    for (int r = 0; r < m_choices.vehicles.size(); ++r) {
        const DeploymentChoices::VehicleChoice &v = m_choices.vehicles.at(r);
        auto *item = new QTableWidgetItem(QStringLiteral("%1 · %2").arg(v.plate, v.label));
        item->setData(idRole, v.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_vehicles->setItem(r, VCVehicle, item);
        auto *fit = new QTableWidgetItem;
        fit->setFlags(Qt::ItemIsEnabled);
        m_vehicles->setItem(r, VCFit, fit);
        auto *km = new QSpinBox(m_vehicles);
        km->setRange(0, int(maxDeploymentKm));
        km->setGroupSeparatorShown(true);
        km->setSuffix(tr(" km"));
        km->setAccessibleName(tr("Km driven by %1").arg(v.plate));
        connect(km, &QSpinBox::valueChanged, this, &DeploymentDialog::updateCounts);
        m_vehicles->setCellWidget(r, VCKm, km);
        auto *reason = new QLineEdit(m_vehicles);
        reason->setAccessibleName(tr("Why %1 goes anyway").arg(v.plate));
        m_vehicles->setCellWidget(r, VCReason, reason);
    }
    m_vehicles->horizontalHeader()->setSectionResizeMode(VCVehicle, QHeaderView::Interactive);
    m_vehicles->setColumnWidth(VCVehicle, 360);
    m_vehicles->setColumnWidth(VCFit, 330);
    m_vehicles->setColumnWidth(VCKm, 110);
    m_vehicles->horizontalHeader()->setStretchLastSection(true);
    connect(m_vehicles, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == VCVehicle && !m_filling)
            updateCounts();
    });

    // Equipment.
    m_equipmentSearch = new QLineEdit(this);
    m_equipmentSearch->setPlaceholderText(tr("Search by description or serial number"));
    m_equipmentSearch->setClearButtonEnabled(true);
    m_equipment = new QTableWidget(int(m_choices.equipment.size()), 3, this);
    m_equipment->setHorizontalHeaderLabels({ tr("Equipment"), tr("Fit on the last day"), tr("Why it goes anyway (when not fit)") });
    m_equipment->verticalHeader()->hide();
    m_equipment->setSelectionMode(QAbstractItemView::NoSelection);
    m_equipment->setAccessibleName(tr("Equipment sent"));
    for (int r = 0; r < m_choices.equipment.size(); ++r) {
        const DeploymentChoices::EquipmentChoice &e = m_choices.equipment.at(r);
        auto *item = new QTableWidgetItem(e.label);
        item->setData(idRole, e.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_equipment->setItem(r, ECPiece, item);
        auto *fit = new QTableWidgetItem;
        fit->setFlags(Qt::ItemIsEnabled);
        m_equipment->setItem(r, ECFit, fit);
        auto *reason = new QLineEdit(m_equipment);
        reason->setAccessibleName(tr("Why %1 goes anyway").arg(e.label));
        m_equipment->setCellWidget(r, ECReason, reason);
    }
    m_equipment->setColumnWidth(ECPiece, 340);
    m_equipment->setColumnWidth(ECFit, 300);
    m_equipment->horizontalHeader()->setStretchLastSection(true);
    connect(m_equipment, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == ECPiece && !m_filling)
            updateCounts();
    });
    connect(m_equipmentSearch, &QLineEdit::textChanged, this, &DeploymentDialog::filterEquipment);

    // Volunteers.
    m_volunteerSearch = new QLineEdit(this);
    m_volunteerSearch->setPlaceholderText(tr("Search by surname, name, codice fiscale, organisation or qualification"));
    m_volunteerSearch->setClearButtonEnabled(true);
    m_volunteers = new QListWidget(this);
    m_volunteers->setAccessibleName(tr("Volunteers sent"));
    m_volunteers->setUniformItemSizes(true);
    connect(m_volunteers, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const qint64 id = item->data(idRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            m_chosenVolunteers.insert(id);
        else
            m_chosenVolunteers.remove(id);
        updateCounts();
    });
    connect(m_volunteerSearch, &QLineEdit::textChanged, this, &DeploymentDialog::filterVolunteers);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_modules, QString());
    m_tabs->addTab(m_vehicles, QString());
    auto *equipmentPage = new QWidget(this);
    auto *equipmentLayout = new QVBoxLayout(equipmentPage);
    equipmentLayout->setContentsMargins(0, 4, 0, 0);
    equipmentLayout->addWidget(m_equipmentSearch);
    equipmentLayout->addWidget(m_equipment, 1);
    m_tabs->addTab(equipmentPage, QString());
    auto *volunteersPage = new QWidget(this);
    auto *volunteersLayout = new QVBoxLayout(volunteersPage);
    volunteersLayout->setContentsMargins(0, 4, 0, 0);
    auto *hint = new QLabel(tr("Their days on the deployment are recorded as activations (person-days, art. 39). Those "
                               "with a qualification the ticked modules need come first."),
        volunteersPage);
    hint->setWordWrap(true);
    volunteersLayout->addWidget(hint);
    volunteersLayout->addWidget(m_volunteerSearch);
    volunteersLayout->addWidget(m_volunteers, 1);
    m_tabs->addTab(volunteersPage, QString());
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *left = new QFormLayout;
    left->addRow(tr("&Event:"), m_event);
    left->addRow(tr("&Service:"), m_service);
    left->addRow(tr("S&cope:"), m_scope);
    left->addRow(tr("&Requested by:"), m_requestedBy);
    auto *right = new QFormLayout;
    auto *days = new QHBoxLayout;
    days->addWidget(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    days->addWidget(toLabel);
    days->addWidget(m_to);
    days->addStretch();
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    right->addRow(fromLabel, days);
    right->addRow(tr("C&omune:"), m_comune);
    right->addRow(tr("&Place:"), m_place);
    right->addRow(tr("&Notes:"), m_notes);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addSpacing(16);
    top->addLayout(right, 1);
    auto *all = new QVBoxLayout;
    all->addLayout(top);
    all->addWidget(m_tabs, 1);
    all->addWidget(m_summary);
    finish(all);

    for (core::DateField *field : { m_from, m_to })
        connect(field, &core::DateField::dateChanged, this, [this] {
            updateFitness();
            updateCounts();
        });
    fillVolunteers();
    updateFitness();
    updateCounts();
    resize(1180, 640);
}

int DeploymentDialog::vehicleRow(qint64 id) const
{
    for (int r = 0; r < m_vehicles->rowCount(); ++r)
        if (m_vehicles->item(r, VCVehicle)->data(idRole).toLongLong() == id)
            return r;
    return -1;
}

int DeploymentDialog::equipmentRow(qint64 id) const
{
    for (int r = 0; r < m_equipment->rowCount(); ++r)
        if (m_equipment->item(r, ECPiece)->data(idRole).toLongLong() == id)
            return r;
    return -1;
}

void DeploymentDialog::updateFitness()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const auto day = [](const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    const auto show = [&](QTableWidgetItem *item, QWidget *reason, const QStringList &why,
                          const QList<DeploymentChoices::Busy> &busy) {
        if (const DeploymentChoices::Busy *b = DeploymentChoices::busyOn(busy, from, to)) {
            // No reason lets it go: it is elsewhere on those days.
            item->setText(tr("no: already deployed for «%1» from %2 to %3").arg(b->event, day(b->from), day(b->to)));
            item->setForeground(unfitColour);
            item->setToolTip(item->text());
            reason->setEnabled(false);
            return;
        }
        if (why.isEmpty()) {
            item->setText(tr("yes"));
            item->setForeground(QBrush());
            item->setToolTip(QString());
        } else {
            const QString text = tr("no: %1").arg(DeploymentText::unfitness(why.join(QLatin1Char(','))));
            item->setText(text);
            item->setForeground(unfitColour);
            item->setToolTip(text + QLatin1Char('\n') + tr("It goes only with the reason written beside it."));
        }
        reason->setEnabled(!why.isEmpty());
    };
    for (int r = 0; r < m_choices.vehicles.size(); ++r)
        show(m_vehicles->item(r, VCFit), m_vehicles->cellWidget(r, VCReason), m_choices.vehicles.at(r).unfitOn(to),
            m_choices.vehicles.at(r).busy);
    for (int r = 0; r < m_choices.equipment.size(); ++r)
        show(m_equipment->item(r, ECFit), m_equipment->cellWidget(r, ECReason), m_choices.equipment.at(r).unfitOn(to),
            m_choices.equipment.at(r).busy);
}

QString DeploymentDialog::vehicleProblem(qint64 id) const
{
    const int r = vehicleRow(id);
    if (r < 0)
        return {};
    const QString text = m_vehicles->item(r, VCFit)->text();
    return text == tr("yes") ? QString() : text;
}

void DeploymentDialog::moduleChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const DeploymentChoices::Module *m = m_choices.module(item->data(idRole).toLongLong());
    if (!m)
        return;
    const bool ticked = item->checkState() == Qt::Checked;
    // What the other ticked modules take stays ticked.
    QSet<qint64> keepVehicles, keepEquipment;
    for (int i = 0; i < m_modules->count(); ++i) {
        const QListWidgetItem *other = m_modules->item(i);
        if (other == item || other->checkState() != Qt::Checked)
            continue;
        if (const DeploymentChoices::Module *o = m_choices.module(other->data(idRole).toLongLong())) {
            for (qint64 v : o->vehicleIds)
                keepVehicles.insert(v);
            for (qint64 e : o->equipmentIds)
                keepEquipment.insert(e);
        }
    }
    m_filling = true;
    for (qint64 v : m->vehicleIds)
        if (const int r = vehicleRow(v); r >= 0 && (ticked || !keepVehicles.contains(v)))
            m_vehicles->item(r, VCVehicle)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    for (qint64 e : m->equipmentIds)
        if (const int r = equipmentRow(e); r >= 0 && (ticked || !keepEquipment.contains(e)))
            m_equipment->item(r, ECPiece)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    fillVolunteers();
    updateCounts();
}

void DeploymentDialog::tickModule(qint64 id, bool ticked)
{
    for (int i = 0; i < m_modules->count(); ++i)
        if (m_modules->item(i)->data(idRole).toLongLong() == id)
            m_modules->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void DeploymentDialog::tickVehicle(qint64 id, qint64 km, const QString &overrideReason)
{
    const int r = vehicleRow(id);
    if (r < 0)
        return;
    m_vehicles->item(r, VCVehicle)->setCheckState(Qt::Checked);
    qobject_cast<QSpinBox *>(m_vehicles->cellWidget(r, VCKm))->setValue(int(km));
    qobject_cast<QLineEdit *>(m_vehicles->cellWidget(r, VCReason))->setText(overrideReason);
}

void DeploymentDialog::tickEquipment(qint64 id, const QString &overrideReason)
{
    const int r = equipmentRow(id);
    if (r < 0)
        return;
    m_equipment->item(r, ECPiece)->setCheckState(Qt::Checked);
    qobject_cast<QLineEdit *>(m_equipment->cellWidget(r, ECReason))->setText(overrideReason);
}

void DeploymentDialog::tickVolunteer(qint64 id, bool ticked)
{
    for (int i = 0; i < m_volunteers->count(); ++i)
        if (m_volunteers->item(i)->data(idRole).toLongLong() == id)
            m_volunteers->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void DeploymentDialog::setEvent(qint64 id)
{
    core::selectByData(m_event, id);
}

void DeploymentDialog::setRequestedBy(const QString &text)
{
    m_requestedBy->setText(text);
}

void DeploymentDialog::setDays(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QList<qint64> DeploymentDialog::listedVolunteers() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_volunteers->count(); ++i)
        if (!m_volunteers->item(i)->isHidden())
            ids.append(m_volunteers->item(i)->data(idRole).toLongLong());
    return ids;
}

void DeploymentDialog::fillVolunteers()
{
    QStringList skills;
    for (int i = 0; i < m_modules->count(); ++i)
        if (m_modules->item(i)->checkState() == Qt::Checked)
            if (const DeploymentChoices::Module *m = m_choices.module(m_modules->item(i)->data(idRole).toLongLong()))
                skills += m->skills;
    QSet<QString> wanted;
    for (const QString &s : std::as_const(skills))
        wanted.insert(s.toCaseFolded());
    m_filling = true;
    m_volunteers->clear();
    for (const DeploymentChoices::Volunteer &v : m_choices.volunteersFor(skills)) {
        QStringList matching;
        for (const QString &q : v.qualifications)
            if (wanted.contains(q.toCaseFolded()))
                matching.append(q);
        QString text = QStringLiteral("%1 · %2 · %3").arg(v.name, v.taxCode, v.organisation);
        if (!matching.isEmpty())
            text += QStringLiteral(" · ") + matching.join(QStringLiteral(", "));
        auto *item = new QListWidgetItem(text, m_volunteers);
        item->setData(idRole, v.id);
        item->setData(Qt::UserRole + 2, QStringList { v.name, v.taxCode, v.organisation, v.qualifications.join(QLatin1Char(' ')) }
                                            .join(QLatin1Char(' ')));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosenVolunteers.contains(v.id) ? Qt::Checked : Qt::Unchecked);
        if (!matching.isEmpty()) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (!v.qualifications.isEmpty())
            item->setToolTip(tr("Valid qualifications: %1").arg(v.qualifications.join(QStringLiteral(", "))));
    }
    m_filling = false;
    filterVolunteers();
}

void DeploymentDialog::filterVolunteers()
{
    const QString text = m_volunteerSearch->text().simplified();
    for (int i = 0; i < m_volunteers->count(); ++i) {
        QListWidgetItem *item = m_volunteers->item(i);
        item->setHidden(!text.isEmpty() && !item->data(Qt::UserRole + 2).toString().contains(text, Qt::CaseInsensitive)
            && item->checkState() != Qt::Checked);
    }
}

void DeploymentDialog::filterEquipment()
{
    const QString text = m_equipmentSearch->text().simplified();
    for (int r = 0; r < m_equipment->rowCount(); ++r) {
        const QTableWidgetItem *item = m_equipment->item(r, ECPiece);
        m_equipment->setRowHidden(
            r, !text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive) && item->checkState() != Qt::Checked);
    }
}

void DeploymentDialog::updateCounts()
{
    const NewDeployment d = deployment();
    qint64 km = 0;
    int unfit = 0;
    for (const DeploymentVehicle &v : d.vehicles)
        km += v.km;
    for (int r = 0; r < m_choices.vehicles.size(); ++r)
        if (m_vehicles->item(r, VCVehicle)->checkState() == Qt::Checked && !m_choices.vehicles.at(r).unfitOn(m_to->date()).isEmpty())
            ++unfit;
    for (int r = 0; r < m_choices.equipment.size(); ++r)
        if (m_equipment->item(r, ECPiece)->checkState() == Qt::Checked && !m_choices.equipment.at(r).unfitOn(m_to->date()).isEmpty())
            ++unfit;
    const QLocale locale;
    m_tabs->setTabText(0, tr("&Modules (%1)").arg(locale.toString(d.moduleIds.size())));
    m_tabs->setTabText(1, tr("&Vehicles (%1)").arg(locale.toString(d.vehicles.size())));
    m_tabs->setTabText(2, tr("E&quipment (%1)").arg(locale.toString(d.equipment.size())));
    m_tabs->setTabText(3, tr("Vol&unteers (%1)").arg(locale.toString(d.volunteerIds.size())));
    QString text = tr("Sent: %1, %2, %3, %4; %5 km.")
                       .arg(tr("%n module(s)", nullptr, int(d.moduleIds.size())),
                           tr("%n vehicle(s)", nullptr, int(d.vehicles.size())),
                           tr("%n piece(s) of equipment", nullptr, int(d.equipment.size())),
                           tr("%n volunteer(s)", nullptr, int(d.volunteerIds.size())), locale.toString(km));
    if (unfit > 0)
        text += QLatin1Char(' ')
            + tr("%n not fit on the last day: each goes only with its reason.", nullptr, unfit);
    m_summary->setText(text);
}

NewDeployment DeploymentDialog::deployment() const
{
    NewDeployment d;
    d.eventId = m_event->currentData().toLongLong();
    d.serviceId = m_service->currentData().toLongLong();
    scopeFromCode(m_scope->currentData().toString(), &d.scope);
    d.requestedBy = m_requestedBy->text();
    d.from = m_from->date();
    d.to = m_to->date();
    d.comuneId = core::chosenComune(m_comune);
    d.place = m_place->text();
    d.notes = m_notes->text();
    for (int i = 0; i < m_modules->count(); ++i)
        if (m_modules->item(i)->checkState() == Qt::Checked)
            d.moduleIds.append(m_modules->item(i)->data(idRole).toLongLong());
    for (int r = 0; r < m_vehicles->rowCount(); ++r)
        if (m_vehicles->item(r, VCVehicle)->checkState() == Qt::Checked)
            d.vehicles.append({ m_vehicles->item(r, VCVehicle)->data(idRole).toLongLong(),
                qobject_cast<QSpinBox *>(m_vehicles->cellWidget(r, VCKm))->value(),
                qobject_cast<QLineEdit *>(m_vehicles->cellWidget(r, VCReason))->text() });
    for (int r = 0; r < m_equipment->rowCount(); ++r)
        if (m_equipment->item(r, ECPiece)->checkState() == Qt::Checked)
            d.equipment.append({ m_equipment->item(r, ECPiece)->data(idRole).toLongLong(),
                qobject_cast<QLineEdit *>(m_equipment->cellWidget(r, ECReason))->text() });
    // In the order of the list (the holders of the modules' skills first).
    for (const DeploymentChoices::Volunteer &v : std::as_const(m_choices.volunteers))
        if (m_chosenVolunteers.contains(v.id))
            d.volunteerIds.append(v.id);
    return d;
}

} // namespace fleet
