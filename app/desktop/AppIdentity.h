#pragma once

// Who Herald's windows and notifications belong to, as the desktop shell sees it. On Windows it
// is the process's explicit AppUserModelID, HERALD_APP_ID: the taskbar groups Herald's windows
// under it and attributes its notifications to Herald rather than to "herald.exe"
// (WindowsAppIdentity.cpp). Elsewhere the desktop file name, which the tray app gives
// QGuiApplication, does that job and apply() does nothing (AppIdentity.cpp).
class AppIdentity {
public:
    // Call at startup, before the first window: Windows reads the id when the process first
    // shows UI. False if the platform refused it (nothing else depends on it).
    static bool apply();
};
