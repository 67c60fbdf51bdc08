#include "volunteers/ui/uihelpers.h"

#include "core/domain/dates.h"
#include "core/reference/comunerepository.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/moduletab.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"

#include "core/db/backgroundreader.h"

#include <QComboBox>
#include <QPointer>
#include <QCompleter>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

#include <memory>

namespace volunteers::ui {

core::Status setList(core::PagedSqlModel *model, const core::Result<ListSql> &list, QList<core::PagedColumn> columns)
{
    if (!list) {
        model->setColumns(columns);
        return list.error();
    }
    for (int i = 0; i < columns.size(); ++i)
        columns[i].expression = list->columns.value(i);
    model->setSource(list->from, list->key);
    model->setColumns(columns);
    model->setWatchedTables(list->watchedTables);
    return {};
}

core::CommandStack &commandsOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (auto *tab = qobject_cast<const core::ModuleTab *>(w))
            return *tab->commands();
    qFatal("a Volontari page outside its tab");
}

void fillOrganisations(QComboBox *combo, const QSqlDatabase &db, const QString &anyText)
{
    const QVariant current = combo->currentData();
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, qint64(0));
    if (auto all = OrganisationRepository(db).all())
        for (const Organisation &o : *all)
            combo->addItem(o.name, o.id);
    core::selectByData(combo, current);
}

void fillOrganisationsLater(
    QComboBox *combo, core::BackgroundReader *reader, const QSqlDatabase &db, const QString &anyText)
{
    if (combo->count() == 0 && !anyText.isEmpty())
        combo->addItem(anyText, qint64(0));
    auto names = std::make_shared<QList<QPair<qint64, QString>>>();
    QPointer<QComboBox> target(combo);
    reader->read(
        db.databaseName(),
        [names](const QSqlDatabase &workerDb) {
            if (auto all = OrganisationRepository(workerDb).all())
                for (const Organisation &o : *all)
                    names->append({ o.id, o.name });
        },
        [target, names, anyText](const core::Error &) {
            if (!target)
                return;
            const QVariant current = target->currentData();
            bool kept = !current.isValid() || current.toLongLong() == 0;
            for (const auto &[id, name] : std::as_const(*names))
                kept = kept || id == current.toLongLong();
            // Signals only when the choice made is gone.
            const QSignalBlocker block(kept ? target.data() : nullptr);
            target->clear();
            if (!anyText.isEmpty())
                target->addItem(anyText, qint64(0));
            for (const auto &[id, name] : std::as_const(*names))
                target->addItem(name, id);
            core::selectByData(target, current);
        });
}

void fillEvents(QComboBox *combo, const QSqlDatabase &db, const QString &anyText)
{
    const QVariant current = combo->currentData();
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, qint64(0));
    if (auto all = EventRepository(db).events())
        for (const ActivationEvent &e : *all)
            combo->addItem(e.name, e.id);
    core::selectByData(combo, current);
}

void fillServices(QComboBox *combo, const QSqlDatabase &db, bool activeOnly)
{
    const QVariant current = combo->currentData();
    combo->clear();
    if (auto all = EventRepository(db).services(activeOnly))
        for (const Service &s : *all)
            combo->addItem(s.name, s.id);
    core::selectByData(combo, current);
}

void selectEventCovering(QComboBox *combo, const QSqlDatabase &db, const QDate &day)
{
    auto events = EventRepository(db).events(); // newest first
    if (!events)
        return;
    for (const ActivationEvent &e : *events)
        if (e.id == combo->currentData().toLongLong() && e.covers(day))
            return;
    for (const ActivationEvent &e : *events)
        if (e.covers(day)) {
            core::selectByData(combo, e.id);
            return;
        }
    // No event covers the day: none is offered rather than one that
    // excludes it (the person chooses, and the rule says why if needed).
    combo->setCurrentIndex(-1);
}

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
}

void showError(QWidget *parent, const QString &title, const core::Error &error)
{
    QMessageBox::warning(parent, title, core::ErrorText::describe(error));
}

QString dayRanges(const QList<QDate> &days)
{
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days.at(j).daysTo(days.at(j + 1)) == 1)
            ++j;
        parts.append(j == i ? core::toItalianDate(days.at(i))
                            : core::toItalianDate(days.at(i)) + QChar(0x2013) + core::toItalianDate(days.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace volunteers::ui
