"""Make companion-m007.sqlite3: a real database as the Plan release left it.

Migrations up to m007_plan are applied; it holds a contact and a weekly appointment
with them, stored before appointments counted their changes.
Run once from the project root:

    .venv/bin/python tests/data/make_m007.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m007.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m008_appointment_changes")
    with db.atomic():
        contact = db.table("helpers").insert(
            {"name": "Maya", "relationship": "sister", "phone": "+34 600 555 013", "note": ""}
        )
        db.table("appointments").insert(
            {
                "kind": "support-group",
                "title": "Tuesday group",
                "starts_at": "2027-03-02T19:00",
                "minutes": 90,
                "place": "Church hall",
                "contact_id": contact.last_pk,
                "notes": "",
                "weekly": 1,
                "until": "2027-04-27",
            }
        )
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
