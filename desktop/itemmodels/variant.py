"""``None`` returned to Qt from a Python model, without wearing down ``None`` itself.

PySide6 6.12 on Python 3.11 drops one reference to ``None`` each time a Python override of
``data()`` or ``headerData()`` returns it to C++ (measured: 1,000 calls through a proxy model,
1,000 references fewer). Views call ``data()`` for every role of every painted cell, so a list
scrolled long enough takes ``None``'s count to zero and the interpreter aborts
("none_dealloc: deallocating None"). Models wrap those overrides in ``qt_variant``, which gives
back the reference each time the result is ``None``. From Python 3.12 ``None`` is immortal and
the wrapper returns the method unchanged; should PySide6 stop dropping the reference, the extra
references are harmless (``None`` is never freed).
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

Method = TypeVar("Method", bound=Callable[..., Any])

_NONE_IS_MORTAL = sys.version_info < (3, 12)
_increment = ctypes.pythonapi.Py_IncRef
_increment.argtypes = (ctypes.py_object,)
_increment.restype = None


def qt_variant(method: Method) -> Method:
    """Wrap a model's ``data``/``headerData`` so that returning ``None`` costs nothing."""
    if not _NONE_IS_MORTAL:
        return method

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        if result is None:
            _increment(None)  # the reference PySide6 is about to drop
        return result

    return wrapper  # type: ignore[return-value]
