"""The client's screens, one folder each (``view.py`` builds and controls the widgets)."""
