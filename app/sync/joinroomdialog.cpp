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
#include <QVBoxLayout>

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
    m_invitation->setPlaceholderText(tr("the invitation file (on a USB key, received by the coordinator)"));
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
    m_number->setRange(1, core::maxWorkstationNumber);
    m_number->setValue(2);
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
    core::sync::JoinRequest request;
    request.invitation = QDir::fromNativeSeparators(m_invitation->text().trimmed());
    request.passphrase = m_passphrase->text();
    request.target = m_path;
    request.workstation = m_number->value();
    request.name = m_name->text().trimmed();
    request.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (request.invitation.isEmpty()) {
        m_error->setText(tr("Choose the invitation file."));
        m_error->show();
        m_invitation->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto joined = core::sync::joinByInvitation(request);
    QApplication::restoreOverrideCursor();
    if (!joined) {
        m_error->setText(core::ErrorText::describe(joined.error()));
        m_error->show();
        return; // the dialog stays open; nothing was created
    }
    m_summary = tr("This workstation (number %1) is now in the room «%2», invited by workstation %3. Sign in with "
                   "your account of the room, then set the sync folder in Settings.")
                    .arg(joined->workstation)
                    .arg(joined->roomName)
                    .arg(joined->inviter);
    QDialog::accept();
}
