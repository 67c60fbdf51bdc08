#include "syncthingdevice.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

const QString SyncthingDevice::folderId = QStringLiteral("cisiamo-sala");

namespace {

// A port nobody listens on now, chosen by the system (binding port 0), so
// that two runs of the suite side by side never pick the same one.
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString SyncthingDevice::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("syncthing"));
}

SyncthingDevice::SyncthingDevice(const QString &name)
    : m_name(name)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    m_home = m_dir.filePath(QStringLiteral("home"));
    m_folder = m_dir.filePath(QStringLiteral("folder"));
    // Syncthing refuses to use a folder without its marker (a folder on an
    // unmounted disk would look empty and delete everything on the others).
    if (!QDir().mkpath(m_folder + QStringLiteral("/.stfolder"))) {
        m_error = QStringLiteral("cannot make ") + m_folder;
        return;
    }
    QProcess generate;
    generate.start(binary(),
        { QStringLiteral("generate"), QStringLiteral("--home"), m_home, QStringLiteral("--no-default-folder"),
            QStringLiteral("--skip-port-probing") });
    if (!generate.waitForFinished(60000) || generate.exitCode() != 0) {
        m_error = QStringLiteral("syncthing generate failed: ") + QString::fromLocal8Bit(generate.readAllStandardError());
        return;
    }
    QProcess deviceId;
    deviceId.start(binary(), { QStringLiteral("serve"), QStringLiteral("--home"), m_home, QStringLiteral("--device-id") });
    if (!deviceId.waitForFinished(60000) || deviceId.exitCode() != 0) {
        m_error = QStringLiteral("syncthing --device-id failed");
        return;
    }
    m_id = QString::fromLatin1(deviceId.readAllStandardOutput()).trimmed();
    m_apiKey = QByteArray::number(QRandomGenerator::global()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    m_listenPort = freePort();
    m_guiPort = freePort();
    if (m_id.isEmpty() || m_listenPort == 0 || m_guiPort == 0 || m_listenPort == m_guiPort)
        m_error = QStringLiteral("no device id or no free port");
}

SyncthingDevice::~SyncthingDevice()
{
    stop();
}

bool SyncthingDevice::configure(const SyncthingDevice &peer)
{
    // Everything not written here keeps Syncthing's default. maxConflicts
    // must be written: a folder element without it keeps no conflict copy.
    // The free-space floors are absolute: Syncthing's default (1% of the
    // disk) stops every folder on a large disk with a few GB free, as on a
    // CI machine after two build trees, and the test needs a few MB.
    const QString config = QStringLiteral(R"(<configuration version="36">
    <folder id="%1" label="Sala operativa" path="%2" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="%3"></device>
        <device id="%4"></device>
        <versioning></versioning>
        <maxConflicts>10</maxConflicts>
        <markerName>.stfolder</markerName>
        <minDiskFree unit="MB">64</minDiskFree>
    </folder>
    <device id="%3" name="%5" compression="metadata">
        <address>dynamic</address>
    </device>
    <device id="%4" name="peer" compression="metadata">
        <address>tcp://127.0.0.1:%6</address>
    </device>
    <gui enabled="true" tls="false">
        <address>127.0.0.1:%7</address>
        <apikey>%8</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:%9</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="MB">64</minHomeDiskFree>
    </options>
</configuration>
)")
                               .arg(escaped(folderId), escaped(m_folder), m_id, peer.id(), escaped(m_name))
                               .arg(peer.listenPort())
                               .arg(m_guiPort)
                               .arg(QString::fromLatin1(m_apiKey))
                               .arg(m_listenPort);
    QFile file(m_home + QStringLiteral("/config.xml"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write config.xml");
        return false;
    }
    return true;
}

bool SyncthingDevice::start()
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
    env.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("syncthing.log")));
    // Should the test itself die (a crash, CTest's time limit), the kernel
    // stops Syncthing too: no instance is left behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // --no-restart: its monitor process never starts it again, and passes
    // our SIGTERM on to it.
    m_process->start(binary(),
        { QStringLiteral("serve"), QStringLiteral("--home"), m_home, QStringLiteral("--no-browser"),
            QStringLiteral("--no-restart"), QStringLiteral("--no-upgrade") });
    if (!m_process->waitForStarted(30000)) {
        m_error = QStringLiteral("syncthing did not start: ") + m_process->errorString();
        return false;
    }
    // Ready when the REST API answers (in a second or two; a port taken
    // meanwhile by someone else makes the caller try again on new ones).
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            m_error = QStringLiteral("syncthing exited: ") + logTail();
            return false;
        }
        const QJsonDocument ping = get(QStringLiteral("/rest/system/ping"), 2000);
        if (ping.object().value(QLatin1String("ping")).toString() == QLatin1String("pong"))
            return true;
        QTest::qWait(100);
    }
    m_error = QStringLiteral("syncthing's REST API did not answer: ") + logTail();
    return false;
}

void SyncthingDevice::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: Syncthing closes its database and exits
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool SyncthingDevice::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString SyncthingDevice::logTail() const
{
    QFile log(m_dir.filePath(QStringLiteral("syncthing.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(log.readAll().right(2000));
}

QNetworkReply *SyncthingDevice::send(
    const QByteArray &verb, const QString &pathAndQuery, int limitMs, const QByteArray &body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_guiPort).arg(pathAndQuery)));
    request.setRawHeader("X-API-Key", m_apiKey);
    request.setTransferTimeout(limitMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    // The caller sees an unfinished reply as a failure.
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, limitMs + 1000);
    return reply;
}

QJsonDocument SyncthingDevice::get(const QString &pathAndQuery, int limitMs)
{
    std::unique_ptr<QNetworkReply> reply(send("GET", pathAndQuery, limitMs));
    if (!reply->isFinished()) {
        reply->abort();
        return QJsonDocument();
    }
    if (reply->error() != QNetworkReply::NoError)
        return QJsonDocument();
    return QJsonDocument::fromJson(reply->readAll());
}

bool SyncthingDevice::post(const QString &pathAndQuery, int limitMs)
{
    std::unique_ptr<QNetworkReply> reply(send("POST", pathAndQuery, limitMs));
    if (!reply->isFinished()) {
        reply->abort();
        m_lastRefusal = QStringLiteral("no answer within %1 ms").arg(limitMs);
        return false;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // Syncthing says why in the body ("folder is not running",
        // "insufficient space ..."): the failure message carries it.
        m_lastRefusal = QStringLiteral("HTTP %1: %2")
                            .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                            .arg(QString::fromUtf8(reply->readAll()).trimmed());
        return false;
    }
    return true;
}

bool SyncthingDevice::patch(const QString &path, const QJsonObject &changes, int limitMs)
{
    std::unique_ptr<QNetworkReply> reply(
        send("PATCH", path, limitMs, QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (!reply->isFinished()) {
        reply->abort();
        return false;
    }
    return reply->error() == QNetworkReply::NoError;
}

bool SyncthingDevice::connectedTo(const SyncthingDevice &peer)
{
    const QJsonDocument connections = get(QStringLiteral("/rest/system/connections"));
    return connections.object()
        .value(QLatin1String("connections"))
        .toObject()
        .value(peer.id())
        .toObject()
        .value(QLatin1String("connected"))
        .toBool();
}
