"""Tiếp nhận: the clerk receives, registers and presents incoming documents."""
