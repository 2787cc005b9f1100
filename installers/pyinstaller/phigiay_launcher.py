"""Entry script of the frozen client: ``phigiay`` as ``desktop.main:main``, plus a smoke test.

``phigiay --smoke-test OUT_DIR`` (hidden, bundle only) runs ``phigiay_smoke``: the packaged
program starts headless, shows the login window, renders a Vietnamese PDF page and exits.
``phigiay demo`` needs the server, which the bundle does not contain: it says so.
"""

from __future__ import annotations

import sys


def run(argv: list[str]) -> int:
    """Dispatch like the ``phigiay`` console script."""
    if argv[:1] == ["--smoke-test"]:
        from phigiay_smoke import main as smoke_test

        return smoke_test(argv[1:])
    if argv[:1] == ["demo"] and getattr(sys, "frozen", False):
        print("phigiay: the demo runs a local server, which this installation does not contain;\n"
              "install the Python package (pip install 'phigiay[desktop]') for `phigiay demo`.",
              file=sys.stderr)
        return 2
    from desktop.main import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
