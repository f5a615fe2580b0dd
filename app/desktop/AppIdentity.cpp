#include "desktop/AppIdentity.h"

// Linux and macOS: the desktop file name and the bundle id identify Herald; nothing to set here.
bool AppIdentity::apply()
{
    return true;
}
