#include "listening/ui/psychologistcombo.h"

#include "listening/domain/staffservice.h"

namespace listening {

PsychologistCombo::PsychologistCombo(QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Psychologist"));
}

void PsychologistCombo::load(const QSqlDatabase &db, bool allowNone, qint64 preselect)
{
    clear();
    if (allowNone)
        addItem(tr("(not said)"), qint64(0));
    if (auto list = StaffService(db).psychologists(true))
        for (const Psychologist &p : *list)
            addItem(p.name, p.id);
    select(preselect);
}

void PsychologistCombo::select(qint64 id)
{
    const int i = findData(id);
    if (i >= 0)
        setCurrentIndex(i);
}

} // namespace listening
