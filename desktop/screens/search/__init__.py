"""Tìm kiếm: full-text search of documents with filters."""
