"""The share and progress files themselves: building the share from the person's data,
writing either as bytes, reading either back from a path (size-limited, UTF-8 JSON), and
turning a checked share document into a SharedPlan.

What a share holds, and what it leaves out, is listed key by key in docs/data-format.md
("Sharing with a helper"). Checking a document is companion.core.share_checks' job.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from companion.core import share


def share_document(db: Database, now: datetime) -> dict[str, Any]:
    """The share file's document for the plan as it is now; gives the plan its identity
    (the `plan_id` setting, secrets.token_hex(16)) the first time."""
    raise NotImplementedError


def encode(document: dict[str, Any]) -> bytes:
    """A document as the bytes of its file (UTF-8 JSON, indented, ending in a newline)."""
    raise NotImplementedError


def read_file(path: Path, expected_format: str) -> dict[str, Any]:
    """The checked document in `path`, a share (share.SHARE_FORMAT) or a progress file
    (share.PROGRESS_FORMAT): refused whole (share.ShareFileRefused, with every problem)
    when it is too big, not UTF-8 JSON, not that format, from a newer version, or breaks
    any rule."""
    raise NotImplementedError


def plan_from_document(
    document: dict[str, Any], me: int | None, opened_at: datetime | None = None
) -> share.SharedPlan:
    """A checked share document as a SharedPlan (without the helper's pending changes)."""
    raise NotImplementedError
