"""JSON Schema of the draft format: ``python -m server.rendering.schema > draft.schema.json``."""

from __future__ import annotations

import json
import sys

from .draft import draft_json_schema

__all__ = ["draft_json_schema", "main"]


def main() -> None:
    """Print the schema to standard output."""
    json.dump(draft_json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
