#include "room/ui/protocolpage.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/errortext.h"
#include "core/ui/formwidgets.h"
#include "core/ui/pagedsqlmodel.h"
#include "room/domain/circularfiles.h"
#include "room/domain/protocol.h"
#include "room/ui/circulardialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace room {

namespace {

class ProtocolListModel : public core::PagedSqlModel {
public:
    using PagedSqlModel::PagedSqlModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == ProtocolListQuery::Direction) {
            const QString code = PagedSqlModel::data(index, RawRole).toString();
            if (code == QLatin1String("in"))
                return ProtocolPage::tr("in");
            if (code == QLatin1String("out"))
                return ProtocolPage::tr("out");
        }
        return PagedSqlModel::data(index, role);
    }
};

// A communication in or out: direction, date, counterpart, subject, file.
class RegisterDialog : public QDialog {
public:
    RegisterDialog(const QDate &today, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(ProtocolPage::tr("Register a communication"));
        direction = new QComboBox(this);
        direction->addItem(ProtocolPage::tr("Incoming"), QStringLiteral("in"));
        direction->addItem(ProtocolPage::tr("Outgoing"), QStringLiteral("out"));
        date = core::makeDateEdit(today, this, ProtocolPage::tr("Date of the communication"));
        date->setMaximumDate(today);
        counterpart = new QLineEdit(this);
        counterpart->setMaxLength(300);
        subject = new QLineEdit(this);
        subject->setMaxLength(500);
        file = new QLineEdit(this);
        auto *browse = new QPushButton(ProtocolPage::tr("&Browse…"), this);
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(file, 1);
        fileRow->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, ProtocolPage::tr("Attached file"));
            if (!path.isEmpty())
                file->setText(path);
        });
        auto *form = new QFormLayout;
        form->addRow(ProtocolPage::tr("&Direction:"), direction);
        form->addRow(ProtocolPage::tr("&Date:"), date);
        form->addRow(ProtocolPage::tr("&Sender or addressee:"), counterpart);
        form->addRow(ProtocolPage::tr("S&ubject:"), subject);
        form->addRow(ProtocolPage::tr("Attached &file:"), fileRow);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
        resize(640, sizeHint().height());
    }
    ProtocolEntry entry() const
    {
        ProtocolEntry e;
        e.direction = direction->currentData().toString() == QLatin1String("in") ? Direction::In : Direction::Out;
        e.dated = date->date();
        e.counterpart = counterpart->text();
        e.subject = subject->text();
        e.filePath = file->text();
        return e;
    }

    QComboBox *direction = nullptr;
    core::DateField *date = nullptr;
    QLineEdit *counterpart = nullptr;
    QLineEdit *subject = nullptr;
    QLineEdit *file = nullptr;
};

} // namespace

ProtocolPage::ProtocolPage(core::AppContext &context, QWidget *parent)
    : RoomPage(context, parent)
{
    m_model = new ProtocolListModel(context.db, this);
    m_model->setSource(ProtocolListQuery::from(), ProtocolListQuery::key());
    using Q = ProtocolListQuery;
    const auto column = [](Q::Column c, const QString &title, core::ColumnKind kind = core::ColumnKind::Text) {
        return core::PagedColumn { Q::expression(c), title, kind, 0, Q::sortable(c) };
    };
    m_model->setColumns({ column(Q::Number, tr("Number")), column(Q::Dated, tr("Date"), core::ColumnKind::Date),
        column(Q::Direction, tr("In/out")), column(Q::Counterpart, tr("Sender or addressee")),
        column(Q::Subject, tr("Subject")), column(Q::File, tr("File")),
        column(Q::Sent, tr("Messages"), core::ColumnKind::Integer) });
    m_model->setDefaultSort(Q::Dated, Qt::DescendingOrder);
    m_model->setWatchedTables({ QStringLiteral("room_protocol"), QStringLiteral("room_circular_sending") });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(Q::Dated, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(Q::Subject, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Communications register"));
    core::setColumnWidth(m_view, Q::Number, 110);
    core::setColumnWidth(m_view, Q::Dated, 90);
    core::setColumnWidth(m_view, Q::Direction, 60);
    core::setColumnWidth(m_view, Q::Counterpart, 260);
    core::setColumnWidth(m_view, Q::File, 160);
    core::setColumnWidth(m_view, Q::Sent, 80);

    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendings = new QTableWidget(0, 4, this);
    m_sendings->setHorizontalHeaderLabels({ tr("Comune"), tr("Sent to"), tr("Letter"), tr("Message") });
    m_sendings->verticalHeader()->hide();
    m_sendings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sendings->horizontalHeader()->setStretchLastSection(true);
    m_sendings->setAccessibleName(tr("The circular's letters and messages per comune"));
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_complete = new QPushButton(tr("Prepare the &missing letters…"), this);
    m_complete->hide();
    sideLayout->addWidget(m_detail);
    sideLayout->addWidget(m_complete, 0, Qt::AlignLeft);
    sideLayout->addWidget(m_sendings, 1);

    const bool canWrite = core::Access::allows(context.db, core::Permission::RoomCommunications);
    auto *registerButton = new QPushButton(tr("&Register a communication…"), this);
    auto *circularButton = new QPushButton(tr("&Circular to the mayors…"), this);
    auto *mayorsButton = new QPushButton(tr("&Mayors…"), this);
    auto *senderButton = new QPushButton(tr("&Sender…"), this);
    for (QPushButton *b : { registerButton, circularButton, mayorsButton, senderButton })
        b->setEnabled(canWrite);
    m_count = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(registerButton);
    bar->addWidget(circularButton);
    bar->addWidget(mayorsButton);
    bar->addWidget(senderButton);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 6);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(registerButton, &QPushButton::clicked, this, &ProtocolPage::registerCommunication);
    connect(circularButton, &QPushButton::clicked, this, &ProtocolPage::newCircular);
    connect(mayorsButton, &QPushButton::clicked, this, &ProtocolPage::editMayors);
    connect(senderButton, &QPushButton::clicked, this, &ProtocolPage::editSender);
    connect(m_complete, &QPushButton::clicked, this, &ProtocolPage::completeCircular);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProtocolPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n communication(s)", nullptr, m_model->rowCount()));
        showSelected();
    });
    m_model->setFilter(QString());
    showSelected();
}

void ProtocolPage::tablesChanged(const QStringList &tables)
{
    if (tables.contains(QStringLiteral("room_circular_sending")))
        showSelected();
}

qint64 ProtocolPage::selectedEntry() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()).toLongLong() : 0;
}

bool ProtocolPage::selectEntry(qint64 id)
{
    const int row = m_model->rowOfKey(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void ProtocolPage::showSelected()
{
    const qint64 id = selectedEntry();
    m_sendings->setRowCount(0);
    m_complete->hide();
    m_incomplete = 0;
    if (!id) {
        m_detail->setText(tr("Select a communication: a circular shows its letters and messages per comune."));
        return;
    }
    auto summary = circularOfProtocol(context().db, id);
    if (!summary || !summary->circularId) {
        m_detail->setText(tr("Not a circular."));
        return;
    }
    int messages = 0;
    QStringList withoutPec;
    m_sendings->setRowCount(int(summary->sendings.size()));
    for (int i = 0; i < summary->sendings.size(); ++i) {
        const CircularSending &s = summary->sendings.at(i);
        const bool sent = s.outcome == QLatin1String("prepared");
        if (sent)
            ++messages;
        else
            withoutPec.append(s.comune);
        const QStringList values = { s.comune, sent ? s.toAddress : tr("no PEC: letter only"),
            QFileInfo(s.letterFile).fileName(), QFileInfo(s.messageFile).fileName() };
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            if (!sent)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_sendings->setItem(i, c, item);
        }
    }
    m_sendings->resizeColumnsToContents();
    QString text = tr("Circular in %1.").arg(summary->folder.toHtmlEscaped()) + QLatin1Char(' ')
        + tr("%n letter(s),", nullptr, int(summary->sendings.size())) + QLatin1Char(' ')
        + tr("%n message(s) ready to send.", nullptr, messages);
    if (!withoutPec.isEmpty())
        text += QLatin1Char(' ') + tr("Without PEC (no message): %1.").arg(withoutPec.join(QStringLiteral(", ")).toHtmlEscaped());
    // A circular stopped before its letters were written (at most the 133
    // comuni to read).
    if (auto content = loadCircular(context().db, summary->circularId); content && !content->recipients.isEmpty()) {
        text += QLatin1Char(' ')
            + tr("%n comune(s) still without letter: the circular was stopped before they were written.", nullptr,
                int(content->recipients.size()));
        m_incomplete = summary->circularId;
        m_complete->setVisible(core::Access::allows(context().db, core::Permission::RoomCommunications));
    }
    m_detail->setText(text);
}

void ProtocolPage::registerCommunication()
{
    RegisterDialog dialog(context().clock->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_shared<RegisterCommunication>(dialog.entry());
    if (auto s = commands().run(command); !s) {
        QMessageBox::warning(this, tr("Protocollo"), core::ErrorText::describe(s.error()));
        return;
    }
    QMessageBox::information(this, tr("Protocollo"), tr("Registered with number %1.").arg(command->number()));
}

void ProtocolPage::newCircular()
{
    const auto runner = commands().runner();
    CircularDialog dialog(context().db, context().clock->today(), [runner](core::Command &c) { return runner.run(c); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CircularOutcome *outcome = &dialog.outcome();
    QString text = tr("Circular %1: %2 and %3 in %4.")
                       .arg(outcome->number, tr("%n letter(s)", nullptr, outcome->letters),
                           tr("%n message(s) ready to send", nullptr, outcome->messages), outcome->folder);
    if (!outcome->withoutPec.isEmpty())
        text += QStringLiteral("\n\n") + tr("Without PEC, letter only: %1.").arg(outcome->withoutPec.join(QStringLiteral(", ")));
    QMessageBox::information(this, tr("Circular to the mayors"), text);
}

void ProtocolPage::completeCircular()
{
    if (!m_incomplete)
        return;
    const auto runner = commands().runner();
    CircularDialog dialog(context().db, context().clock->today(), [runner](core::Command &c) { return runner.run(c); }, this);
    dialog.resume(m_incomplete);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CircularOutcome &outcome = dialog.outcome();
    QMessageBox::information(this, tr("Circular to the mayors"),
        tr("Circular %1: %2 and %3 in %4.")
            .arg(outcome.number, tr("%n letter(s)", nullptr, outcome.letters),
                tr("%n message(s) ready to send", nullptr, outcome.messages), outcome.folder));
}

void ProtocolPage::editMayors()
{
    MayorsDialog dialog(context().db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const auto &change : dialog.changes())
        if (auto s = commands().run(std::make_shared<SetMayor>(change.first, change.second)); !s) {
            QMessageBox::warning(this, tr("Mayors of the comuni"), core::ErrorText::describe(s.error()));
            return;
        }
}

void ProtocolPage::editSender()
{
    const auto current = mailSender(context().db);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sender of the room's messages"));
    auto *name = new QLineEdit(current ? current->name : QString(), &dialog);
    auto *address = new QLineEdit(current ? current->address : QString(), &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&PEC address:"), address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = commands().run(std::make_shared<SetMailSender>(MailSender { name->text(), address->text() })); !s)
        QMessageBox::warning(this, tr("Sender of the room's messages"), core::ErrorText::describe(s.error()));
}

} // namespace room
