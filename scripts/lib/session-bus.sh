# shellcheck shell=bash
# A private D-Bus session bus for headless desktops (sourced, never executed): the scripts that
# start Xvfb, a tray host and Herald share this configuration.
#
# session_bus_config DIR prints a session bus configuration listening in DIR. It has no
# <servicedir>, so nothing (such as a system-configured dunst) is started behind the caller's
# back: every daemon on the bus is one the caller started and can stop by its PID.
session_bus_config() {
    cat <<EOF2
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF2
}
