#!/bin/sh
# phigiay: start the desktop client installed in /opt/phigiay.
# The client carries its own Qt; plugins of the system's Qt (another version) must not be
# loaded into it, so the variables that would add them are cleared.
unset QT_PLUGIN_PATH QML2_IMPORT_PATH QML_IMPORT_PATH
exec /opt/phigiay/phigiay "$@"
