#pragma once

#include "volunteers/domain/art39.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace volunteers {

// One certified day as printed.
struct AttestatoDay {
    QDate day;
    QString service;
    QString place;
    bool overLimit = false;

    bool operator==(const AttestatoDay &o) const
    {
        return day == o.day && service == o.service && place == o.place && overLimit == o.overLimit;
    }
};

// The frozen text of an attestato: everything the certificate says, copied
// from the records when it was issued and stored with it (JSON in
// attestato.content), so that a reprint years later is identical even if
// the volunteer, the employer or the organisation changed since.
struct AttestatoContent {
    QString number;
    QDate issuedOn;
    QDateTime issuedAt;
    QString issuedBy;

    QString volunteerName; // "Rossi Mario"
    QString volunteerTaxCode;
    QDate volunteerBirthDate;
    QString volunteerResidence;

    QString organisationName;
    QString organisationComune;
    QString organisationRegistry;
    bool municipalGroup = false;

    bool selfEmployed = false;
    QString employerName;
    QString employerTaxCode;
    QString employerAddress;
    QString employerPec;

    QString eventName;
    EventType eventType = EventType::Ordinary;
    QString authorisingAct;

    QList<AttestatoDay> days;
    QDate reimbursementDeadline;

    QDate firstDay() const { return days.isEmpty() ? QDate() : days.constFirst().day; }
    QDate lastDay() const { return days.isEmpty() ? QDate() : days.constLast().day; }
    int overLimitCount() const;
    // Issued after the art. 39 reimbursement window of its days closed: the
    // employer can no longer claim them. Judged on the issue date (frozen),
    // so a reprint says what the original said.
    bool reimbursementClosed() const;
    QList<QDate> daysPastReimbursement() const; // every day when closed, none otherwise

    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, AttestatoContent *content);
    bool operator==(const AttestatoContent &o) const;
};

// "2021/000123"; on workstations other than the first "2021/2-000123", so
// that two workstations never give the same number.
QString attestatoNumber(int year, int workstation, int seq);
// A file name for the number: "attestato_2021-000123_RSSMRA80A01F205X.pdf".
QString attestatoFileName(const QString &number, const QString &taxCode);

} // namespace volunteers
