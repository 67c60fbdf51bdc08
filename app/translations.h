#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the program's catalogue and Qt's own (standard buttons and
// dialogs) for the language, and sets the default QLocale: Italian by
// default; in English too dates stay dd/MM/yyyy (British English).
void installTranslations(QCoreApplication &app, const QString &language);

// The language the system asks for ("it" or "en"): the first of its
// interface languages (LANGUAGE, then LC_ALL / LC_MESSAGES / LANG, as
// QLocale::system() reads them) that the program speaks; Italian for any
// other language and for the C locale, whose LANGUAGE gettext ignores too.
QString languageOfSystem(const QLocale &system);

// The interface language: --lang, else the one saved in the settings, else
// the system's. Empty arguments mean "not given".
QString chooseLanguage(const QString &fromCommandLine, const QString &saved, const QLocale &system);
