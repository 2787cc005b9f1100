"""Soạn thảo: new drafts and their recipients."""
