#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace room {

// The Cabina di regia's data as the domain reads and writes it (tables
// room_board_*, migration 0022). QtCore only.

// A role of the Cabina (the five of seed 000/001, more can be added).
struct BoardRole {
    qint64 id = 0;
    QString name;
    int position = 0;
    bool active = true;
};

// A member, or a delegate of a member (delegateOf != 0, same role). Either
// an account of the room (accountId) or an external person with contacts.
struct BoardMember {
    qint64 id = 0;
    qint64 roleId = 0;
    QString role;
    qint64 delegateOf = 0;
    QString delegateOfName;
    qint64 accountId = 0;
    QString accountUsername;
    QString name;
    QString organisation;
    QString phone;
    QString email;
    bool active = true;
};

enum class MeetingMode { Remote, InPerson, Mixed };
QString meetingModeCode(MeetingMode mode);
bool meetingModeFromCode(const QString &code, MeetingMode *mode);

struct BoardMeeting {
    qint64 id = 0;
    QDate heldOn;
    MeetingMode mode = MeetingMode::Remote;
    QString notes;
    int attendees = 0;
    int decisions = 0;
    int actions = 0;
    int examined = 0;
};

struct BoardDecision {
    qint64 id = 0;
    qint64 meetingId = 0;
    QString text;
    qint64 createdAtMs = 0;
    QString operatorName;
};

// aperta, in corso, completata, annullata. Done and Cancelled are final.
enum class ActionState { Open, InProgress, Done, Cancelled };
QString actionStateCode(ActionState state);
bool actionStateFromCode(const QString &code, ActionState *state);
// Whether an action may go from one state to the other: Open <-> InProgress,
// either to Done or Cancelled; nothing leaves Done or Cancelled; never to
// the state it is in.
bool actionTransitionAllowed(ActionState from, ActionState to);
bool isFinal(ActionState state);

struct BoardAction {
    qint64 id = 0;
    qint64 meetingId = 0;
    QDate meetingDay;
    qint64 decisionId = 0;
    QString title;
    qint64 ownerId = 0;
    QString owner;
    QDate dueOn;
    ActionState state = ActionState::Open;
    qint64 stateChangedAtMs = 0;

    // Overdue: not done nor cancelled and due before `today` (an action due
    // today is not overdue yet).
    bool isOverdue(const QDate &today) const { return !isFinal(state) && dueOn.isValid() && dueOn < today; }
};

struct ActionStateChange {
    qint64 id = 0;
    ActionState state = ActionState::Open;
    qint64 changedAtMs = 0;
    QString note;
    QString operatorName;
};

// A request from the territory (Consegne) examined by a meeting.
struct ExaminedRequest {
    qint64 requestId = 0;
    QString number;
    QString recipient;
    QString comune;
    QDate requestedOn;
    QString status;
};

} // namespace room
