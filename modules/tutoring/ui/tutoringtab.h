#pragma once

#include "core/ui/moduletab.h"

class QLabel;
class QTabWidget;

namespace tutoring {

class BackgroundReader;

class AssistantsPage;
class BesPage;
class CalendarPage;
class LessonsPage;
class PupilsPage;
class ReportsPage;
class TutorsPage;

// The "ConosciAMO" tab: the booking calendar, the lessons and their
// outcomes, pupils, study assistants, tutors, BES assignments and reports,
// as pages of one tab; imports and the service period from its toolbar.
class TutoringTab : public core::ModuleTab {
    Q_OBJECT
public:
    enum Page { Calendar, Lessons, Pupils, Assistants, Tutors, Bes, Reports };

    explicit TutoringTab(core::AppContext &context, QWidget *parent = nullptr);

    void showPage(Page page);
    QTabWidget *pages() const { return m_pages; }
    CalendarPage *calendarPage() const { return m_calendar; }
    LessonsPage *lessonsPage() const { return m_lessons; }
    PupilsPage *pupilsPage() const { return m_pupils; }
    AssistantsPage *assistantsPage() const { return m_assistants; }
    BesPage *besPage() const { return m_bes; }
    ReportsPage *reportsPage() const { return m_reports; }
    // The status line (service period, lessons today, past lessons without
    // an outcome): read on a worker thread (statusLoading() until shown).
    QString statusText() const;
    bool statusLoading() const;
    Qt::HANDLE statusReadOn() const { return m_statusReadOn; }

    // "calendar", "lessons", "pupils", "assistants", "tutors", "bes",
    // "reports"; records: "pupil".
    bool openPage(const QString &page) override;
    bool showRecord(const QString &kind, qint64 id) override;
    QString helpSection() const override;

protected:
    void buildContent() override;
    void tablesChanged(const QStringList &tables) override;

private:
    void editPeriod();
    void importFile(int kind);
    void updateStatus();
    void showStatus(const QString &text);

    QTabWidget *m_pages = nullptr;
    QLabel *m_status = nullptr;
    CalendarPage *m_calendar = nullptr;
    LessonsPage *m_lessons = nullptr;
    PupilsPage *m_pupils = nullptr;
    AssistantsPage *m_assistants = nullptr;
    TutorsPage *m_tutors = nullptr;
    BesPage *m_bes = nullptr;
    ReportsPage *m_reports = nullptr;
    BackgroundReader *m_reader = nullptr;
    Qt::HANDLE m_statusReadOn = nullptr;
};

} // namespace tutoring
