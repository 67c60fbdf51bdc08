#pragma once

#include "listening/domain/listeningservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace listening {

// The selected request: who left the message and why (for entitled roles
// only), its deadline, and everything that happened to it in order
// (assignments, attempts, calls to 118, outcome). The buttons ask the tab
// to act; each is enabled only when the role may and the case allows it,
// and its tooltip names the role that may when it may not.
class RequestPanel : public QWidget {
    Q_OBJECT
public:
    explicit RequestPanel(QWidget *parent = nullptr);

    void showDetail(const RequestDetail &detail, const QSqlDatabase &db);
    void clear();
    qint64 requestId() const { return m_requestId; }
    QString html() const;
    QPushButton *attemptButton() const { return m_attempt; }

signals:
    void assignRequested();
    void attemptRequested();
    void cancelAttemptRequested();
    void escalationRequested();
    void outcomeRequested();
    void closeUnreachableRequested();

private:
    void enable(QPushButton *button, bool open, const QString &permission, const QSqlDatabase &db);

    qint64 m_requestId = 0;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_attempt = nullptr;
    QPushButton *m_cancelAttempt = nullptr;
    QPushButton *m_escalate = nullptr;
    QPushButton *m_outcome = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace listening
