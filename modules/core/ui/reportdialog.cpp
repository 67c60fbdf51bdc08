#include "core/ui/reportdialog.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/db/backgroundreader.h"
#include "core/ui/backgroundreport.h"
#include "core/ui/datefield.h"

#include "core/ui/appcontext.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/growtofit.h"
#include "core/ui/reportactions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace core {

ReportDialog::ReportDialog(const AppContext &context, const QString &initialReport, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Reports"));
    resize(640, 420);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Reports"));
    if (context.reports) {
        for (const ReportDefinition &d : context.reports->all()) {
            auto *item = new QListWidgetItem(d.title(), m_list);
            item->setData(Qt::UserRole, d.name);
            item->setToolTip(QStringLiteral("cisiamo report %1").arg(d.name));
            if (d.name == initialReport)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    // The titles whole ("ConosciAMO: ore prenotate e svolte per materia e
    // settimana" was cut), within the screen.
    m_list->setMinimumWidth(std::min(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth()
            + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8,
        textWidth(this, 80)));

    const QDate today = context.clock->today();
    m_from = makeDateEdit(QDate(today.year(), 1, 1), this);
    m_to = makeDateEdit(today, this);
    m_at = makeDateEdit(today, this);
    m_by = new QComboBox(this);
    m_choice = new QComboBox(this);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *form = new QFormLayout;
    m_fromLabel = new QLabel(tr("&From:"), this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(tr("&To:"), this);
    m_toLabel->setBuddy(m_to);
    m_atLabel = new QLabel(tr("&At date:"), this);
    m_atLabel->setBuddy(m_at);
    m_byLabel = new QLabel(tr("&Grouped by:"), this);
    m_byLabel->setBuddy(m_by);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_atLabel, m_at);
    form->addRow(m_byLabel, m_by);
    m_choiceLabel = new QLabel(this);
    m_choiceLabel->setBuddy(m_choice);
    form->addRow(m_choiceLabel, m_choice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("Print &preview..."), QDialogButtonBox::ActionRole);
    auto *pdfButton = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    auto *csvButton = buttons->addButton(tr("Save as &CSV..."), QDialogButtonBox::ActionRole);
    auto *xlsxButton = buttons->addButton(tr("Save as &Excel..."), QDialogButtonBox::ActionRole);
    previewButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, [this] { run(&ReportActions::preview); });
    connect(pdfButton, &QPushButton::clicked, this, [this] { run(&ReportActions::savePdf); });
    connect(csvButton, &QPushButton::clicked, this, [this] { run(&ReportActions::saveCsv); });
    connect(xlsxButton, &QPushButton::clicked, this, [this] { run(&ReportActions::saveXlsx); });
    m_actions = { previewButton, pdfButton, csvButton, xlsxButton };
    m_reader = new BackgroundReader(this);
    // Said while the report is built (on a worker), empty otherwise.
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true); // a long title does not widen the dialog

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReportDialog::selectionChanged);
    selectionChanged();
}

ReportDialog::~ReportDialog()
{
    if (!m_building || !m_reader)
        return;
    // Its destructor would wait for the read running; instead it lives on
    // without a parent until a last, empty read answers after that one.
    BackgroundReader *reader = m_reader;
    reader->setParent(nullptr);
    reader->read(
        m_context.db.databaseName(), [](const QSqlDatabase &) {}, [reader](const Error &) { reader->deleteLater(); });
}

const ReportDefinition *ReportDialog::selected() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_context.reports)
        return nullptr;
    return m_context.reports->find(item->data(Qt::UserRole).toString());
}

void ReportDialog::selectionChanged()
{
    const ReportDefinition *d = selected();
    const int p = d ? d->parameters : 0;
    const bool from = p & ReportDefinition::From, to = p & ReportDefinition::To, at = p & ReportDefinition::At,
               by = p & ReportDefinition::By;
    m_fromLabel->setVisible(from);
    m_from->setVisible(from);
    m_toLabel->setVisible(to);
    m_to->setVisible(to);
    m_atLabel->setVisible(at);
    m_at->setVisible(at);
    m_byLabel->setVisible(by);
    m_by->setVisible(by);
    m_by->clear();
    m_byLabel->setText(d && d->byLabel ? d->byLabel() : tr("&Grouped by:"));
    if (d)
        for (const QString &choice : d->byChoices)
            m_by->addItem(d->byTitle ? d->byTitle(choice) : choice, choice);
    const bool choice = d && d->choices && !d->choiceOption.isEmpty();
    m_choiceLabel->setVisible(choice);
    m_choice->setVisible(choice);
    m_choice->clear();
    if (choice) {
        m_choiceLabel->setText(d->choiceLabel ? d->choiceLabel() : d->choiceOption);
        for (const auto &[value, text] : d->choices(m_context.db))
            m_choice->addItem(text, value);
        const int preset = m_preset.isEmpty() ? -1 : m_choice->findData(m_preset);
        if (preset >= 0)
            m_choice->setCurrentIndex(preset);
    }
}

void ReportDialog::setChoice(const QString &value)
{
    m_preset = value;
    const int index = m_choice->findData(value);
    if (index >= 0)
        m_choice->setCurrentIndex(index);
}

Result<ReportRequest> ReportDialog::request(const ReportDefinition *d) const
{
    if (!d)
        return Error(QStringLiteral("report.unknown"), { QString(), QString() });
    ReportRequest request;
    if (d->parameters & ReportDefinition::From)
        request.from = m_from->date();
    if (d->parameters & ReportDefinition::To)
        request.to = m_to->date();
    if (d->parameters & ReportDefinition::At)
        request.at = m_at->date();
    if (d->parameters & ReportDefinition::By)
        request.by = m_by->currentData().toString();
    if (d->choices && !d->choiceOption.isEmpty() && !m_choice->currentData().toString().isEmpty())
        request.options.insert(d->choiceOption, m_choice->currentData().toString());
    request.operatorName = m_context.operatorName;
    request.now = m_context.clock->now();
    request.locale = QLocale();
    if (auto s = validateReportRequest(*d, request); !s)
        return s.error();
    // The session's role allows it without SQL; a refusal is written to
    // the audit log (a write: the window's connection).
    if (!d->permission.isEmpty()) {
        const auto account = sessionAccount(m_context.db);
        if (!account || !roleAllows(account->role, d->permission))
            if (auto s = Access::require(m_context.db, d->permission, *m_context.clock); !s)
                return s.error();
    }
    return request;
}

Result<ReportDocument> ReportDialog::buildSelected() const
{
    const ReportDefinition *d = selected();
    auto r = request(d);
    if (!r)
        return r.error();
    return d->build(m_context.db, *r);
}

bool ReportDialog::buildInBackground(std::function<void(const Result<ReportDocument> &)> done)
{
    if (m_building)
        return false; // the one asked is on its way
    const ReportDefinition *d = selected();
    auto r = request(d);
    if (!r) {
        done(r.error());
        return false;
    }
    setBuilding(true);
    m_status->setText(tr("Preparing the report “%1”…").arg(d->title()));
    auto build = d->build;
    const ReportRequest req = *r;
    const QPointer<ReportDialog> self(this); // gone when the dialog was closed meanwhile
    buildReportInBackground(
        m_reader, m_context.db, [build, req](const QSqlDatabase &db) { return build(db, req); },
        [self, done = std::move(done)](const Result<ReportDocument> &document) {
            if (!self)
                return;
            ReportDialog *dialog = self.data();
            dialog->setBuilding(false);
            dialog->m_status->clear();
            done(document);
        });
    return true;
}

void ReportDialog::setBuilding(bool building)
{
    m_building = building;
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(!building);
    // The parameters stay as asked while their report is built.
    m_list->setEnabled(!building);
    for (QWidget *w : std::initializer_list<QWidget *> { m_from, m_to, m_at, m_by, m_choice })
        w->setEnabled(!building);
}

void ReportDialog::run(void (*action)(QWidget *, const ReportDocument &))
{
    buildInBackground([this, action](const Result<ReportDocument> &document) {
        if (!document) {
            QMessageBox::warning(this, windowTitle(), ErrorText::describe(document.error()));
            return;
        }
        action(this, *document);
    });
}

} // namespace core
