#include "tutoring/ui/tutoringwidgets.h"

#include "core/ui/errortext.h"
#include "tutoring/domain/tutoringlabels.h"
#include "tutoring/domain/tutoringlists.h"
#include "tutoring/ui/tutoringerrortext.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QMessageBox>
#include <QStringListModel>

namespace tutoring {

void TutoringWidgets::fillSubjects(QComboBox *combo, const QList<Subject> &subjects, std::optional<SchoolOrder> order)
{
    const QVariant current = combo->currentData();
    combo->clear();
    for (const Subject &s : subjects)
        if (!order || s.order == *order)
            combo->addItem(s.order == SchoolOrder::Middle ? tr("%1 (middle school)").arg(s.name) : s.name, s.id);
    const int index = combo->findData(current);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString TutoringWidgets::pupilLabel(const Pupil &p)
{
    return QStringLiteral("%1 (%2) · %3").arg(p.fullName(), p.code, Labels::schoolClass(p.order, p.classYear));
}

QString TutoringWidgets::describe(const core::Error &error)
{
    core::Error shown = error;
    // Form errors name the field in the sentence; the location adds nothing.
    if (shown.where.file.isEmpty() && shown.where.line == 0)
        shown.where.field.clear();
    return core::ErrorText::describe(shown);
}

void TutoringWidgets::showError(QWidget *parent, const QString &title, const core::Error &error)
{
    QMessageBox::warning(parent, title, describe(error));
}

// --- ComuneField ---------------------------------------------------------------

ComuneField::ComuneField(const QSqlDatabase &db, QWidget *parent)
    : QLineEdit(parent)
    , m_db(db)
{
    setPlaceholderText(tr("Any Italian comune, e.g. Cisliano or Limbiate (MB)"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *completer = new QCompleter(new QStringListModel(TutoringLists::comuneLabels(db), this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    setCompleter(completer);
    if (auto matcher = core::ComuneMatcher::load(db))
        m_matcher = std::move(*matcher);
    connect(this, &QLineEdit::editingFinished, this, &ComuneField::resolve);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &ComuneField::resolve);
}

void ComuneField::setComune(int comuneId)
{
    m_comuneId = 0;
    if (const QString label = TutoringLists::comuneLabel(m_db, comuneId); !label.isEmpty()) {
        setText(label);
        m_comuneId = comuneId;
        m_status->clear();
    } else {
        clear();
    }
}

void ComuneField::resolve()
{
    const int before = m_comuneId;
    m_comuneId = 0;
    const QString typed = text().trimmed();
    if (typed.isEmpty() || !m_matcher) {
        m_status->clear();
    } else {
        const core::ComuneMatch m = m_matcher->match(typed);
        QStringList suggestions;
        for (const core::ComuneCandidate &c : m.suggestions)
            suggestions.append(c.label());
        switch (m.kind) {
        case core::ComuneMatch::Kind::Exact:
            m_comuneId = m.comune.comuneId;
            m_status->setText(
                m.viaAlias ? tr("→ %1 (former name)").arg(m.comune.label()) : tr("→ %1").arg(m.comune.label()));
            break;
        case core::ComuneMatch::Kind::Corrected:
            m_comuneId = m.comune.comuneId;
            m_status->setText(tr("→ %1 (corrected from «%2»)").arg(m.comune.label(), typed));
            break;
        case core::ComuneMatch::Kind::Ambiguous:
            m_status->setText(tr("More than one comune: %1. Add the province, e.g. «Name (MI)».")
                                  .arg(suggestions.join(QStringLiteral(", "))));
            break;
        case core::ComuneMatch::Kind::NotFound:
            m_status->setText(suggestions.isEmpty()
                    ? tr("Unknown comune.")
                    : tr("Unknown comune. Did you mean: %1?").arg(suggestions.join(QStringLiteral(", "))));
            break;
        }
    }
    QPalette pal = m_status->palette();
    pal.setColor(
        QPalette::WindowText, m_comuneId || typed.isEmpty() ? QColor(0x2e, 0x5d, 0x2e) : QColor(0xb7, 0x1c, 0x1c));
    m_status->setPalette(pal);
    if (before != m_comuneId)
        emit comuneChanged(m_comuneId);
}

} // namespace tutoring
