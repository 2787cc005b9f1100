"""Dự thảo và văn bản đi: outgoing and internal documents in progress, and those issued."""
