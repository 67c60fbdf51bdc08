#include "core/reporting/deferredimages.h"

namespace core {

namespace {
thread_local DeferredImages *collectingInto = nullptr;
const QString placeholderKey = QStringLiteral("cisiamo-deferred-image");
} // namespace

DeferredImages::Collect::Collect(DeferredImages &into)
    : m_previous(collectingInto)
{
    collectingInto = &into;
}

DeferredImages::Collect::~Collect()
{
    collectingInto = m_previous;
}

bool DeferredImages::collecting()
{
    return collectingInto != nullptr;
}

QImage DeferredImages::defer(Draw draw)
{
    if (!collectingInto || !draw)
        return {};
    QImage placeholder(1, 1, QImage::Format_ARGB32_Premultiplied);
    placeholder.fill(Qt::white);
    placeholder.setText(placeholderKey, QString::number(collectingInto->m_draws.size()));
    collectingInto->m_draws.append(std::move(draw));
    return placeholder;
}

void DeferredImages::drawInto(ReportDocument &document) const
{
    if (m_draws.isEmpty())
        return;
    for (auto it = document.blocks.begin(); it != document.blocks.end();) {
        bool known = false;
        const int index = it->type == ReportBlock::Type::Image ? it->image.text(placeholderKey).toInt(&known) : -1;
        if (!known || index < 0 || index >= m_draws.size()) {
            ++it;
            continue;
        }
        it->image = m_draws.at(index)();
        if (it->image.isNull())
            it = document.blocks.erase(it); // as when the picture could not be made on the spot
        else
            ++it;
    }
}

} // namespace core
