#include "settingsdialog.h"

#include "appsettings.h"

#include "core/commands/commandrunner.h"
#include "core/commands/workstationcommands.h"
#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/localconfig.h"
#include "core/sync/room.h"
#include "core/ui/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const QSqlDatabase &db, const QString &currentDatabase, QWidget *parent)
    : QDialog(parent), m_db(db), m_currentDatabase(currentDatabase)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);
    m_pages = new QTabWidget(this);

    auto *general = new QWidget(m_pages);
    auto *generalForm = new QFormLayout(general);
    QWidget *databaseRow = new QWidget(general);
    pathField(&m_database, tr("database file (.sqlite)"), false, databaseRow);
    m_database->setText(currentDatabase);
    generalForm->addRow(tr("&Database:"), databaseRow);
    m_language = new QComboBox(general);
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    generalForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies from the next start."), general);
    languageNote->setStyleSheet(QStringLiteral("color: #555f6a;"));
    generalForm->addRow(QString(), languageNote);
    m_pages->addTab(general, tr("General"));

    auto *station = new QWidget(m_pages);
    auto *stationForm = new QFormLayout(station);
    m_workstation = new QSpinBox(station);
    m_workstation->setRange(1, core::maxWorkstationNumber);
    m_workstation->setValue(std::max(1, core::sessionWorkstation(db)));
    stationForm->addRow(tr("Workstation &number:"), m_workstation);
    m_workstationName = new QLineEdit(core::LocalConfig::value(db, core::LocalConfig::workstationName), station);
    m_workstationName->setPlaceholderText(tr("e.g. Sala operativa 1, Magazzino"));
    m_workstationName->setMaxLength(core::SetWorkstation::maxNameLength);
    stationForm->addRow(tr("Workstation n&ame:"), m_workstationName);
    auto *stationNote = new QLabel(tr("Every workstation that shares data must have its own number: "
                                      "it is part of every record it creates."), station);
    stationNote->setWordWrap(true);
    stationNote->setStyleSheet(QStringLiteral("color: #555f6a;"));
    stationForm->addRow(QString(), stationNote);
    m_idleMinutes = new QSpinBox(station);
    m_idleMinutes->setRange(AppSettings::minIdleLockMinutes, AppSettings::maxIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(AppSettings::idleLockMinutes());
    stationForm->addRow(tr("&Lock after inactivity:"), m_idleMinutes);
    auto *idleNote = new QLabel(tr("A workstation left alone locks itself and hides what is on screen: callers' data "
                                   "must not stay in view of whoever passes by."), station);
    idleNote->setWordWrap(true);
    idleNote->setStyleSheet(QStringLiteral("color: #555f6a;"));
    stationForm->addRow(QString(), idleNote);
    m_pages->addTab(station, tr("Workstation"));

    auto *sync = new QWidget(m_pages);
    auto *syncForm = new QFormLayout(sync);
    // The room: shown when there is one; otherwise its first workstation
    // may create it here (the others join with a copy of its database).
    if (!core::sync::Room::key(db).isEmpty()) {
        syncForm->addRow(tr("Operations room:"), new QLabel(core::sync::Room::name(db), sync));
    } else {
        m_roomName = new QLineEdit(sync);
        m_roomName->setPlaceholderText(tr("name of a new room, on its first workstation only"));
        m_roomName->setMaxLength(80);
        syncForm->addRow(tr("Operations &room:"), m_roomName);
        auto *roomNote = new QLabel(tr("This database belongs to no operations room yet and exchanges nothing. On the "
                                       "first workstation give the room a name; the others join it by starting from a "
                                       "copy of that workstation's database."),
            sync);
        roomNote->setWordWrap(true);
        roomNote->setStyleSheet(QStringLiteral("color: #555f6a;"));
        syncForm->addRow(QString(), roomNote);
    }
    QWidget *syncRow = new QWidget(sync);
    pathField(&m_syncFolder, tr("shared folder, USB key or synced folder"), true, syncRow, tr("Choose the sync folder"));
    m_syncFolder->setText(AppSettings::syncFolder());
    syncForm->addRow(tr("Sync &folder:"), syncRow);
    auto *syncNote = new QLabel(tr("Changes are exchanged with the other workstations through this folder. "
                                   "It can be missing for a while: the program keeps working offline."), sync);
    syncNote->setWordWrap(true);
    syncNote->setStyleSheet(QStringLiteral("color: #555f6a;"));
    syncForm->addRow(QString(), syncNote);
    m_syncInterval = new QSpinBox(sync);
    m_syncInterval->setRange(1, 1440);
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setValue(AppSettings::syncIntervalMinutes());
    m_syncInterval->setMaximumWidth(120);
    syncForm->addRow(tr("Synchronise &every:"), m_syncInterval);
    QWidget *openDataRow = new QWidget(sync);
    pathField(&m_openDataFolder, tr("default: \"open-data\" next to the database"), true, openDataRow, tr("Choose the open data folder"));
    m_openDataFolder->setText(AppSettings::openDataFolder());
    syncForm->addRow(tr("&Open data folder:"), openDataRow);
    auto *openDataNote = new QLabel(tr("Distributions per comune (CSV and GeoJSON) for the public map are written here at every "
                                       "synchronisation."), sync);
    openDataNote->setWordWrap(true);
    openDataNote->setStyleSheet(QStringLiteral("color: #555f6a;"));
    syncForm->addRow(QString(), openDataNote);
    m_pages->addTab(sync, tr("Synchronisation"));

    auto *backups = new QWidget(m_pages);
    auto *backupForm = new QFormLayout(backups);
    QWidget *backupRow = new QWidget(backups);
    pathField(&m_backupFolder, tr("default: \"backups\" next to the database"), true, backupRow, tr("Choose the backup folder"));
    m_backupFolder->setText(AppSettings::backupFolder());
    backupForm->addRow(tr("Backup &folder:"), backupRow);
    m_keepBackups = new QSpinBox(backups);
    m_keepBackups->setRange(1, 365);
    m_keepBackups->setValue(AppSettings::keepBackups());
    m_keepBackups->setMaximumWidth(120);
    backupForm->addRow(tr("&Keep the newest:"), m_keepBackups);
    auto *backupNote = new QLabel(tr("A consistent copy of the database is taken every day while the program runs. Prefer a "
                                     "folder on another disk or a USB key: if the disk breaks, the backups must survive it."), backups);
    backupNote->setWordWrap(true);
    backupNote->setStyleSheet(QStringLiteral("color: #555f6a;"));
    backupForm->addRow(QString(), backupNote);
    m_pages->addTab(backups, tr("Backups"));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QLineEdit *SettingsDialog::pathField(QLineEdit **edit, const QString &placeholder, bool folder, QWidget *parent, const QString &caption)
{
    *edit = new QLineEdit(parent);
    (*edit)->setPlaceholderText(placeholder);
    (*edit)->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("Browse..."), parent);
    QLineEdit *target = *edit;
    connect(browse, &QPushButton::clicked, this, [this, target, folder, caption] {
        const QString chosen = folder
            ? QFileDialog::getExistingDirectory(this, caption, target->text())
            : QFileDialog::getSaveFileName(this, tr("Choose the database"), target->text(), tr("Databases (*.sqlite *.db)"),
                                           nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            target->setText(chosen);
    });
    auto *row = new QHBoxLayout(parent);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(target, 1);
    row->addWidget(browse);
    return target;
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

QString SettingsDialog::databasePath() const
{
    return m_database->text().trimmed();
}

void SettingsDialog::accept()
{
    m_error->hide();
    if (databasePath().isEmpty()) {
        m_error->setText(core::ErrorText::describe(core::Error(QStringLiteral("db.no_path"))));
        m_error->show();
        showPage(Page::General);
        return;
    }
    // The workstation is a property of the database: changed through its
    // command (settings.manage, one transaction, audited), refused if
    // another workstation already uses the number. Untouched, nothing runs:
    // anyone may change the language.
    const QString name = m_workstationName->text().simplified();
    if (m_workstation->value() != core::sessionWorkstation(m_db)
        || name != core::LocalConfig::value(m_db, core::LocalConfig::workstationName)) {
        core::SetWorkstation command(m_workstation->value(), name);
        if (auto s = core::CommandRunner(m_db).run(command); !s) {
            m_error->setText(core::ErrorText::describe(s.error()));
            m_error->show();
            showPage(Page::Workstation);
            return;
        }
        command.adoptOn(m_db);
    }
    // A new room: its key is made through its command (sync.manage, audited).
    if (m_roomName && !m_roomName->text().trimmed().isEmpty()) {
        core::sync::CreateRoom command(m_roomName->text());
        if (auto s = core::CommandRunner(m_db).run(command); !s) {
            m_error->setText(core::ErrorText::describe(s.error()));
            m_error->show();
            showPage(Page::Sync);
            return;
        }
    }
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setIdleLockMinutes(m_idleMinutes->value());
    AppSettings::setSyncFolder(m_syncFolder->text().trimmed());
    AppSettings::setSyncIntervalMinutes(m_syncInterval->value());
    AppSettings::setOpenDataFolder(m_openDataFolder->text().trimmed());
    AppSettings::setBackupFolder(m_backupFolder->text().trimmed());
    AppSettings::setKeepBackups(m_keepBackups->value());
    const QString newPath = QFileInfo(databasePath()).absoluteFilePath();
    m_databaseChanged = newPath != QFileInfo(m_currentDatabase).absoluteFilePath();
    if (m_databaseChanged)
        AppSettings::setDatabasePath(newPath);
    QDialog::accept();
}
