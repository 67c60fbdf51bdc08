#include "room/demo/commsdemo.h"

namespace room {

core::Status runCommsDemo(core::DemoContext &context)
{
    Q_UNUSED(context);
    return {};
}

} // namespace room
