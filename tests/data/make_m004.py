"""Make companion-m004.sqlite3: a real database as the Breathe release left it.

Migrations up to m004_breathe are applied; it holds a setting, one of the person's
own breathing patterns, and a logged relaxation session with tension ratings.
Run once from the project root:

    .venv/bin/python tests/data/make_m004.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m004.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m005_journal")
    with db.atomic():
        db.table("settings").insert({"key": "region", "value": json.dumps("NZ")})
        db.table("custom_patterns").insert(
            {"name": "Slow evening", "inhale": 4.0, "hold_in": 0.0, "exhale": 7.5, "hold_out": 0.0}
        )
        db.table("exercise_sessions").insert(
            {
                "exercise": "paced",
                "started_at": "2027-01-12T21:30",
                "seconds": 300.0,
                "completed": 1,
                "tension_before": 7,
                "tension_after": 4,
            }
        )
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
