#pragma once

#include <QString>

class QCoreApplication;

// Installs the program's catalogue and Qt's own (standard buttons and
// dialogs) for the language, and sets the default QLocale: Italian by
// default; in English too dates stay dd/MM/yyyy (British English).
void installTranslations(QCoreApplication &app, const QString &language);
