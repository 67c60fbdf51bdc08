#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
struct Heading {
    int level;
    QString anchor;
    QString title;
};

// The h2/h3 headings of the guide with their id, in order: the contents.
QList<Heading> headings(const QString &html)
{
    static const QRegularExpression heading(QStringLiteral("<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QList<Heading> out;
    auto it = heading.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        QString title = m.captured(3);
        title.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        out.append({ m.captured(1).toInt(), m.captured(2), title.simplified() });
    }
    return out;
}
} // namespace

QString HelpDialog::guideHtml()
{
    QFile file(QStringLiteral(":/help/guida.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList HelpDialog::anchors()
{
    QStringList out;
    for (const Heading &h : headings(guideHtml()))
        out.append(h.anchor);
    return out;
}

QString HelpDialog::resolveSection(const QString &section)
{
    const QStringList known = anchors();
    if (known.contains(section))
        return section;
    const QString tab = section.section(QLatin1Char('-'), 0, 0);
    return known.contains(tab) ? tab : QString();
}

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Ci siAMO! user guide"));
    const QString html = guideHtml();
    m_contents = new QTreeWidget(this);
    m_contents->setHeaderHidden(true);
    m_contents->setAccessibleName(tr("Contents"));
    QTreeWidgetItem *chapter = nullptr;
    for (const Heading &h : headings(html)) {
        QTreeWidgetItem *item = h.level == 2 || !chapter ? new QTreeWidgetItem(m_contents, { h.title })
                                                         : new QTreeWidgetItem(chapter, { h.title });
        item->setData(0, Qt::UserRole, h.anchor);
        if (h.level == 2)
            chapter = item;
    }
    m_contents->collapseAll();

    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setHtml(html);

    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { m_browser->scrollToAnchor(item->data(0, Qt::UserRole).toString()); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { m_browser->scrollToAnchor(item->data(0, Qt::UserRole).toString()); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 260, 640 });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &HelpDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 680);
}

QString HelpDialog::showSection(const QString &section)
{
    const QString anchor = resolveSection(section);
    // Selected in the contents too, so the reader sees where they are.
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == anchor) {
            m_contents->setCurrentItem(*it);
            m_contents->scrollToItem(*it);
            break;
        }
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    else
        m_browser->scrollToAnchor(anchor);
    return anchor;
}

void HelpDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the user guide"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { m_browser->document()->print(p); });
    preview.exec();
}
