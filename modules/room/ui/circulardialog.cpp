#include "room/ui/circulardialog.h"
#include "core/ui/columnwidths.h"

#include "core/reference/comune.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QThreadPool>
#include <QVBoxLayout>

namespace room {

namespace {

QString defaultBody()
{
    return QString::fromUtf8("Egregio Sindaco {sindaco},\n\n"
                             "si comunica che …\n\n"
                             "Distinti saluti.");
}

QTableWidget *makeCircularTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

} // namespace

CircularDialog::CircularDialog(const QSqlDatabase &db, const QDate &today, CommandRun run, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_run(std::move(run))
{
    setWindowTitle(tr("Circular to the mayors"));
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("All the 133 comuni"), circularScopeCode(CircularScope::All));
    m_scope->addItem(tr("The comuni of a zona omogenea"), circularScopeCode(CircularScope::Zone));
    m_scope->addItem(tr("The comuni of an event"), circularScopeCode(CircularScope::Event));
    m_zone = new QComboBox(this);
    m_zone->addItems(core::zoneOmogenee());
    m_event = new QComboBox(this);
    m_event->addItem(tr("(none)"), qint64(0));
    if (auto events = circularEvents(db))
        for (const auto &e : *events)
            m_event->addItem(e.second, e.first);
    m_date = core::makeDateEdit(today, this, tr("Date of the circular"));
    m_date->setMaximumDate(today);
    m_subject = new QLineEdit(this);
    m_subject->setMaxLength(500);
    m_body = new QPlainTextEdit(defaultBody(), this);
    m_body->setAccessibleName(tr("Text of the letter"));
    m_body->setTabChangesFocus(true);
    m_folder = new QLineEdit(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("Circolari")),
        this);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *fields = new QLabel(tr("Merge fields: {comune} {sindaco} {pec} {email} {zona} {evento} {data} {protocollo}"), this);
    fields->setWordWrap(true);
    fields->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&To:"), m_scope);
    form->addRow(tr("&Zona omogenea:"), m_zone);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(QString(), fields);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of two: the label needs its buddy named
    form->addRow(folderLabel, folderRow);

    m_table = makeCircularTable({ tr("Comune"), tr("Mayor"), tr("PEC"), tr("Missing") }, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("The comuni the circular goes to"));
    m_summary = new QLabel(tr("Preview the circular to see the comuni it goes to and what they lack."), this);
    m_summary->setWordWrap(true);
    auto *previewButton = new QPushButton(tr("&Preview"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    prepareButton()->setText(tr("Prepare &letters and messages"));
    prepareButton()->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CircularDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CircularDialog::reject);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_progress->setAccessibleName(tr("Letters prepared"));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, &CircularDialog::stop);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_stop);
    bottom->addWidget(m_buttons);
    m_form = { m_scope, m_zone, m_event, m_date, m_subject, m_body, m_folder, browse, previewButton };

    auto *left = new QVBoxLayout;
    left->addLayout(form, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(previewButton, 0, Qt::AlignLeft);
    right->addWidget(m_summary);
    right->addWidget(m_table, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addLayout(right, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
    resize(1200, 680);

    const auto scopeChanged = [this] {
        const QString scope = m_scope->currentData().toString();
        m_zone->setEnabled(scope == circularScopeCode(CircularScope::Zone));
        changed();
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, scopeChanged);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &CircularDialog::changed);
    connect(m_event, &QComboBox::currentIndexChanged, this, &CircularDialog::changed);
    connect(m_date, &core::DateField::dateChanged, this, &CircularDialog::changed);
    connect(m_subject, &QLineEdit::textChanged, this, &CircularDialog::changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, &CircularDialog::changed);
    connect(m_folder, &QLineEdit::textChanged, this, &CircularDialog::changed);
    connect(previewButton, &QPushButton::clicked, this, &CircularDialog::preview);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the letters"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    scopeChanged();
}

QPushButton *CircularDialog::prepareButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

CircularDialog::~CircularDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void CircularDialog::changed()
{
    // What was previewed is no longer what would be sent.
    prepareButton()->setEnabled(false);
}

CircularDraft CircularDialog::draft() const
{
    CircularDraft d;
    circularScopeFromCode(m_scope->currentData().toString(), &d.scope);
    d.zone = d.scope == CircularScope::Zone ? m_zone->currentText() : QString();
    d.eventId = m_event->currentData().toLongLong();
    d.date = m_date->date();
    d.subject = m_subject->text();
    d.body = m_body->toPlainText();
    d.folder = m_folder->text().trimmed();
    return d;
}

bool CircularDialog::preview()
{
    const CircularDraft d = draft();
    auto preview = previewCircular(m_db, d);
    m_table->setRowCount(0);
    if (!preview) {
        m_summary->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                               .arg(core::ErrorText::describe(preview.error()).toHtmlEscaped()));
        prepareButton()->setEnabled(false);
        return false;
    }
    // Comuni that lack something first: they are what the person must see.
    QList<int> order;
    for (int i = 0; i < preview->recipients.size(); ++i)
        if (!preview->missing.at(i).isEmpty())
            order.append(i);
    for (int i = 0; i < preview->recipients.size(); ++i)
        if (preview->missing.at(i).isEmpty())
            order.append(i);
    m_table->setRowCount(int(order.size()));
    for (int row = 0; row < order.size(); ++row) {
        const CircularRecipient &r = preview->recipients.at(order.at(row));
        const QStringList &missing = preview->missing.at(order.at(row));
        QStringList words;
        for (const QString &f : missing)
            words.append(f == QLatin1String("pec") ? tr("PEC (no message)") : QStringLiteral("{%1}").arg(f));
        const QStringList values = { r.comune, r.sindaco, r.pec, words.join(QStringLiteral(", ")) };
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            if (!missing.isEmpty())
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    const int total = int(preview->recipients.size());
    const int noPec = preview->withoutPec();
    const int incomplete = total - preview->complete();
    QString text = tr("%n comune(s): a letter each", nullptr, total);
    text += QLatin1Char(' ') + tr("and %n message(s) to their PEC.", nullptr, total - noPec);
    if (noPec)
        text += QLatin1Char(' ') + tr("%n comune(s) without PEC get the letter only: listed first.", nullptr, noPec);
    if (incomplete > noPec || (incomplete && !noPec))
        text += QLatin1Char(' ') + tr("%n comune(s) lack a merge field: its place stays empty.", nullptr, incomplete);
    m_summary->setText(text.toHtmlEscaped());
    prepareButton()->setEnabled(!d.folder.isEmpty());
    return true;
}

void CircularDialog::accept()
{
    prepare();
}

void CircularDialog::reject()
{
    if (m_thread) {
        stop();
        return;
    }
    QDialog::reject();
}

void CircularDialog::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_stop->setEnabled(false);
    m_summary->setText(tr("Stopping after the letters being printed…"));
}

void CircularDialog::setRunning(bool running)
{
    // Once registered, the form stays what the circular says.
    for (QWidget *w : std::as_const(m_form))
        w->setEnabled(!running && !m_circularId);
    if (!running && !m_circularId)
        m_zone->setEnabled(m_scope->currentData().toString() == circularScopeCode(CircularScope::Zone));
    m_stop->setEnabled(running);
    prepareButton()->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!running);
}

bool CircularDialog::prepare()
{
    if (m_thread)
        return false;
    const auto refuse = [this](const core::Error &error) {
        m_summary->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                               .arg(core::ErrorText::describe(error).toHtmlEscaped()));
        if (m_circularId)
            setRunning(false); // registered already: the form stays locked
        return false;
    };
    if (!m_circularId) {
        if (!preview())
            return false;
        RegisterCircular registration(draft());
        if (auto s = m_run(registration); !s)
            return refuse(s.error());
        m_circularId = registration.circularId();
    }
    // The comuni still without a sending (all of them, after a stop).
    auto content = loadCircular(m_db, m_circularId);
    if (!content)
        return refuse(content.error());
    m_content = *content;
    m_cancel = false;
    m_result = std::make_shared<std::optional<core::Result<QList<PreparedFile>>>>();
    CircularWriteOptions options = m_writeOptions;
    if (!options.pool)
        options.pool = QThreadPool::globalInstance();
    options.cancel = &m_cancel;
    options.progress = [this, also = m_writeOptions.progress](int done, int total) {
        // A pool thread. The dialog outlives it (its destructor waits for
        // the worker), and a call queued to a deleted one is dropped.
        QMetaObject::invokeMethod(this, [this, done, total] { progress(done, total); }, Qt::QueuedConnection);
        if (also)
            also(done, total);
    };
    const int total = int(m_content.recipients.size());
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m letters"));
    m_summary->setText(tr("Circular %1: preparing the letters and messages…").arg(m_content.number).toHtmlEscaped());
    auto result = m_result;
    m_thread = QThread::create(
        [result, content = m_content, options] { *result = writeCircularFiles(content, options); });
    connect(m_thread, &QThread::finished, this, &CircularDialog::workerDone);
    setRunning(true);
    m_thread->start();
    return true;
}

bool CircularDialog::resume(qint64 circularId)
{
    auto content = loadCircular(m_db, circularId);
    if (!content) {
        m_summary->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                               .arg(core::ErrorText::describe(content.error()).toHtmlEscaped()));
        return false;
    }
    m_circularId = circularId;
    m_date->setDate(content->date);
    m_subject->setText(content->subject);
    m_body->setPlainText(content->body);
    m_folder->setText(content->folder);
    m_table->setRowCount(int(content->recipients.size()));
    for (int row = 0; row < content->recipients.size(); ++row) {
        const CircularRecipient &r = content->recipients.at(row);
        const QStringList values = { r.comune, r.sindaco, r.pec, r.pec.trimmed().isEmpty() ? tr("PEC (no message)") : QString() };
        for (int c = 0; c < values.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(values.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("Circular %1: %n comune(s) still without letter and message.", nullptr,
                           int(content->recipients.size()))
                           .arg(content->number)
                           .toHtmlEscaped());
    prepareButton()->setText(tr("Prepare &again"));
    setRunning(false);
    return true;
}

void CircularDialog::progress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(std::max(m_progress->value(), done));
    // Printed: the files are written and forced to disk, all together.
    if (done >= total && !m_cancel)
        m_summary->setText(tr("Circular %1: writing the files…").arg(m_content.number).toHtmlEscaped());
}

void CircularDialog::workerDone()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const core::Result<QList<PreparedFile>> files = m_result && m_result->has_value()
        ? **m_result
        : core::Result<QList<PreparedFile>>(core::Error(QStringLiteral("room.cancelled")));
    m_result.reset();
    const auto notWritten = [this](const QString &why) {
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        m_summary->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(why.toHtmlEscaped()));
        prepareButton()->setText(tr("Prepare &again"));
        setRunning(false);
        emit productionEnded(false);
    };
    if (!files) {
        if (files.error().code == QLatin1String("room.cancelled"))
            notWritten(tr("Stopped: no letter or message of circular %1 was written and no sending was logged. "
                          "«Prepare again» writes them; closing leaves the circular in the register without letters.")
                           .arg(m_content.number));
        else
            notWritten(tr("Circular %1: no letter or message was written and no sending was logged. %2")
                           .arg(m_content.number, core::ErrorText::describe(files.error())));
        return;
    }
    LogCircularSendings log(m_circularId, *files);
    if (auto s = m_run(log); !s) {
        notWritten(tr("Circular %1: the files were written but the sendings could not be logged. %2")
                       .arg(m_content.number, core::ErrorText::describe(s.error())));
        return;
    }
    m_outcome = circularOutcome(m_content, *files);
    m_circularId = 0;
    setRunning(false);
    emit productionEnded(true);
    QDialog::accept();
}

MayorsDialog::MayorsDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Mayors of the comuni"));
    if (auto all = circularRecipients(db, CircularScope::All, QString(), 0))
        m_comuni = *all;
    m_table = makeCircularTable({ tr("Comune"), tr("Mayor"), tr("PEC"), tr("E-mail") }, this);
    m_table->setAccessibleName(tr("The mayors of the 133 comuni"));
    m_table->setRowCount(int(m_comuni.size()));
    for (int i = 0; i < m_comuni.size(); ++i) {
        const CircularRecipient &r = m_comuni.at(i);
        const QStringList values = { r.comune, r.sindaco, r.pec, r.email };
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            if (c != 1)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    core::setColumnWidth(m_table, 1, 260);
    auto *note = new QLabel(tr("Type the mayor's name in the second column. PEC and e-mail are changed in the Comuni tab."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 640);
}

QList<QPair<int, QString>> MayorsDialog::changes() const
{
    QList<QPair<int, QString>> list;
    for (int i = 0; i < m_comuni.size(); ++i) {
        const QString name = m_table->item(i, 1)->text().simplified();
        if (name != m_comuni.at(i).sindaco)
            list.append({ m_comuni.at(i).comuneId, name });
    }
    return list;
}

} // namespace room
