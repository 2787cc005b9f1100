"""The document view: PDF pages, metadata, files, people, timeline and workflow steps."""
