#!/bin/sh
# Regenerate the translation sources from the code, then compile them.
#   desktop/i18n/update.sh            (from anywhere; uses the venv next to the repository)
# Translators edit phigiay_<lang>.ts (pyside6-linguist); lupdate keeps their work.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${PYSIDE6_BIN:-$root/.venv/bin}
sources=$(cd "$root" && find desktop -name '*.py' -not -path '*/__pycache__/*' | sort)
cd "$root"
for lang in vi en fr; do
    "$bin/pyside6-lupdate" -no-obsolete -source-language en -target-language "$lang" \
        $sources -ts "desktop/i18n/phigiay_$lang.ts"
    "$bin/pyside6-lrelease" "desktop/i18n/phigiay_$lang.ts" -qm "desktop/i18n/phigiay_$lang.qm"
done
