#include "core/domain/technicallog.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <QStringList>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace core {

namespace {

struct LogState {
    QMutex mutex;
    TechnicalLog::Options options;
    QFile file;
    QString path; // empty: stderr only
    QString person;
    int workstation = 0;
    bool installed = false;
    bool failing = false; // the last write failed (said once on stderr)
    QtMessageHandler previous = nullptr;
};

// Never destroyed: Qt may log from its own global destructors, after ours.
LogState &state()
{
    static LogState *s = new LogState;
    return *s;
}

// A message logged while a line is being written (by Qt's file code, say)
// goes straight to stderr: no lock taken twice, no loop.
thread_local bool writing = false;

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 2;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "warning";
}

QString timestamp(const Clock &clock)
{
    const QDateTime at = clock.now().toLocalTime();
    const int offset = at.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz "))
        + QStringLiteral("%1%2:%3")
              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QByteArray formatLine(const LogState &s, QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString text = message;
    text.replace(QLatin1String("\r\n"), QLatin1String(" | "));
    text.replace(QLatin1Char('\n'), QLatin1String(" | "));
    text.replace(QLatin1Char('\r'), QLatin1String(" | "));
    QString line = timestamp(*s.options.clock);
    line += QLatin1Char(' ') + QLatin1String(levelName(type)) + QLatin1Char(' ')
        + QLatin1String(context.category ? context.category : "default");
    if (s.workstation > 0)
        line += QStringLiteral(" ws=%1").arg(s.workstation);
    if (!s.person.isEmpty())
        line += QStringLiteral(" user=%1").arg(s.person);
    line += QLatin1String(" | ") + text + QLatin1Char('\n');
    return line.toUtf8();
}

void writeStderr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool openFile(LogState &s)
{
    s.file.setFileName(s.path);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    // User names and workstation numbers: for the person who signed in to this computer.
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

// True when the file under our name is no longer the one we hold open
// (another process of this user moved it aside).
bool replacedUnderUs(const LogState &s)
{
#ifdef Q_OS_UNIX
    struct stat named { };
    struct stat held { };
    if (::stat(QFile::encodeName(s.path).constData(), &named) != 0)
        return true;
    if (::fstat(s.file.handle(), &held) != 0)
        return true;
    return named.st_ino != held.st_ino || named.st_dev != held.st_dev;
#else
    return false;
#endif
}

QString numbered(const QString &path, int n)
{
    return path + QLatin1Char('.') + QString::number(n);
}

void rotate(LogState &s)
{
    s.file.close();
    const int kept = std::max(0, s.options.keptFiles);
    QFile::remove(numbered(s.path, std::max(1, kept)));
    for (int i = kept - 1; i >= 1; --i)
        if (QFile::exists(numbered(s.path, i)))
            QFile::rename(numbered(s.path, i), numbered(s.path, i + 1));
    if (kept > 0)
        QFile::rename(s.path, numbered(s.path, 1));
    else
        QFile::remove(s.path);
}

void failed(LogState &s, const QString &why)
{
    s.file.close(); // opened again for the next line
    if (s.failing)
        return;
    s.failing = true;
    writeStderr(QStringLiteral("cisiamo: the technical log %1 cannot be written (%2): stderr only until it can.\n")
                    .arg(QDir::toNativeSeparators(s.path), why)
                    .toUtf8());
}

void writeFile(LogState &s, const QByteArray &line)
{
    if (s.path.isEmpty())
        return;
    if (s.file.isOpen() && replacedUnderUs(s))
        s.file.close();
    if (!s.file.isOpen() && !openFile(s)) {
        failed(s, s.file.errorString());
        return;
    }
    const qint64 size = s.file.size();
    if (size > 0 && size + line.size() > s.options.maxBytes) {
        rotate(s);
        if (!openFile(s)) {
            failed(s, s.file.errorString());
            return;
        }
    }
    if (s.file.write(line) != line.size()) {
        failed(s, s.file.errorString());
        return;
    }
    s.failing = false;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (writing) {
        writeStderr(message.toUtf8() + '\n');
        return;
    }
    writing = true;
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        const QByteArray line = formatLine(s, type, context, message);
        const bool own = context.category && qstrncmp(context.category, "cisiamo.", 8) == 0;
        if (!own || (s.options.ownToStderr && severity(type) >= severity(s.options.stderrFrom)))
            writeStderr(line);
        writeFile(s, line);
    }
    writing = false;
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

bool TechnicalLog::install(const Options &options)
{
    LogState &s = state();
    bool writable = false;
    {
        QMutexLocker lock(&s.mutex);
        s.file.close();
        s.options = options;
        if (!s.options.clock)
            s.options.clock = &SystemClock::instance();
        s.failing = false;
        s.path.clear();
        if (!options.folder.isEmpty() && QDir().mkpath(options.folder)) {
            s.path = QDir(options.folder).filePath(fileName());
            writable = openFile(s);
            if (!writable)
                s.path.clear();
        }
        if (!s.installed)
            s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return writable;
}

void TechnicalLog::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    s.file.close();
    s.path.clear();
    s.person.clear();
    s.workstation = 0;
}

bool TechnicalLog::isInstalled()
{
    QMutexLocker lock(&state().mutex);
    return state().installed;
}

void TechnicalLog::setOwnToStderr(bool shown)
{
    QMutexLocker lock(&state().mutex);
    state().options.ownToStderr = shown;
}

void TechnicalLog::setPerson(const QString &userName)
{
    QMutexLocker lock(&state().mutex);
    state().person = userName.simplified();
}

void TechnicalLog::setWorkstation(int number)
{
    QMutexLocker lock(&state().mutex);
    state().workstation = number;
}

QString TechnicalLog::filePath()
{
    QMutexLocker lock(&state().mutex);
    return state().path;
}

QString TechnicalLog::folder()
{
    QMutexLocker lock(&state().mutex);
    return state().options.folder;
}

QString TechnicalLog::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("log"));
}

bool TechnicalLog::setLevel(const QString &level)
{
    static const QStringList levels
        = { QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical") };
    const qsizetype from = levels.indexOf(level.trimmed().toLower());
    if (from < 0)
        return false;
    QStringList rules;
    for (qsizetype i = 0; i < levels.size(); ++i)
        rules.append(QStringLiteral("cisiamo.*.%1=%2").arg(levels.at(i), i >= from ? QStringLiteral("true") : QStringLiteral("false")));
    QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
    return true;
}

QString TechnicalLog::readTail(const QString &folder, qint64 maxBytes)
{
    const QString path = QDir(folder).filePath(fileName());
    QByteArray bytes;
    qint64 wanted = std::max<qint64>(0, maxBytes);
    bool cut = false;
    for (const QString &file : { path, numbered(path, 1) }) {
        if (wanted <= 0)
            break;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            break;
        const qint64 size = f.size();
        const qint64 from = std::max<qint64>(0, size - wanted);
        if (!f.seek(from))
            break;
        bytes.prepend(f.read(wanted));
        cut = from > 0;
        wanted -= size - from;
    }
    if (cut) { // the first line began before what was read
        const qsizetype newline = bytes.indexOf('\n');
        bytes = newline < 0 ? QByteArray() : bytes.mid(newline + 1);
    }
    return QString::fromUtf8(bytes);
}

} // namespace core
