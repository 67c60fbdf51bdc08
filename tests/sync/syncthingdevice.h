#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

// One real Syncthing instance for a test (the Debian package's binary),
// closed in on the loopback interface: its own home, a listening port and
// a GUI/REST port chosen free by the system, an API key set by the test;
// global and local discovery, relays, NAT traversal, usage and crash
// reporting and upgrades all off. Each device lists the other with its
// explicit tcp address. The process is stopped when the object goes (also
// when the test fails half-way): no instance outlives its test.
class SyncthingDevice {
public:
    static QString binary(); // empty when Syncthing is not installed
    static const QString folderId;

    // Generates the keys in a new home (`syncthing generate`), makes the
    // shared folder with its marker. errorText() says what failed.
    explicit SyncthingDevice(const QString &name);
    ~SyncthingDevice();
    SyncthingDevice(const SyncthingDevice &) = delete;
    SyncthingDevice &operator=(const SyncthingDevice &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    QString id() const { return m_id; }
    QString folder() const { return m_folder; }
    quint16 listenPort() const { return m_listenPort; }

    // Writes config.xml: this device and `peer` share folderId (send and
    // receive, no versioning, conflict copies kept).
    bool configure(const SyncthingDevice &peer);
    bool start();
    void stop();
    bool isRunning() const;
    // The end of Syncthing's log, for a failure message.
    QString logTail() const;

    // The REST API (X-API-Key); an invalid document when the call failed
    // (not answering, HTTP error) within `limitMs`.
    QJsonDocument get(const QString &pathAndQuery, int limitMs = 10000);
    bool post(const QString &pathAndQuery, int limitMs = 30000);
    // Why the last post() failed: Syncthing's answer, for a failure message.
    QString lastRefusal() const { return m_lastRefusal; }
    // Changes part of the configuration (PATCH /rest/config/...).
    bool patch(const QString &path, const QJsonObject &changes, int limitMs = 30000);
    // Whether the REST API says the peer is connected now.
    bool connectedTo(const SyncthingDevice &peer);
    // Scans the shared folder now (instead of waiting for the watcher).
    bool scan() { return post(QStringLiteral("/rest/db/scan?folder=") + folderId); }

private:
    QNetworkReply *send(const QByteArray &verb, const QString &pathAndQuery, int limitMs, const QByteArray &body = {});

    QString m_name;
    QTemporaryDir m_dir; // home/ and folder/; removed after the process stops
    QString m_home;
    QString m_folder;
    QString m_id;
    QByteArray m_apiKey;
    quint16 m_listenPort = 0;
    quint16 m_guiPort = 0;
    QString m_error;
    QString m_lastRefusal;
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
};
