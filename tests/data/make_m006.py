"""Make companion-m006.sqlite3: a real database as the Learn release left it.

Migrations up to m006_learn are applied; it holds a setting, one helper (from Prepare),
one question for the care team (from Learn) and one journal check-in.
Run once from the project root:

    .venv/bin/python tests/data/make_m006.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m006.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m007_plan")
    with db.atomic():
        db.table("settings").insert({"key": "region", "value": json.dumps("CA")})
        db.table("helpers").insert(
            {
                "name": "Maya",
                "relationship": "sister",
                "phone": "+1 604 555 0134",
                "note": "Can drive on weekends",
            }
        )
        db.table("care_questions").insert(
            {
                "section": "supervised-detox",
                "text": "Will I get medication for the withdrawal symptoms?",
                "position": 1,
            }
        )
        db.table("journal_entries").insert(
            {
                "day": "2027-03-08",
                "mood": 4,
                "craving": 5,
                "sleep_hours": 6.0,
                "sleep_quality": 3,
                "energy": 3,
                "symptoms": json.dumps({"restless": 2}),
                "wins": "Read about the first week",
                "notes": "Maya offered to drive me to the intake appointment.",
                "tags": "family",
                "updated_at": "2027-03-08T21:40:00+00:00",
            }
        )
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
