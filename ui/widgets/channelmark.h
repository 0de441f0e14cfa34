#pragma once

#include "core/order/order.h"

#include <QPixmap>
#include <QSize>
#include <QString>

namespace kasir {

// The resource path of a channel's mark (resources/channels/*.svg, drawn for Kasir).
QString channelMarkPath(Channel channel);
// The mark rendered crisp at `size` logical pixels for a screen with `devicePixelRatio`;
// `disabled` renders it in greys.
QPixmap channelMark(Channel channel, QSize size, qreal devicePixelRatio = 1.0,
                    bool disabled = false);

} // namespace kasir
