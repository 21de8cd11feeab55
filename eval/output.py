"""Where a benchmark's figures go: a summary on the terminal and the whole record as JSON, which
eval/report.py reads back."""

from __future__ import annotations

import json
from pathlib import Path


def summary(payload: dict) -> str:
    """The payload without its per-item lists (every latency, every answer), for the terminal."""
    return json.dumps({k: v for k, v in payload.items() if not isinstance(v, list)}, indent=2)


def write_json(path: str | Path, payload: dict) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
