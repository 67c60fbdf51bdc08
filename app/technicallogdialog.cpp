#include "technicallogdialog.h"

#include "core/domain/technicallog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

TechnicalLogDialog::TechnicalLogDialog(QString folder, QWidget *parent)
    : QDialog(parent), m_folder(std::move(folder))
{
    setWindowTitle(tr("Technical log"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("technicalLogText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth); // the cause is at the end of a long line
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Reading the log..."));
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyLog"));
    QPushButton *open = buttons->addButton(tr("Open the &folder"), QDialogButtonBox::ActionRole);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(m_copy, &QPushButton::clicked, this, &TechnicalLogDialog::copy);
    connect(open, &QPushButton::clicked, this, &TechnicalLogDialog::openFolder);
    connect(refresh, &QPushButton::clicked, this, &TechnicalLogDialog::reload);
    open->setEnabled(!m_folder.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    connect(&m_reading, &QFutureWatcher<QString>::finished, this, [this] { showText(m_reading.result()); });
    resize(980, 560);
    reload();
}

TechnicalLogDialog::~TechnicalLogDialog()
{
    m_reading.disconnect(this);
    m_reading.waitForFinished(); // a bounded read of a local file
}

void TechnicalLogDialog::reload()
{
    if (m_reading.isRunning())
        return;
    if (m_folder.isEmpty()) {
        m_where->setText(tr("The technical log is not written to a file on this computer (its folder cannot be "
                            "written): the program writes it only to the terminal."));
        m_text->clear();
        emit loaded();
        return;
    }
    m_where->setText(tr("The last lines of %1, the newest at the bottom. They hold no personal data: send them to "
                        "whoever looks after the workstation when something does not work.")
                         .arg(QDir::toNativeSeparators(QDir(m_folder).filePath(core::TechnicalLog::fileName()))));
    const QString folder = m_folder;
    m_reading.setFuture(QtConcurrent::run([folder] { return core::TechnicalLog::readTail(folder, maxBytes); }));
}

void TechnicalLogDialog::showText(const QString &text)
{
    m_text->setPlainText(text.isEmpty() ? tr("(The log is empty.)") : text);
    m_copy->setEnabled(!text.isEmpty());
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    emit loaded();
}

void TechnicalLogDialog::copy()
{
    QApplication::clipboard()->setText(m_text->toPlainText());
}

void TechnicalLogDialog::openFolder()
{
    QDir().mkpath(m_folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}
