# Install layout and CPack: a .deb on Linux, an NSIS installer on Windows, a drag-and-drop DMG on
# macOS. What each installs beyond the executables is in packaging/.
include(GNUInstallDirs)

# The reverse-DNS app id names the desktop entry, the metainfo, the icons, the macOS bundle and
# the Windows AppUserModelID. The code has it in app/Version.h.in; read it from there so there is
# one definition.
file(STRINGS "${PROJECT_SOURCE_DIR}/app/Version.h.in" _herald_app_id_line
     REGEX "^#define HERALD_APP_ID \"[^\"]+\"")
string(REGEX REPLACE "^#define HERALD_APP_ID \"([^\"]+)\".*" "\\1" HERALD_APP_ID
       "${_herald_app_id_line}")
if(NOT HERALD_APP_ID MATCHES "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+$")
    message(FATAL_ERROR "No HERALD_APP_ID in app/Version.h.in")
endif()

set(CPACK_PACKAGE_NAME "Herald")
set(CPACK_PACKAGE_VENDOR "Herald")
set(CPACK_PACKAGE_CONTACT "Herald developers <herald-notify@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of Debian's long description: at most 80 columns.
set(CPACK_PACKAGE_DESCRIPTION [=[
Herald turns the messages published on Redis Pub/Sub channels and patterns
(and on Redis Streams, for channels marked durable), or relayed by a WebSocket
gateway, into native desktop notifications, keeps them in a searchable history
and stays in the system tray. herald-cli listens, publishes and reads the
history from a terminal.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Herald")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Release binaries: the debug information stays in the build tree.
set(CPACK_STRIP_FILES ON)

# Debian: herald_<version>_<arch>.deb. dpkg-shlibdeps finds the libraries the executables link;
# Qt's plugins are loaded at run time and invisible to it, so they are listed by hand: the xcb
# platform plugin, and the SQLite driver of the history.
set(CPACK_DEBIAN_PACKAGE_NAME "herald")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")

# Windows: an NSIS installer with a Start menu shortcut to the tray app.
set(CPACK_PACKAGE_EXECUTABLES "herald" "Herald")
set(CPACK_NSIS_DISPLAY_NAME "Herald")
set(CPACK_NSIS_PACKAGE_NAME "Herald")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/herald.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/herald.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\herald.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "herald.exe")

# macOS: a DMG holding Herald.app (with herald-cli inside) to drag to Applications.
set(CPACK_DMG_VOLUME_NAME "Herald")
set(CPACK_DMG_FORMAT "UDZO")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
