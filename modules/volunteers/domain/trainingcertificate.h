#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"
#include "volunteers/domain/trainingtypes.h"

#include <QSqlDatabase>

namespace volunteers {

// The certificate of a course ("attestato di partecipazione"), printed like
// the attestati: a core::ReportDocument in Italian (not translated: a
// document for an employer, a school, the Region), rendered by the same
// core::ReportRenderer. Only a participant whose certificate was issued
// (IssueTrainingCertificate: enough attendance, test passed) has one:
// certificateContent() refuses the others (training.certificate_not_issued,
// or the reason TrainingRules::checkCertificate gives).
struct TrainingCertificateContent {
    QString number;
    QDate issuedOn;
    QString participantName;
    QString participantTaxCode; // volunteers only
    QString organisationName; // volunteers: their organisation
    QString affiliation; // others: school or body
    QString courseTitle;
    QString editionCode;
    QDate startDate;
    QDate endDate;
    Edition::Mode mode = Edition::Mode::Presence;
    QString place;
    QList<TrainingSession> sessions;
    int attendedMinutes = 0;
    int totalMinutes = 0;
    int minAttendance = 0;
    bool finalTest = false;
    int score = -1;
    int maxScore = 0;
    QString qualification;
    QDate qualificationExpires;
};

core::Result<TrainingCertificateContent> certificateContent(const QSqlDatabase &db, qint64 participantId);
core::ReportDocument trainingCertificateDocument(const TrainingCertificateContent &content);


} // namespace volunteers
