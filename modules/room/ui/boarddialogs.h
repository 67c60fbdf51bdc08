#pragma once

#include "room/domain/boardcommands.h"

#include <QCoreApplication>
#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace core {
class DateField;
}

namespace room {

// The Cabina di regia's dialogs: each collects one command's input; the
// page runs the command. GUI thread; the lists they read are bounded (the
// members, a day's pending requests, a meeting's decisions).

// The meeting of a day: mode, notes, who attended, the requests examined.
class MeetingDialog : public QDialog {
    Q_OBJECT
public:
    MeetingDialog(const QSqlDatabase &db, const QDate &day, const QDate &today, QWidget *parent = nullptr);
    MeetingInput input() const;
    core::DateField *dayField() const { return m_day; }
    QListWidget *attendees() const { return m_attendees; }
    QListWidget *requests() const { return m_requests; }

private:
    void load(const QDate &day);

    QSqlDatabase m_db;
    core::DateField *m_day = nullptr;
    QComboBox *m_mode = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QListWidget *m_attendees = nullptr;
    QListWidget *m_requests = nullptr;
};

// A new action: title, owner, due date, the decision it comes from.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    ActionDialog(const QSqlDatabase &db, qint64 meetingId, const QDate &defaultDue, QWidget *parent = nullptr);
    BoardAction action() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *ownerBox() const { return m_owner; }

private:
    qint64 m_meetingId;
    QLineEdit *m_title = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_decision = nullptr;
    core::DateField *m_due = nullptr;
};

// A change of state: the states the action may go to, and a note.
class ActionStateDialog : public QDialog {
    Q_OBJECT
public:
    ActionStateDialog(const BoardAction &action, QWidget *parent = nullptr);
    ActionState state() const;
    QString note() const;
    QComboBox *stateBox() const { return m_state; }

private:
    QComboBox *m_state = nullptr;
    QLineEdit *m_note = nullptr;
};

// A member or delegate of the Cabina: role, whom they stand in for, an
// account of the room or an external person's contacts.
class MemberDialog : public QDialog {
    Q_OBJECT
public:
    MemberDialog(const QSqlDatabase &db, const BoardMember &member, QWidget *parent = nullptr);
    BoardMember member() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }

private:
    void fillPrincipals();

    QSqlDatabase m_db;
    BoardMember m_member;
    QList<BoardMember> m_all;
    QComboBox *m_role = nullptr;
    QComboBox *m_delegateOf = nullptr;
    QComboBox *m_account = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_active = nullptr;
};

// A list read for a form: empty when the read failed (the command refuses
// what is wrong, with its reason).
template<typename T>
T orEmpty(core::Result<T> result)
{
    return result ? std::move(result).value() : T();
}

// Words for the codes, shared by the page and the dialogs.
struct BoardText {
    Q_DECLARE_TR_FUNCTIONS(room::BoardText)
public:
    static QString state(ActionState state);
    static QString mode(MeetingMode mode);
};

} // namespace room
