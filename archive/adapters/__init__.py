"""Concrete back-ends for the archive ports (a folder today; S3-compatible later)."""
