#include "room/ui/diaryentrydialog.h"

#include "core/ui/comunepicker.h"
#include "core/reference/comunerepository.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datetimefield.h"
#include "core/ui/discardguard.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomcommands.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomtext.h"
#include "volunteers/domain/organisationrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace room {

void fillEvents(QComboBox *combo, const QSqlDatabase &db, const QString &anyText)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, qint64(0));
    if (auto events = RoomEventRepository(db).choices())
        for (const RoomEventRepository::Choice &e : *events)
            combo->addItem(e.phase == Phase::Closed ? DiaryEntryDialog::tr("%1 (closed)").arg(e.name)
                                                    : QStringLiteral("%1 · %2").arg(e.name, RoomText::phase(e.phase)),
                e.id);
    if (current.isValid()) {
        const int index = combo->findData(current);
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
}

DiaryEntryDialog::DiaryEntryDialog(core::AppContext &context, core::CommandStack &commands, qint64 eventId,
    qint64 correctsId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_commands(commands)
    , m_correctsId(correctsId)
{
    setWindowTitle(correctsId ? tr("Correct a diary entry") : tr("Diary entry"));
    m_event = new QComboBox(this);
    fillEvents(m_event, context.db);
    m_kind = new QComboBox(this);
    for (DiaryKind k : allDiaryKinds())
        m_kind->addItem(RoomText::diaryKind(k), int(k));
    const QDateTime now = context.clock->now().toLocalTime();
    m_at = new core::DateTimeField(now, this);
    m_at->setMaximumDateTime(now.addSecs(60));
    m_who = new QLineEdit(this);
    m_who->setPlaceholderText(tr("e.g. Sindaco di Rho, COC di Cesano Boscone, Prefettura"));
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_comune = new QComboBox(this);
    core::fillComuneCombo(m_comune, context.db, tr("(no comune)"));
    m_organisation = new QComboBox(this);
    m_organisation->addItem(tr("(no organisation)"), qint64(0));
    if (auto all = volunteers::OrganisationRepository(context.db).all(true))
        for (const volunteers::Organisation &o : *all)
            m_organisation->addItem(o.name, o.id);
    m_delivery = new QLineEdit(this);
    m_delivery->setPlaceholderText(tr("number of the delivery note, e.g. DDT-2020-00123"));
    m_request = new QLineEdit(this);
    m_request->setPlaceholderText(tr("number of the request"));
    m_problem = core::makeErrorLabel(this);

    core::selectByData(m_event, eventId);
    auto *form = new QFormLayout;
    if (correctsId) {
        auto old = DiaryRepository(context.db).entry(correctsId);
        if (old && old->id) {
            core::selectByData(m_event, old->eventId);
            m_event->setEnabled(false); // a correction stays in its entry's event
            core::selectByData(m_kind, int(old->kind));
            m_at->setDateTime(old->at.toLocalTime());
            m_who->setText(old->counterpart);
            m_text->setPlainText(old->body);
            if (old->comuneId)
                core::selectComune(m_comune, context.db, old->comuneId);
            if (old->organisationId)
                core::selectByData(m_organisation, old->organisationId);
            m_delivery->setText(old->deliveryNumber);
            m_request->setText(old->requestNumber);
            auto *what = new QLabel(tr("Corrects the entry of %1 written by %2. The old entry stays in the diary, "
                                       "marked as corrected.")
                                        .arg(QLocale().toString(old->at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
                                            old->authorName.isEmpty() ? old->author : old->authorName),
                this);
            what->setWordWrap(true);
            form->addRow(what);
        }
    }
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("W&hen:"), m_at);
    form->addRow(tr("&With:"), m_who);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Comune:"), m_comune);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Delivery:"), m_delivery);
    form->addRow(tr("&Request:"), m_request);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 480);
    m_text->setFocus();
    new core::DiscardGuard(this);
}

void DiaryEntryDialog::accept()
{
    NewDiaryEntry e;
    e.eventId = m_event->currentData().toLongLong();
    e.kind = DiaryKind(m_kind->currentData().toInt());
    e.at = m_at->dateTime();
    e.counterpart = m_who->text();
    e.body = m_text->toPlainText();
    e.comuneId = core::chosenComune(m_comune);
    e.organisationId = m_organisation->currentData().toLongLong();
    e.correctsId = m_correctsId;
    DiaryRepository diary(m_context.db);
    if (!m_comune->currentText().trimmed().isEmpty() && m_comune->currentIndex() != 0 && e.comuneId == 0) {
        m_problem->setText(tr("«%1» is not one of the comuni of the metropolitan city.").arg(m_comune->currentText()));
        m_problem->show();
        return;
    }
    const struct {
        QLineEdit *field;
        qint64 *id;
        bool delivery;
    } numbers[] = { { m_delivery, &e.deliveryId, true }, { m_request, &e.requestId, false } };
    for (const auto &n : numbers) {
        const QString text = n.field->text().trimmed();
        if (text.isEmpty())
            continue;
        auto id = n.delivery ? diary.deliveryByNumber(text) : diary.requestByNumber(text);
        if (!id || *id == 0) {
            m_problem->setText(n.delivery ? tr("There is no delivery numbered «%1».").arg(text)
                                          : tr("There is no request numbered «%1».").arg(text));
            m_problem->show();
            n.field->setFocus();
            return;
        }
        *n.id = *id;
    }
    auto command = std::make_shared<AppendDiaryEntry>(e);
    if (auto s = m_commands.run(command); !s) {
        m_problem->setText(core::ErrorText::describe(s.error()));
        m_problem->show();
        return;
    }
    m_entryId = command->entryId();
    QDialog::accept();
}

} // namespace room
