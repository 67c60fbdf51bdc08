#pragma once

#include "core/domain/result.h"

#include <QString>

// Passwords on the command line never travel as arguments (anyone can read
// those with ps): they come from an environment variable, for scripts, or
// are typed at the terminal with the echo off.
inline const QString passwordVariable = QStringLiteral("CISIAMO_PASSWORD");
inline const QString newPasswordVariable = QStringLiteral("CISIAMO_NEW_PASSWORD");
inline const QString roomPassphraseVariable = QStringLiteral("CISIAMO_ROOM_PASSPHRASE");

// The password for `username`: the variable when set, else asked on the
// terminal (/dev/tty) when standard input is one. Code auth.no_password
// {username, variable} when neither is possible (a script without the
// variable).
core::Result<QString> readPassword(const QString &variable, const QString &prompt, const QString &username);
