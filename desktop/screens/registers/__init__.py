"""Sổ đăng ký: registers, register books and processing statistics."""
