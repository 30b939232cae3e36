"""Make companion-m009.sqlite3: a real database as the staying-safe release left it.

Migrations up to m009_staying_safe are applied; it holds a contact, two checklist tasks
(one given to the contact and done), a safety plan and a craving worked through, stored
before contacts could be shared and before helpers had anything of their own.
Run once from the project root:

    .venv/bin/python tests/data/make_m009.py

The file is kept in the repository so upgrade tests run against real old bytes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from companion.core.storage.migrations import migrations

TARGET = Path(__file__).resolve().parent / "companion-m009.sqlite3"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal or -shm beside it
    db = Database(conn)
    migrations.apply(db, stop_before="m010_family")
    with db.atomic():
        contact = db.table("helpers").insert(
            {"name": "Maya", "relationship": "sister", "phone": "+34 600 555 013", "note": ""}
        )
        db.table("checklist_categories").insert({"key": "home", "title": "Home", "position": 0})
        db.table("checklist_items").insert(
            {
                "category": "home",
                "title": "Find a sitter",
                "assignee_id": contact.last_pk,
                "done_on": "2027-02-20",
                "position": 0,
            }
        )
        db.table("checklist_items").insert(
            {"category": "home", "title": "Pay the rent", "position": 1}
        )
        db.table("safety_plan").insert({"id": 1, "warning_signs": "Not sleeping"})
        db.table("cravings").insert(
            {"started_at": "2027-02-21T21:40", "kind": "urge-surfing", "seconds": 300.0}
        )
    conn.close()
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
