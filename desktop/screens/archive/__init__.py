"""Hồ sơ, lưu trữ: the archive screens."""
