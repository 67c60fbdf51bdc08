#include "core/reporting/reportpaginator.h"

#include <algorithm>

namespace core {

namespace {
constexpr double pageEpsilon = 0.01;

class Paginator {
public:
    explicit Paginator(double pageHeight) : m_height(pageHeight) { m_pages.append(PaginatedPage()); }

    QList<PaginatedPage> pages()
    {
        // Drop a trailing empty page (a break at the very end).
        if (m_pages.size() > 1 && empty())
            m_pages.removeLast();
        for (int first = 0; first < m_pages.size();) {
            int last = first;
            while (last + 1 < m_pages.size() && m_pages.at(last + 1).section == m_pages.at(first).section)
                ++last;
            for (int p = first; p <= last; ++p) {
                m_pages[p].number = p - first + 1;
                m_pages[p].count = last - first + 1;
            }
            first = last + 1;
        }
        return m_pages;
    }

    void pageBreak()
    {
        if (!empty())
            newPage();
    }

    void sectionBreak()
    {
        ++m_section;
        if (empty())
            m_pages.last().section = m_section;
        else
            newPage();
    }

    void flow(int index, const PageItem &item, double keepWithNext)
    {
        const double total = item.breaks.isEmpty() ? 0 : item.breaks.last();
        if (!empty() && m_y + (item.keepWithNext ? total + keepWithNext : item.firstPieceHeight()) > m_height + pageEpsilon)
            newPage();
        double from = 0;
        while (from < total - pageEpsilon) {
            // The lowest break that still fits on this page.
            double to = from;
            for (double b : item.breaks)
                if (b > from + pageEpsilon && b - from <= m_height - m_y + pageEpsilon)
                    to = b;
            if (to <= from + pageEpsilon) {
                if (!empty()) {
                    newPage();
                    continue;
                }
                to = std::min(total, from + m_height); // taller than a page: cut where the page ends
            }
            m_pages.last().slices.append({ index, from, to, m_y });
            m_y += to - from;
            from = to;
            if (from < total - pageEpsilon)
                newPage();
        }
        m_y += item.spaceAfter;
    }

    void table(int index, const PageItem &item)
    {
        const int rows = int(item.rowHeights.size());
        const bool totals = item.totalsHeight >= 0;
        // What must come with the header: the first row, and the totals if it is the last.
        auto firstNeed = [&] {
            double need = item.headerHeight;
            if (rows > 0)
                need += item.rowHeights.first();
            if (totals && rows <= 1)
                need += item.totalsHeight;
            return need;
        };
        if (!empty() && m_y + firstNeed() > m_height + pageEpsilon)
            newPage();
        place(index, PlacedRow::Header, item.headerHeight);
        bool rowOnPage = false;
        for (int r = 0; r < rows; ++r) {
            const double need = item.rowHeights.at(r) + (totals && r == rows - 1 ? item.totalsHeight : 0);
            if (rowOnPage && m_y + need > m_height + pageEpsilon) {
                newPage();
                place(index, PlacedRow::Header, item.headerHeight);
            }
            place(index, r, item.rowHeights.at(r));
            rowOnPage = true;
        }
        if (totals) {
            if (m_y + item.totalsHeight > m_height + pageEpsilon && rowOnPage) {
                newPage();
                place(index, PlacedRow::Header, item.headerHeight);
            }
            place(index, rows, item.totalsHeight);
        }
        m_y += item.spaceAfter;
    }

private:
    bool empty() const { return m_pages.last().slices.isEmpty() && m_pages.last().rows.isEmpty(); }

    void newPage()
    {
        PaginatedPage page;
        page.section = m_section;
        m_pages.append(page);
        m_y = 0;
    }

    void place(int item, int row, double height)
    {
        m_pages.last().rows.append({ item, row, m_y, height });
        m_y += height;
    }

    double m_height;
    double m_y = 0;
    int m_section = 0;
    QList<PaginatedPage> m_pages;
};

} // namespace

double PageItem::firstPieceHeight() const
{
    switch (kind) {
    case Kind::Flow:
        for (double b : breaks)
            if (b > pageEpsilon)
                return b;
        return 0;
    case Kind::Table:
        return headerHeight + (rowHeights.isEmpty() ? std::max(0.0, totalsHeight) : rowHeights.first());
    case Kind::PageBreak:
    case Kind::SectionBreak:
        break;
    }
    return 0;
}

QList<PaginatedPage> paginate(const QList<PageItem> &items, double pageHeight)
{
    Paginator paginator(pageHeight);
    for (int i = 0; i < items.size(); ++i) {
        const PageItem &item = items.at(i);
        switch (item.kind) {
        case PageItem::Kind::PageBreak:
            paginator.pageBreak();
            break;
        case PageItem::Kind::SectionBreak:
            paginator.sectionBreak();
            break;
        case PageItem::Kind::Flow:
            paginator.flow(i, item, i + 1 < items.size() ? items.at(i + 1).firstPieceHeight() : 0);
            break;
        case PageItem::Kind::Table:
            paginator.table(i, item);
            break;
        }
    }
    return paginator.pages();
}

} // namespace core
