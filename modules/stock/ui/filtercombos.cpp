#include "stock/ui/filtercombos.h"

#include "stock/domain/stockcatalog.h"
#include "stock/domain/stocklabels.h"

namespace stock::FilterCombos {

namespace {
void start(QComboBox *combo, const QString &allText)
{
    const QSignalBlocker block(combo);
    combo->clear();
    if (!allText.isEmpty())
        combo->addItem(allText, QVariant());
}
} // namespace

void fillCategories(QComboBox *combo, const QSqlDatabase &db, const QString &allText)
{
    const QVariant current = combo->currentData();
    start(combo, allText);
    const QSignalBlocker block(combo);
    if (auto list = StockCatalog(db).categories())
        for (const Category &c : *list)
            combo->addItem(c.name, c.id);
    select(combo, current);
}

void fillItems(QComboBox *combo, const QSqlDatabase &db, const QString &allText, qint64 categoryId)
{
    const QVariant current = combo->currentData();
    start(combo, allText);
    const QSignalBlocker block(combo);
    if (auto list = StockCatalog(db).items())
        for (const Item &i : *list)
            if (!categoryId || i.categoryId == categoryId)
                combo->addItem(i.active ? i.name : StockLabels::tr("%1 (not in use)").arg(i.name), i.id);
    select(combo, current);
}

void fillDonors(QComboBox *combo, const QSqlDatabase &db, const QString &allText)
{
    const QVariant current = combo->currentData();
    start(combo, allText);
    const QSignalBlocker block(combo);
    if (auto list = StockCatalog(db).donors())
        for (const Donor &d : *list)
            combo->addItem(d.name, d.id);
    select(combo, current);
}

void fillLocations(QComboBox *combo, const QSqlDatabase &db, const QString &allText)
{
    const QVariant current = combo->currentData();
    start(combo, allText);
    const QSignalBlocker block(combo);
    if (auto list = StockCatalog(db).locations(allText.isEmpty()))
        for (const Location &l : *list)
            combo->addItem(l.name, l.id);
    select(combo, current);
}

void fillMovementKinds(QComboBox *combo, const QString &allText)
{
    start(combo, allText);
    const QSignalBlocker block(combo);
    for (MovementKind k : allMovementKinds())
        combo->addItem(StockLabels::movementKind(k), movementKindCode(k));
}

void select(QComboBox *combo, const QVariant &value)
{
    const QSignalBlocker block(combo);
    const int index = value.isValid() ? combo->findData(value) : -1;
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace stock::FilterCombos
