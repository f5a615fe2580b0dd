#include "Version.h"
#include "desktop/AppIdentity.h"

#ifndef NOMINMAX
#define NOMINMAX // before the first windows.h, which shobjidl.h includes
#endif
#include <shobjidl.h> // SetCurrentProcessExplicitAppUserModelID (shell32, Windows 7 and later)
#include <windows.h>

bool AppIdentity::apply()
{
    // L"" joined with the narrow literal makes a wide one: the id is defined once, in Version.h.
    return SUCCEEDED(SetCurrentProcessExplicitAppUserModelID(L"" HERALD_APP_ID));
}
