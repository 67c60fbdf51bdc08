#include "joinroomdialog.h"

#include "core/db/idallocator.h"
#include "core/sync/invitation.h"
#include "core/ui/errortext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

JoinRoomDialog::JoinRoomDialog(QString databasePath, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(databasePath))
{
    setWindowTitle(tr("Join an operations room"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A workstation already in the room writes an invitation (cisiamo room invite --out "
                                "FILE) protected by a passphrase. Choose it here: this workstation's database is "
                                "created from it, with the room's data and accounts and its own number."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_invitation = new QLineEdit(this);
    m_invitation->setObjectName(QStringLiteral("invitation"));
    m_invitation->setPlaceholderText(tr("the .cisinvite file received"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &JoinRoomDialog::chooseInvitation);
    fileRow->addWidget(m_invitation, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&Invitation:"), this);
    fileLabel->setBuddy(m_invitation);
    form->addRow(fileLabel, fileRow);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("number"));
    // No number is offered: a plausible wrong one would be taken as given.
    m_number->setRange(0, core::maxWorkstationNumber);
    m_number->setSpecialValueText(tr("choose"));
    m_number->setValue(0);
    form->addRow(tr("Workstation &number:"), m_number);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Magazzino, Sala radio"));
    form->addRow(tr("Workstation n&ame:"), m_name);
    auto *target = new QLabel(QDir::toNativeSeparators(m_path), this);
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    target->setWordWrap(true);
    form->addRow(tr("New database:"), target);
    layout->addLayout(form);

    auto *note = new QLabel(tr("The number must not be used by any other workstation of the room: ask the "
                               "coordinator. Nobody signs in here: the accounts are those of the room."),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555f6a;"));
    layout->addWidget(note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join the room"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JoinRoomDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JoinRoomDialog::reject);
    layout->addWidget(buttons);
    m_buttons = buttons;
    setMinimumWidth(560);
}

void JoinRoomDialog::chooseInvitation()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose the invitation"), m_invitation->text(), tr("Invitations (*.cisinvite);;All files (*)"));
    if (!file.isEmpty())
        m_invitation->setText(QDir::toNativeSeparators(file));
}

void JoinRoomDialog::accept()
{
    if (m_busy)
        return;
    core::sync::JoinRequest request;
    request.invitation = QDir::fromNativeSeparators(m_invitation->text().trimmed());
    request.passphrase = m_passphrase->text();
    request.target = m_path;
    request.workstation = m_number->value();
    request.name = m_name->text().trimmed();
    request.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (request.invitation.isEmpty())
        return showError(tr("Choose the invitation file."), m_invitation);
    if (request.workstation == 0)
        return showError(tr("Give this workstation's number: ask the coordinator which one is free."), m_number);

    // Deriving the key from the passphrase and writing the new database
    // take a moment: on a worker thread, the dialog inert meanwhile.
    setBusy(true);
    auto joined = std::make_shared<std::optional<core::Result<core::sync::JoinReport>>>();
    QThread *worker = QThread::create([request, joined] { *joined = core::sync::joinByInvitation(request); });
    connect(worker, &QThread::finished, this, [this, worker, joined] {
        worker->deleteLater();
        setBusy(false);
        const core::Result<core::sync::JoinReport> &result = joined->value();
        if (!result) {
            showError(core::ErrorText::describe(result.error())); // nothing was created
        } else {
            m_summary = tr("This workstation (number %1) is now in the room «%2», invited by workstation %3. Sign in "
                           "with your account of the room, then set the sync folder in Settings.")
                            .arg(result->workstation)
                            .arg(result->roomName)
                            .arg(result->inviter);
            QDialog::accept();
        }
        emit joinFinished();
    });
    worker->start();
}

void JoinRoomDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void JoinRoomDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : { static_cast<QWidget *>(m_invitation), static_cast<QWidget *>(m_passphrase),
             static_cast<QWidget *>(m_number), static_cast<QWidget *>(m_name), m_buttons })
        w->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

void JoinRoomDialog::showError(const QString &text, QWidget *field)
{
    m_error->setText(text);
    m_error->show();
    // Grow to hold the message (wrapped labels: height for this width).
    layout()->activate();
    resize(width(), qMax(height(), heightForWidth(width())));
    if (field)
        field->setFocus();
}
