"""Widgets of our own that several screens may use."""
