#pragma once

#include "core/reporting/reportdocument.h"
#include "volunteers/domain/trainingtypes.h"
#include "volunteers/ui/tabpage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace volunteers {

// Volontari › Formazione: the course editions of a year (left); the chosen
// edition's rules, sessions and participants with their attendance, test
// and certificate (right). Writes through the tab's command stack
// (trainingcommands.h); the lists are small (one year's editions, one
// edition's participants) and read on the GUI thread. GUI thread.
class TrainingPage : public TabPage {
    Q_OBJECT
public:
    TrainingPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;

    // For tests and the buttons.
    QTableWidget *editionsTable() const { return m_editions; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *participantsTable() const { return m_participants; }
    QSpinBox *yearField() const { return m_year; }
    void selectEdition(qint64 id);
    // Shows the year the edition starts in and selects it; false when there
    // is no such edition.
    bool openEdition(qint64 id);
    qint64 selectedEdition() const { return m_editionId; }
    qint64 selectedParticipant() const;
    // Issues (or finds) the certificate of a participant; the error says why
    // it is refused.
    core::Status issueCertificate(qint64 participantId, const QDate &day);
    // The participant's certificate as a document, issued first when it is
    // not yet (on the edition's last day, or today when that is past).
    core::Result<core::ReportDocument> certificateOf(qint64 participantId);

private:
    void reload();
    void showEdition();
    void addCourse();
    void editCourse();
    void courseForm(const Course &initial, const QString &title);
    void addEdition();
    void editEdition();
    void editionForm(const Edition &initial, const QString &title);
    void addSession();
    void editAttendance();
    void enrolVolunteer();
    void enrolOther();
    void recordTest();
    void printCertificate();
    void certificateTo(void (*action)(QWidget *, const core::ReportDocument &));
    void updateButtons();

    QSpinBox *m_year = nullptr;
    QTableWidget *m_editions = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_rules = nullptr;
    QTableWidget *m_sessions = nullptr;
    QTableWidget *m_participants = nullptr;
    QPushButton *m_addSession = nullptr;
    QPushButton *m_attendance = nullptr;
    QPushButton *m_enrolVolunteer = nullptr;
    QPushButton *m_enrolOther = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_certificate = nullptr;
    QPushButton *m_newEdition = nullptr;
    QPushButton *m_editCourse = nullptr;
    QPushButton *m_editEdition = nullptr;
    qint64 m_editionId = 0;
    Course m_course;
    Edition m_edition;
    QList<TrainingSession> m_sessionRows;
    QList<Participant> m_participantRows;
};

// Volontari › Esercitazioni: the organisations' exercises of a year, a new
// one, and the activity report of the yearly renewal. GUI thread.
class ExercisesPage : public TabPage {
    Q_OBJECT
public:
    ExercisesPage(core::AppContext &context, QWidget *parent);
    void tablesChanged(const QStringList &tables) override;

    QTableWidget *table() const { return m_table; }
    QSpinBox *yearField() const { return m_year; }
    QComboBox *organisationField() const { return m_organisation; }
    // The renewal report of the organisation and year chosen above (all
    // organisations when none is).
    core::Result<core::ReportDocument> renewalReport() const;

private:
    void reload();
    void addExercise();
    void showRenewalReport();

    QSpinBox *m_year = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace volunteers
