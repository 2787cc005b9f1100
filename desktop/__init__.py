"""phigiay desktop: the Qt client of the agency server (talks to it over HTTP only).

Layout: ``api/`` (typed HTTP client, frozen dataclasses, the event-stream reader — no Qt),
``tasks.py`` (the one background runner), ``settings.py`` (declared settings, keyring token),
``itemmodels/`` (Qt models), ``screens/<screen>/view.py`` (one folder per screen),
``navigation.py`` (the left navigation as data), ``i18n/`` (translations, ``update.sh``),
``app.py`` (composition root), ``main.py`` (``phigiay`` and ``phigiay demo``).
"""
