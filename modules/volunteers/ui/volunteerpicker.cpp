#include "volunteers/ui/volunteerpicker.h"

#include "volunteers/domain/volunteerrepository.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace volunteers {

VolunteerPicker::VolunteerPicker(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Type surname, name or codice fiscale"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    setFocusProxy(m_search);
    connect(m_search, &QLineEdit::textEdited, this, &VolunteerPicker::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        const qint64 id = row >= 0 ? m_results->item(row)->data(Qt::UserRole).toLongLong() : 0;
        if (id != m_id) {
            m_id = id;
            emit volunteerChanged(id);
        }
    });
    search();
}

void VolunteerPicker::search()
{
    const QSignalBlocker block(m_results);
    m_results->clear();
    auto found = VolunteerRepository(m_db).search(m_search->text(), 0, 50);
    if (found)
        for (const VolunteerEntry &v : *found) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(v.name, v.taxCode), m_results);
            item->setData(Qt::UserRole, v.id);
            if (v.id == m_id)
                m_results->setCurrentItem(item);
        }
    if (m_results->count() == 1)
        m_results->setCurrentRow(0);
    const qint64 id = m_results->currentItem() ? m_results->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    if (id != m_id) {
        m_id = id;
        emit volunteerChanged(id);
    }
}

void VolunteerPicker::setVolunteer(qint64 id)
{
    auto v = VolunteerRepository(m_db).volunteer(id);
    if (!v || v->id == 0)
        return;
    m_id = id;
    m_search->setText(v->taxCode);
    search();
}

} // namespace volunteers
