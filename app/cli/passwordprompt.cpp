#include "passwordprompt.h"

#include <QFile>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

core::Result<QString> readPassword(const QString &variable, const QString &prompt, const QString &username)
{
    if (qEnvironmentVariableIsSet(qPrintable(variable)))
        return qEnvironmentVariable(qPrintable(variable));
    // Ask only someone at a terminal: a script without the variable fails
    // at once instead of waiting for an answer that never comes.
    if (!isatty(STDIN_FILENO))
        return core::Error(QStringLiteral("auth.no_password"), { username, variable });
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return core::Error(QStringLiteral("auth.no_password"), { username, variable });
    const int fd = fileno(tty);
    termios old {};
    const bool terminal = tcgetattr(fd, &old) == 0;
    if (terminal) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (terminal)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return core::Error(QStringLiteral("auth.no_password"), { username, variable });
    QString password = QString::fromLocal8Bit(buffer);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    volatile char *wipe = buffer;
    for (size_t i = 0; i < sizeof buffer; ++i)
        wipe[i] = 0;
    return password;
}
