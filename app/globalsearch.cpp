#include "globalsearch.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Role { ModuleRole = Qt::UserRole + 1, KindRole, IdRole };
}

QList<FoundRecord> searchEverywhere(const QSqlDatabase &db, const QList<const core::Module *> &modules, const QString &text,
                                    int perKind)
{
    QList<FoundRecord> found;
    const QString wanted = text.simplified();
    if (wanted.size() < 2)
        return found;
    for (const core::Module *module : modules)
        for (const core::SearchHit &hit : module->search(db, wanted, perKind))
            found.append({ module->id(), hit });
    return found;
}

GlobalSearchDialog::GlobalSearchDialog(const QSqlDatabase &db, QList<const core::Module *> modules, QWidget *parent)
    : QDialog(parent), m_db(db), m_modules(std::move(modules))
{
    setWindowTitle(tr("Search"));
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Volunteer, codice fiscale, DDT, request, pupil, comune..."));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search everywhere"));
    m_field->installEventFilter(this);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_field->setFont(big);

    m_results = new QTreeWidget(this);
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAccessibleName(tr("Records found"));
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_status = new QLabel(tr("Type at least two characters."), this);
    m_status->setStyleSheet(QStringLiteral("color: #555f6a;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(640, 460);

    // A short pause after the last key: each key does not cost a query.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);
    connect(m_pause, &QTimer::timeout, this, &GlobalSearchDialog::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_pause->stop();
        if (m_results->topLevelItemCount() == 0 || m_results->currentItem() == nullptr)
            searchNow();
        choose(m_results->currentItem());
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });
}

void GlobalSearchDialog::searchNow()
{
    m_pause->stop();
    m_results->clear();
    const QString text = m_field->text().simplified();
    if (text.size() < 2) {
        m_status->setText(tr("Type at least two characters."));
        return;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const QList<FoundRecord> found = searchEverywhere(m_db, m_modules, text);
    QApplication::restoreOverrideCursor();
    QTreeWidgetItem *group = nullptr;
    QString groupKind;
    QTreeWidgetItem *first = nullptr;
    for (const FoundRecord &r : found) {
        if (!group || groupKind != r.hit.kind) {
            group = new QTreeWidgetItem(m_results, { r.hit.group });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled); // a heading, not a choice
            group->setFirstColumnSpanned(true);
            groupKind = r.hit.kind;
        }
        auto *item = new QTreeWidgetItem(group, { r.hit.title, r.hit.detail });
        item->setData(0, ModuleRole, r.moduleId);
        item->setData(0, KindRole, r.hit.kind);
        item->setData(0, IdRole, r.hit.id);
        item->setForeground(1, QColor(QStringLiteral("#555f6a")));
        if (!first)
            first = item;
    }
    m_results->expandAll();
    if (first)
        m_results->setCurrentItem(first);
    m_status->setText(found.isEmpty() ? tr("Nothing found for «%1».").arg(text)
                                      : tr("%Ln record(s) found. Enter opens the highlighted one.", nullptr, int(found.size())));
}

void GlobalSearchDialog::choose(QTreeWidgetItem *item)
{
    if (!item || item->data(0, IdRole).isNull())
        return;
    const QString moduleId = item->data(0, ModuleRole).toString();
    const QString kind = item->data(0, KindRole).toString();
    const qint64 id = item->data(0, IdRole).toLongLong();
    accept();
    emit recordChosen(moduleId, kind, id);
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move in the results while the cursor stays in the field.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QTreeWidgetItem *item = m_results->currentItem();
            const bool down = key == Qt::Key_Down || key == Qt::Key_PageDown;
            do
                item = item ? (down ? m_results->itemBelow(item) : m_results->itemAbove(item))
                            : (m_results->topLevelItemCount() ? m_results->topLevelItem(0) : nullptr);
            while (item && item->data(0, IdRole).isNull());
            if (item)
                m_results->setCurrentItem(item);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
