#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QTime>

namespace listening {

// A weekly remote support group for volunteers, led by two psychologists.
struct SupportGroup {
    qint64 id = 0;
    QString name;
    int weekday = 1; // 1 Monday ... 7 Sunday
    QTime start;
    int durationMinutes = 90;
    qint64 firstPsychologistId = 0;
    qint64 secondPsychologistId = 0;
    QString firstPsychologist;
    QString secondPsychologist;
    QString meetingLink;
    QDate startsOn;
    QDate endsOn; // invalid: ongoing
    int participants = 0; // current
    int sessionsHeld = 0;
    QDate lastSession;
};

struct Participant {
    qint64 id = 0;
    qint64 groupId = 0;
    QDate joinedOn;
    QDate leftOn;
    QString organisation;
    bool nameVisible = false;
    QString name; // opened only for sessions entitled to callers' data
};

struct GroupSession {
    qint64 id = 0;
    qint64 groupId = 0;
    QDate heldOn;
    int attendees = 0;
};

// Support groups, their participants (names sealed like callers' data) and
// the sessions held. Changes need listening.groups.manage. Codes: listening.*.
class SupportGroupService {
public:
    explicit SupportGroupService(QSqlDatabase db, const core::Clock &clock = core::SystemClock::instance());

    core::Result<QList<SupportGroup>> groups() const;
    core::Result<qint64> saveGroup(const SupportGroup &group);
    core::Result<QList<Participant>> participants(qint64 groupId) const;
    core::Result<qint64> addParticipant(
        qint64 groupId, const QString &name, const QString &organisation, const QDate &joinedOn);
    core::Status participantLeft(qint64 participantId, const QDate &leftOn);
    core::Result<QList<GroupSession>> sessions(qint64 groupId) const;
    // A session held on its weekday, within the group's dates, not in the future.
    core::Result<qint64> recordSession(qint64 groupId, const QDate &heldOn, int attendees);

    // The first date on or after `from` when the group meets (invalid
    // when it has ended by then). Pure.
    static QDate nextSession(const SupportGroup &group, const QDate &from);

private:
    core::Result<SupportGroup> group(qint64 id) const;

    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace listening
