"""Việc của tôi: my work and the document list."""
