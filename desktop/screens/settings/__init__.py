"""Cài đặt: the settings dialog (server, language, scan folder, token module)."""
