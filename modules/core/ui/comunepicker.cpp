#include "core/ui/comunepicker.h"

#include "core/reference/comunerepository.h"

#include <QComboBox>
#include <QCompleter>

namespace core {

void fillComuneCombo(QComboBox *combo, const QSqlDatabase &db, const std::optional<QString> &noneText)
{
    combo->clear();
    if (noneText)
        combo->addItem(*noneText, 0);
    if (auto all = ComuneRepository(db).metropolitanComuni())
        for (const Comune &c : *all)
            combo->addItem(c.name, c.id);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void selectComune(QComboBox *combo, const QSqlDatabase &db, int comuneId)
{
    int index = combo->findData(comuneId);
    if (index < 0 && comuneId != 0) {
        const auto comune = ComuneRepository(db).comune(comuneId);
        const QString name = comune && comune->isValid() && !comune->name.isEmpty() ? comune->displayName()
                                                                                    : QString::number(comuneId);
        combo->addItem(name, comuneId);
        index = combo->count() - 1;
    }
    if (index >= 0)
        combo->setCurrentIndex(index);
}

int chosenComune(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index).toInt() : 0;
}

bool typedUnknownComune(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    return !text.isEmpty() && combo->findText(text, Qt::MatchFixedString) < 0;
}

} // namespace core
