#include "tutoring/ui/perioddialog.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formwidgets.h"
#include "tutoring/domain/servicecommands.h"
#include "tutoring/domain/servicerepository.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/ui/tutoringwidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tutoring {

PeriodDialog::PeriodDialog(core::AppContext &context, core::CommandStack &commands, const ServicePeriod &period, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_period(period)
{
    setWindowTitle(period.id ? tr("Service period and slots") : tr("New service period"));
    const QDate today = context.clock->today();
    m_name = new QLineEdit(period.name, this);
    m_first = core::makeDateEdit(period.firstDay.isValid() ? period.firstDay : today, this);
    m_last = core::makeDateEdit(period.lastDay.isValid() ? period.lastDay : today.addMonths(2), this);
    auto *days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(Labels::weekdayShort(d), this);
        box->setAccessibleName(Labels::weekdayLong(d));
        box->setChecked(period.weekdays.contains(d));
        days->addWidget(box);
        m_weekdays.insert(d, box);
    }
    days->addStretch();
    auto *hours = new QGridLayout;
    for (int h = 8; h <= 21; ++h) {
        auto *box = new QCheckBox(Labels::slot(h), this);
        box->setChecked(period.slotHours.contains(h));
        hours->addWidget(box, (h - 8) / 5, (h - 8) % 5);
        m_hours.insert(h, box);
    }
    auto *explain
        = new QLabel(tr("Lessons last one hour. The published service ran Monday to Saturday from 15:00 to 18:30: "
                        "slots at 15, 16 and 17."),
            this);
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: #555f6a;"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&First day:"), m_first);
    form->addRow(tr("&Last day:"), m_last);
    form->addRow(tr("Days of service:"), days);
    form->addRow(tr("Slots starting at:"), hours);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

ServicePeriod PeriodDialog::period() const
{
    ServicePeriod p = m_period;
    p.name = m_name->text();
    p.firstDay = m_first->date();
    p.lastDay = m_last->date();
    p.weekdays.clear();
    for (int d = 1; d <= 7; ++d)
        if (m_weekdays.value(d)->isChecked())
            p.weekdays.append(d);
    p.slotHours.clear();
    for (int h = 8; h <= 21; ++h)
        if (m_hours.value(h)->isChecked())
            p.slotHours.append(h);
    return p;
}

bool PeriodDialog::save()
{
    auto command = std::make_shared<SavePeriod>(period());
    if (auto saved = m_commands.run(command); !saved) {
        m_error->setText(TutoringWidgets::describe(saved.error()));
        m_error->show();
        return false;
    }
    m_period.id = command->id();
    return true;
}

} // namespace tutoring
