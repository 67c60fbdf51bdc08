#include "undomergedialog.h"

#include "core/commands/commandrunner.h"
#include "core/sync/naturalkeys.h"
#include "core/ui/errortext.h"
#include "core/ui/syncerrortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

UndoMergeDialog::UndoMergeDialog(
    const QSqlDatabase &db, const core::Clock &clock, core::sync::MergeRecord merge, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_merge(std::move(merge))
{
    setWindowTitle(tr("Undo merge"));
    const QString merged = core::sync::ReconcileCase::label(m_merge.merged);
    const QString kept
        = m_merge.kept.isEmpty() ? tr("the record kept") : core::sync::ReconcileCase::label(m_merge.kept);
    auto *question = new QLabel(tr("Bring back <b>%1</b> as a record of its own, and move back to it what the merge "
                                   "had moved onto <b>%2</b>? The same happens on every workstation.")
                                    .arg(merged.toHtmlEscaped(), kept.toHtmlEscaped()),
        this);
    question->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);

    if (!m_merge.takenKeys.isEmpty()) {
        QStringList titles;
        for (const core::sync::NaturalKey &k : core::sync::NaturalKeys::forTable(m_merge.table))
            if (m_merge.takenKeys.contains(k.columns.join(QLatin1Char(','))))
                titles.append(k.titleText());
        auto *explain = new QLabel(tr("Another record has the same %1 as the record brought back (usually the record "
                                      "kept: if they are two different people or things, one of them was typed "
                                      "wrong). Give the record brought back its correct one: it is checked as in the "
                                      "record's own form, and every workstation receives it with the undo.")
                                       .arg(titles.join(tr(" and "))),
            this);
        explain->setWordWrap(true);
        layout->addWidget(explain);
        auto *form = new QFormLayout;
        for (const core::sync::NaturalKey &key : core::sync::NaturalKeys::forTable(m_merge.table)) {
            const QString column = key.columns.join(QLatin1Char(','));
            if (!m_merge.takenKeys.contains(column) || key.columns.size() != 1)
                continue;
            if (!m_merge.kept.isEmpty())
                form->addRow(tr("%1 of the record kept:").arg(capitalised(key.titleText())),
                    new QLabel(m_merge.kept.value(column).toString(), this));
            auto *edit = new QLineEdit(m_merge.merged.value(column).toString(), this);
            edit->setObjectName(QStringLiteral("newKey_") + column);
            edit->setMinimumWidth(280);
            form->addRow(tr("%1 of the record brought back:").arg(capitalised(key.titleText())), edit);
            m_edits.insert(column, edit);
        }
        layout->addLayout(form);
    }
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("undoRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_refusal->hide();
    layout->addWidget(m_refusal);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Undo merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UndoMergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!m_edits.isEmpty()) {
        QLineEdit *first = m_edits.begin().value();
        first->setFocus();
        first->selectAll();
    }
}

void UndoMergeDialog::accept()
{
    QVariantMap newKey;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it)
        newKey.insert(it.key(), it.value()->text());
    core::sync::UndoIdentityMerge command(m_merge.mergeId, newKey);
    core::CommandRunner runner(m_db, m_clock);
    if (auto s = runner.run(command); !s) {
        // Refused: said here, the dialog stays open with what was typed.
        m_refusal->setText(core::ErrorText::describe(s.error()));
        m_refusal->show();
        if (!m_edits.isEmpty()) {
            QLineEdit *first = m_edits.begin().value();
            first->setFocus();
            first->selectAll();
        }
        return;
    }
    m_changed = command.changedTables();
    QDialog::accept();
}
