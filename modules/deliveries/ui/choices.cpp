#include "deliveries/ui/choices.h"

#include "core/reference/comunerepository.h"
#include "core/ui/formwidgets.h"
#include "deliveries/domain/deliveryrepository.h"
#include "deliveries/domain/recipientrepository.h"
#include "stock/domain/stockcatalog.h"

#include <QComboBox>
#include <QCompleter>

namespace deliveries {

namespace Choices {

void fillRecipients(QComboBox *combo, const QSqlDatabase &db, bool includeInactive)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto list = RecipientRepository(db).recipients(!includeInactive);
    if (list)
        for (const Recipient &r : *list)
            combo->addItem(r.isCoc() ? r.name : QStringLiteral("%1 · %2").arg(r.name, r.comuneName), r.id);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    core::selectByData(combo, current);
}

void fillComuni(QComboBox *combo, const QSqlDatabase &db, const QString &everyLabel)
{
    combo->clear();
    combo->addItem(everyLabel, 0);
    auto comuni = core::ComuneRepository(db).metropolitanComuni();
    if (comuni)
        for (const core::Comune &c : *comuni)
            combo->addItem(c.name, c.id);
}

void fillLocations(QComboBox *combo, const QSqlDatabase &db)
{
    combo->clear();
    auto locations = stock::StockCatalog(db).locations(true);
    if (!locations)
        return;
    QList<stock::Location> list = *locations;
    std::stable_sort(list.begin(), list.end(),
        [](const stock::Location &a, const stock::Location &b) { return a.isDefault && !b.isDefault; });
    for (const stock::Location &l : list)
        combo->addItem(l.name, l.id);
}

void fillUsedValues(QComboBox *combo, const QSqlDatabase &db, const QString &column)
{
    const QString text = combo->currentText();
    combo->clear();
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto values = DeliveryRepository(db).usedValues(column);
    if (values)
        combo->addItems(*values);
    combo->setCurrentText(text);
    combo->completer()->setFilterMode(Qt::MatchContains);
}

QVariant typed(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index) : QVariant();
}

} // namespace Choices

} // namespace deliveries
