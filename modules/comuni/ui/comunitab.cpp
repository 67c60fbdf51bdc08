#include "comuni/ui/comunitab.h"
#include "core/ui/columnwidths.h"

#include "comuni/domain/comunicommands.h"
#include "comuni/domain/comunilist.h"
#include "comuni/ui/comunidetailsform.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/errortext.h"
#include "core/ui/pagedsqlmodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace comuni {

using core::ColumnKind;

ComuniTab::ComuniTab(core::AppContext &context, QWidget *parent) : core::ModuleTab(context, parent) { }

void ComuniTab::buildContent()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name or ISTAT code"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search comuni"));
    m_zoneFilter = new QComboBox(this);
    m_zoneFilter->addItem(tr("All zones"), QVariant());
    for (const QString &z : core::zoneOmogenee())
        m_zoneFilter->addItem(z, z);
    m_zoneFilter->addItem(tr("Zone not set"), QString());

    m_model = new core::PagedSqlModel(context().db, this);
    const ComuniListQuery query = comuniListQuery();
    const QStringList &c = query.columns;
    m_model->setSource(query.from, query.key);
    m_model->setColumns({
        { c.at(0), tr("ISTAT code"), ColumnKind::Text, 0, true },
        { c.at(1), tr("Comune"), ColumnKind::Text, 0, true },
        { c.at(2), tr("Residents"), ColumnKind::Integer, 0, true },
        { c.at(3), tr("Zona omogenea"), ColumnKind::Text, 0, true },
        { c.at(4), tr("COC contact"), ColumnKind::Text, 0, false },
        { c.at(5), tr("COC phone"), ColumnKind::Text, 0, false },
    });
    m_model->setDefaultSort(1, Qt::AscendingOrder);
    m_model->setWatchedTables(query.watchedTables);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    core::setColumnWidth(m_table, 0, 90);
    core::setColumnWidth(m_table, 1, 190);
    core::setColumnWidth(m_table, 2, 90);
    core::setColumnWidth(m_table, 3, 150);
    core::setColumnWidth(m_table, 4, 160);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Comuni"));
    m_count = new QLabel(this);

    m_form = new ComuneDetailsForm(this);

    m_map = new core::ComuniMapWidget(this);
    if (auto s = m_map->load(context().db); !s)
        QMessageBox::warning(this, tr("Map"), core::ErrorText::describe(s.error()));
    m_hover = new QLabel(tr("Hover over a comune to see its name; click to select it. Wheel: zoom; drag: move."), this);
    m_hover->setWordWrap(true);
    auto toolButton = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    auto *zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in (+)"));
    auto *zoomOut = toolButton(QStringLiteral("−"), tr("Zoom out (-)"));
    auto *fit = toolButton(tr("Whole city"), tr("Show the whole metropolitan city (0)"));
    auto *exportPng = toolButton(tr("Export PNG..."), tr("Save the map as an image"));
    connect(zoomIn, &QToolButton::clicked, m_map, &core::ComuniMapWidget::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_map, &core::ComuniMapWidget::zoomOut);
    connect(fit, &QToolButton::clicked, m_map, &core::ComuniMapWidget::fitAll);
    connect(exportPng, &QToolButton::clicked, this, &ComuniTab::exportMap);

    // Layout: list and details on the left, map on the right.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_zoneFilter, 2);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 3);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_form, 2);

    auto *mapTools = new QHBoxLayout;
    mapTools->addWidget(m_hover, 1);
    mapTools->addWidget(zoomIn);
    mapTools->addWidget(zoomOut);
    mapTools->addWidget(fit);
    mapTools->addWidget(exportPng);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_map, 1);
    rightLayout->addLayout(mapTools);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &ComuniTab::applyFilter);
    connect(m_zoneFilter, &QComboBox::currentIndexChanged, this, &ComuniTab::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComuniTab::tableSelectionChanged);
    connect(m_map, &core::ComuniMapWidget::comuneClicked, this, &ComuniTab::selectComune);
    connect(m_map, &core::ComuniMapWidget::comuneHovered, this, [this](int id) {
        if (id)
            m_hover->setText(m_map->comuneName(id));
    });
    connect(m_form, &ComuneDetailsForm::saveRequested, this, &ComuniTab::saveDetails);
    connect(m_form, &ComuneDetailsForm::revertRequested, this, [this] { showComune(m_selected); });
    applyFilter();
}

void ComuniTab::applyFilter()
{
    const ComuniListFilter filter = comuniListFilter(m_search->text(), m_zoneFilter->currentData());
    m_model->setFilter(filter.where, filter.binds);
    m_count->setText(tr("%Ln comuni shown", nullptr, m_model->rowCount()));
    if (m_selected) {
        const int row = m_model->rowOfKey(m_selected);
        if (row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        }
    }
}

void ComuniTab::tableSelectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int id = m_model->keyAt(current.row()).toInt();
    if (id == m_selected)
        return;
    if (!confirmLeavingEdits()) {
        const int row = m_model->rowOfKey(m_selected);
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
        return;
    }
    showComune(id);
}

bool ComuniTab::showRecord(const QString &kind, qint64 id)
{
    if (kind != QLatin1String("comune"))
        return false;
    selectComune(int(id));
    return true;
}

void ComuniTab::selectComune(int comuneId)
{
    ensureBuilt();
    if (comuneId == m_selected)
        return;
    if (!confirmLeavingEdits()) {
        m_map->setSelectedComune(m_selected);
        return;
    }
    int row = m_model->rowOfKey(comuneId);
    if (row < 0) { // filtered out: show everything again
        const QSignalBlocker blockSearch(m_search), blockZone(m_zoneFilter);
        m_search->clear();
        m_zoneFilter->setCurrentIndex(0);
        applyFilter();
        row = m_model->rowOfKey(comuneId);
    }
    showComune(comuneId);
    if (row >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void ComuniTab::showComune(int comuneId)
{
    m_selected = comuneId;
    m_map->setSelectedComune(comuneId);
    core::ComuneRepository repository(context().db);
    auto comune = repository.comune(comuneId);
    auto details = repository.details(comuneId);
    if (!comune || !details || !comune->isValid()) {
        m_form->clear();
        return;
    }
    m_form->setComune(*comune, *details);
}

bool ComuniTab::confirmLeavingEdits()
{
    if (!m_form->isDirty())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("The details of %1 were changed and not saved. Save them now?").arg(m_map->comuneName(m_form->comuneId())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveDetails();
    return answer == QMessageBox::Discard;
}

bool ComuniTab::saveDetails()
{
    if (auto s = commands()->run(std::make_shared<SaveComuneDetails>(m_form->details())); !s) {
        QMessageBox::warning(this, tr("Save changes"), core::ErrorText::describe(s.error()));
        return false;
    }
    m_form->markSaved();
    return true;
}

void ComuniTab::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("comune_cmm")) && m_selected && !m_form->isDirty())
        showComune(m_selected);
}

void ComuniTab::exportMap()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), dir + QStringLiteral("/mappa_comuni.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (auto s = m_map->exportPng(path); !s)
        QMessageBox::warning(this, tr("Export map"), core::ErrorText::describe(s.error()));
}

} // namespace comuni
