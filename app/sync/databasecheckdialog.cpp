#include "databasecheckdialog.h"

#include "sync/backgroundcheck.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

DatabaseCheckDialog::DatabaseCheckDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Database check"));
    setObjectName(QStringLiteral("databaseCheck"));
    m_text = new QLabel(tr("Checking the database: integrity and references. On a database of several years this "
                           "takes a few minutes; you can go on working meanwhile."),
                        this);
    m_text->setObjectName(QStringLiteral("checkText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMinimumWidth(420);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // how far it is cannot be known: "in progress"
    m_busy->setTextVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    m_check = new BackgroundCheck(this);
    connect(m_check, &BackgroundCheck::finished, this,
            [this](const QString &, bool damaged, const QStringList &problems) { showOutcome(damaged, problems); });
    m_check->start(databasePath);
}

DatabaseCheckDialog::~DatabaseCheckDialog()
{
    m_check->cancel(); // interrupts the worker's check and waits for it
}

bool DatabaseCheckDialog::isChecking() const
{
    return !m_done;
}

void DatabaseCheckDialog::showOutcome(bool damaged, const QStringList &problems)
{
    m_done = true;
    m_damaged = damaged;
    m_busy->hide();
    if (problems.isEmpty())
        m_text->setText(tr("The database is intact: integrity and references are correct."));
    else if (damaged)
        m_text->setText(tr("<b style='color:#b71c1c'>The database has problems.</b> Make a backup and call for "
                           "technical help.<br><br>%1")
                            .arg(problems.mid(0, 20).join(QLatin1Char('\n')).toHtmlEscaped().replace(
                                QLatin1Char('\n'), QStringLiteral("<br>"))));
    else // it could not be opened for the check
        m_text->setText(problems.join(QLatin1Char('\n')));
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    adjustSize();
    emit checkFinished();
}
