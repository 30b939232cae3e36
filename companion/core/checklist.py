"""The readiness checklist: items grouped in categories, who does them, and how ready you are.

The default template is copied into the database once, on first use; after that
the person's own list is theirs. A newer template brings its new items and its
corrected wording to the list, but never over anything the person changed or deleted.

A few tasks tick themselves, when the app knows for certain they are done; each carries
its rule in `auto` (from the template): "relaxation-sessions:3" (three practice sessions
finished in Breathe), "intake-date" (an intake date is set; clearing it unticks the
task), "learn-read:withdrawal" (the person marked that Learn section as read) and
"safety-plan" (the safety plan names people to ask for help and has a written step).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlite_utils import Database

from companion.core import learn, ordering, people, safety_plan, sessions, settings
from companion.core.content import ChecklistTemplate, TemplateItem
from companion.core.validate import (
    InvalidInputError,
    check_saveable,
    clean_text,
    iso_date,
    parse_date,
    read_date,
)

MAX_TITLE = 200
MAX_NOTES = 2000
AUTO_RELAXATION = "relaxation-sessions"
AUTO_INTAKE = "intake-date"
AUTO_READ = "learn-read"
AUTO_SAFETY_PLAN = "safety-plan"
LIST_VERSION = "checklist_version"
"""The setting that says which template version the person's list has been brought to."""

Assignee = Literal["everyone", "me"] | int
"""Whose tasks to show: everyone's, the person's own, or one helper's (by id)."""


@dataclass(frozen=True)
class Category:
    key: str
    title: str
    position: int


@dataclass(frozen=True)
class ChecklistItem:
    """One thing to arrange. `assignee_id` None means the person themself ("me")."""

    id: int
    category: str
    title: str
    notes: str = ""
    due: date | None = None
    assignee_id: int | None = None
    done_on: date | None = None
    position: int = 0
    link: str = ""
    auto: str = ""
    template_key: str | None = None
    sources: str = ""
    changed_at: str | None = None  # UTC, to the second: when last ticked, unticked or edited
    helper_note: str = ""  # a helper's note on it, merged from their progress

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def is_overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


@dataclass(frozen=True)
class Progress:
    """Done out of total, for one category or the whole list."""

    key: str
    title: str
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.fraction)


@dataclass(frozen=True)
class Readiness:
    overall: Progress
    categories: tuple[Progress, ...]


def _from_row(row: dict[str, Any]) -> ChecklistItem:
    return ChecklistItem(
        id=row["id"],
        category=row["category"],
        title=row["title"],
        notes=row["notes"],
        due=read_date(row["due"]),
        assignee_id=row["assignee_id"],
        done_on=read_date(row["done_on"]),
        position=row["position"],
        link=row["link"],
        auto=row["auto"],
        template_key=row["template_key"],
        sources=row["sources"],
        changed_at=row.get("changed_at"),
        helper_note=row.get("helper_note") or "",
    )


def stamp(at: datetime) -> str:
    """A task's `changed_at`: `at` in UTC, ISO 8601 to the second (a time without a zone
    is the computer's local time)."""
    return at.astimezone(UTC).replace(microsecond=0).isoformat()


# --- the template ----------------------------------------------------------------------------


def is_seeded(db: Database) -> bool:
    row = db.execute("SELECT EXISTS (SELECT 1 FROM checklist_categories)").fetchone()
    return bool(row[0])


def ensure_template(db: Database, template: ChecklistTemplate) -> bool:
    """Copy the template into an empty checklist; return True if it was copied now.

    A list copied from an older template takes the self-ticking rules the template has
    since given its tasks, and is brought up to the template's version (`_upgrade`).
    """
    with db.atomic():
        if is_seeded(db):
            _adopt_auto_rules(db, template)
            _upgrade(db, template)
            _refresh_sources(db, template)
            return False
        settings.set_setting(db, LIST_VERSION, template.version)
        db.table("checklist_categories").insert_all(
            {"key": c.key, "title": c.title, "position": n}
            for n, c in enumerate(template.categories, start=1)
        )
        db.table("checklist_items").insert_all(
            _template_row(category.key, item, n)
            for category in template.categories
            for n, item in enumerate(category.items, start=1)
        )
    return True


def _upgrade(db: Database, template: ChecklistTemplate) -> None:
    """Bring a list made from an older template up to `template`'s version.

    The list gains the items that came in since its version, each at the end of its
    category; an item of the list's own version that is missing was deleted by the
    person and stays deleted. A title, note or link the template corrected is replaced
    where it is still exactly one of the template's earlier wordings (`was_title`,
    `was_notes`, `was_link`), in whichever language the list is kept; anything the
    person changed stays theirs. Call inside `db.atomic()`.
    """
    version = settings.get_setting(db, LIST_VERSION)
    if version >= template.version:
        return
    kept = {
        row[0]
        for row in db.execute(
            "SELECT template_key FROM checklist_items WHERE template_key IS NOT NULL"
        ).fetchall()
    }
    known = {category.key for category in categories(db)}
    for category in template.categories:
        added = [i for i in category.items if i.since > version and i.key not in kept]
        if not added:
            continue
        if category.key not in known:
            last = db.execute("SELECT MAX(position) FROM checklist_categories").fetchone()[0]
            db.table("checklist_categories").insert(
                {"key": category.key, "title": category.title, "position": (last or 0) + 1}
            )
        for item in added:
            db.table("checklist_items").insert(
                _template_row(category.key, item, _end_position(db, category.key))
            )
    for language in (template, *template.translations):
        for item in (i for c in language.categories for i in c.items):
            _correct(db, item)
    settings.set_setting(db, LIST_VERSION, template.version)


def _correct(db: Database, item: TemplateItem) -> None:
    """Put `item`'s corrected words where the stored copy still has an earlier wording.

    Sources follow the note they belong to."""
    for column, earlier, now in (
        ("title", item.was_title, item.title),
        ("notes", item.was_notes, item.notes),
        ("link", item.was_link, item.link),
    ):
        wordings = [was for was in earlier if was != now]
        if not wordings:
            continue
        marks = ", ".join("?" for _ in wordings)
        also, extra = (
            (", sources = ?", ["; ".join(item.sources)]) if column == "notes" else ("", [])
        )
        db.execute(
            f"UPDATE checklist_items SET [{column}] = ?{also} "
            f"WHERE template_key = ? AND [{column}] IN ({marks})",
            [now, *extra, item.key, *wordings],
        )


def _refresh_sources(db: Database, template: ChecklistTemplate) -> None:
    """Give each task the template's current sources where its note is still the
    template's (in either language): sources are never the person's to edit, and a
    corrected source title reaches lists made before it. Call inside `db.atomic()`."""
    db.conn.executemany(
        "UPDATE checklist_items SET sources = ? "
        "WHERE template_key = ? AND notes = ? AND sources != ?",
        [
            ("; ".join(item.sources), item.key, item.notes, "; ".join(item.sources))
            for language in (template, *template.translations)
            for category in language.categories
            for item in category.items
        ],
    )


def _template_row(category: str, item: TemplateItem, position: int) -> dict[str, Any]:
    return {
        "category": category,
        "template_key": item.key,
        "title": item.title,
        "notes": item.notes,
        "position": position,
        "link": item.link,
        "auto": item.auto,
        "sources": "; ".join(item.sources),
    }


def _adopt_auto_rules(db: Database, template: ChecklistTemplate) -> None:
    rules = {item.key: item.auto for c in template.categories for item in c.items if item.auto}
    if not rules:
        return
    marks = ", ".join("?" for _ in rules)
    waiting = db.execute(
        "SELECT id, template_key FROM checklist_items "
        f"WHERE auto = '' AND template_key IN ({marks})",
        list(rules),
    ).fetchall()
    db.conn.executemany(
        "UPDATE checklist_items SET auto = ? WHERE id = ?",
        [(rules[key], row_id) for row_id, key in waiting],
    )


def retranslate(db: Database, before: ChecklistTemplate, after: ChecklistTemplate) -> int:
    """Put the template's words in another language, where the person has not changed them.

    A category title, task title or task note still exactly as `before` had it becomes
    `after`'s; anything the person wrote or edited stays as it is. Returns how many
    rows changed.
    """
    old_categories = {c.key: c.title for c in before.categories}
    new_categories = {c.key: c.title for c in after.categories}
    old_items = {i.key: i for c in before.categories for i in c.items}
    new_items = {i.key: i for c in after.categories for i in c.items}
    changed = 0
    with db.atomic():
        for key, title in new_categories.items():
            if key in old_categories and old_categories[key] != title:
                cursor = db.execute(
                    "UPDATE checklist_categories SET title = ? WHERE key = ? AND title = ?",
                    [title, key, old_categories[key]],
                )
                changed += cursor.rowcount
        for key, item in new_items.items():
            old = old_items.get(key)
            if old is None:
                continue
            for column, was, now in (
                ("title", old.title, item.title),
                ("notes", old.notes, item.notes),
            ):
                if was != now:
                    cursor = db.execute(
                        f"UPDATE checklist_items SET [{column}] = ? "
                        f"WHERE template_key = ? AND [{column}] = ?",
                        [now, key, was],
                    )
                    changed += cursor.rowcount
    return changed


# --- reading -----------------------------------------------------------------------------------


def categories(db: Database) -> list[Category]:
    return [
        Category(row["key"], row["title"], row["position"])
        for row in db.table("checklist_categories").rows_where(order_by="position")
    ]


def _where(assignee: Assignee, include_done: bool) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if assignee == "me":
        clauses.append("i.assignee_id IS NULL")
    elif isinstance(assignee, int) and not isinstance(assignee, bool):
        clauses.append("i.assignee_id = ?")
        params.append(assignee)
    if not include_done:
        clauses.append("i.done_on IS NULL")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def list_items(
    db: Database, *, assignee: Assignee = "everyone", include_done: bool = True
) -> list[ChecklistItem]:
    """Items in checklist order (category, then position), filtered by who and by done."""
    where, params = _where(assignee, include_done)
    cursor = db.execute(
        "SELECT i.* FROM checklist_items i JOIN checklist_categories c ON c.key = i.category"
        + where
        + " ORDER BY c.position, i.position, i.id",
        params,
    )
    columns = [d[0] for d in cursor.description]
    return [_from_row(dict(zip(columns, row, strict=True))) for row in cursor.fetchall()]


def get_item(db: Database, item_id: int) -> ChecklistItem | None:
    rows = list(db.table("checklist_items").rows_where("id = ?", [item_id]))
    return _from_row(rows[0]) if rows else None


def readiness(db: Database, assignee: Assignee = "everyone") -> Readiness:
    """Done and total per category (in order) and overall."""
    where, params = _where(assignee, include_done=True)
    join_filter = where.replace(" WHERE ", " AND ", 1) if where else ""
    rows = db.execute(
        "SELECT c.key, c.title, COUNT(i.id), COUNT(i.done_on) FROM checklist_categories c "
        "LEFT JOIN checklist_items i ON i.category = c.key" + join_filter + " "
        "GROUP BY c.key ORDER BY c.position",
        params,
    ).fetchall()
    per_category = tuple(Progress(key, title, done, total) for key, title, total, done in rows)
    overall = Progress(
        "overall",
        "",
        sum(p.done for p in per_category),
        sum(p.total for p in per_category),
    )
    return Readiness(overall, per_category)


def next_items(
    db: Database, today: date, limit: int = 3, assignee: Assignee = "everyone"
) -> list[ChecklistItem]:
    """What to do next: open items with a due date (soonest, overdue first), then the rest
    in checklist order."""
    del today  # the order does not depend on today: overdue items are simply the earliest
    open_items = list_items(db, assignee=assignee, include_done=False)
    dated = sorted((i for i in open_items if i.due is not None), key=lambda i: (i.due, i.id))
    undated = [i for i in open_items if i.due is None]
    return (dated + undated)[:limit]


# --- writing -----------------------------------------------------------------------------------


def _check_category(db: Database, category: str) -> None:
    check_saveable(category, "category")
    if (
        db.execute("SELECT 1 FROM checklist_categories WHERE key = ?", [category]).fetchone()
        is None
    ):
        raise InvalidInputError("category", "unknown-choice", f"Unknown category {category!r}.")


def _check_assignee(db: Database, assignee_id: int | None) -> None:
    if assignee_id is not None and not people.exists(db, assignee_id):
        raise InvalidInputError("assignee", "unknown-choice", "That helper no longer exists.")


def _end_position(db: Database, category: str) -> int:
    """The place after the last item of `category` (renumbered first if it grew large)."""
    return ordering.end_position(db, "checklist_items", "category = ?", [category])


def _renumber(db: Database, category: str) -> None:
    """Close the gaps: positions in `category` become 1..n again, in their current order."""
    ordering.renumber(db, "checklist_items", "category = ?", [category])


def _values(
    category: str, title: str, notes: str, due: date | str | None, assignee_id: int | None
) -> dict[str, Any]:
    """An item's columns as a person gives them, cleaned (InvalidInputError if one cannot be
    saved); whether the category and the assignee exist is checked where it is written."""
    return {
        "title": clean_text(title, "title", MAX_TITLE, required=True),
        "notes": clean_text(notes, "notes", MAX_NOTES),
        "due": iso_date(parse_date(due, "due date")),
        "assignee_id": assignee_id,
        "category": category,
    }


def save_item(
    db: Database,
    item_id: int | None,
    *,
    category: str,
    title: str,
    notes: str = "",
    due: date | str | None = None,
    assignee_id: int | None = None,
    at: datetime | None = None,
) -> ChecklistItem:
    """Add an item (`item_id` None) at the end of its category, or change one; nothing is
    stored when refused. Moving an item to another category puts it at that category's end.
    `at` (when given) is recorded as the item's `changed_at`."""
    values = _values(category, title, notes, due, assignee_id)
    if at is not None:
        values["changed_at"] = stamp(at)
    with db.atomic():
        current = None if item_id is None else get_item(db, item_id)
        if item_id is not None and current is None:
            raise InvalidInputError("item", "missing", "That item no longer exists.")
        _check_category(db, category)
        _check_assignee(db, assignee_id)
        if current is None or category != current.category:
            values["position"] = _end_position(db, category)
        if item_id is None:
            item_id = int(str(db.table("checklist_items").insert(values).last_pk))
        else:
            db.table("checklist_items").update(item_id, values)
        if current is not None and category != current.category:
            _renumber(db, current.category)
    item = get_item(db, item_id)
    assert item is not None
    return item


def set_done(
    db: Database, item_id: int, done: bool, today: date, *, at: datetime | None = None
) -> None:
    """Tick (with today's date) or untick an item. `at` (when given) is recorded as its
    `changed_at` if this changes whether it is done."""
    done_on = today.isoformat() if done else None
    with db.atomic():
        if at is not None:
            db.execute(
                "UPDATE checklist_items SET changed_at = ? "
                "WHERE id = ? AND (done_on IS NULL) != (? IS NULL)",
                [stamp(at), item_id, done_on],
            )
        db.execute("UPDATE checklist_items SET done_on = ? WHERE id = ?", [done_on, item_id])


def delete_item(db: Database, item_id: int) -> ChecklistItem | None:
    """Remove an item and return it, so it can be put back with `restore_item` (undo)."""
    item = get_item(db, item_id)
    if item is None:
        return None
    with db.atomic():
        db.execute("DELETE FROM checklist_items WHERE id = ?", [item_id])
        _renumber(db, item.category)
    return item


def restore_item(db: Database, item: ChecklistItem) -> ChecklistItem:
    """Put a deleted item back where it was in its category."""
    with db.atomic():
        db.execute(
            "UPDATE checklist_items SET position = position + 1 "
            "WHERE category = ? AND position >= ?",
            [item.category, item.position],
        )
        row: dict[str, Any] = {
            "category": item.category,
            "template_key": item.template_key,
            "title": item.title,
            "notes": item.notes,
            "due": iso_date(item.due),
            "assignee_id": item.assignee_id if people.exists(db, item.assignee_id) else None,
            "done_on": iso_date(item.done_on),
            "position": item.position,
            "link": item.link,
            "auto": item.auto,
            "sources": item.sources,
            "changed_at": item.changed_at,
            "helper_note": item.helper_note,
        }
        if get_item(db, item.id) is None:
            row["id"] = item.id
        new_id = int(str(db.table("checklist_items").insert(row).last_pk))
        _renumber(db, item.category)
    restored = get_item(db, new_id)
    assert restored is not None
    return restored


def move_item(
    db: Database, item_id: int, before_id: int | None, category: str | None = None
) -> None:
    """Move an item to just before `before_id`, or to the end of `category` when None.

    Without a category, the item stays in its own category. Drag and drop and the
    keyboard both come through here.
    """
    with db.atomic():
        item = get_item(db, item_id)
        if item is None or item_id == before_id:
            return
        target = category or item.category
        if before_id is not None:
            before = get_item(db, before_id)
            if before is None:
                return
            target = before.category
        _check_category(db, target)
        order = [
            row[0]
            for row in db.execute(
                "SELECT id FROM checklist_items WHERE category = ? AND id != ? "
                "ORDER BY position, id",
                [target, item_id],
            ).fetchall()
        ]
        index = order.index(before_id) if before_id in order else len(order)
        order.insert(index, item_id)
        db.execute("UPDATE checklist_items SET category = ? WHERE id = ?", [target, item_id])
        db.conn.executemany(
            "UPDATE checklist_items SET position = ? WHERE id = ?",
            [(position, row_id) for position, row_id in enumerate(order, start=1)],
        )
        if target != item.category:
            _renumber(db, item.category)


def _intake_date_set(db: Database) -> bool:
    row = db.execute("SELECT 1 FROM intake_plan WHERE id = 1 AND date IS NOT NULL").fetchone()
    return row is not None


def _rule_met(db: Database, rule: str, facts: dict[str, Any]) -> bool:
    """Whether the app knows for certain that a task with this `auto` rule is done."""
    name, _, argument = rule.partition(":")
    if name == AUTO_RELAXATION and argument.isdigit():
        if "sessions" not in facts:
            facts["sessions"] = sessions.completed_count(db)
        return bool(facts["sessions"] >= int(argument))
    if name == AUTO_INTAKE and not argument:
        if "intake" not in facts:
            facts["intake"] = _intake_date_set(db)
        return bool(facts["intake"])
    if name == AUTO_SAFETY_PLAN and not argument:
        if "safety" not in facts:
            facts["safety"] = safety_plan.counts_as_made(safety_plan.get_safety_plan(db))
        return bool(facts["safety"])
    if name == AUTO_READ and argument:
        if "read" not in facts:
            facts["read"] = learn.read_keys(db)
        return argument in facts["read"]
    return False


def apply_auto_ticks(db: Database, today: date) -> list[int]:
    """Tick the open tasks that complete themselves and are now done; return their ids.

    A task the person unticks by hand is ticked again here while its rule still holds.
    """
    ticked = []
    facts: dict[str, Any] = {}
    for item in list_items(db, include_done=False):
        if item.auto and _rule_met(db, item.auto, facts):
            set_done(db, item.id, True, today)
            ticked.append(item.id)
    return ticked


def tick_auto(db: Database, rule: str, today: date) -> list[int]:
    """Tick, with `today`'s date, the open tasks whose `auto` rule is `rule`; their ids."""
    return _set_auto(db, rule, today.isoformat())


def untick_auto(db: Database, rule: str) -> list[int]:
    """Untick the done tasks whose `auto` rule is `rule` (the intake date was cleared)."""
    return _set_auto(db, rule, None)


def _set_auto(db: Database, rule: str, done_on: str | None) -> list[int]:
    with db.atomic():
        changed = [
            row[0]
            for row in db.execute(
                "SELECT id FROM checklist_items WHERE auto = ? AND (done_on IS NULL) = ?",
                [rule, done_on is not None],
            ).fetchall()
        ]
        db.conn.executemany(
            "UPDATE checklist_items SET done_on = ? WHERE id = ?",
            [(done_on, row_id) for row_id in changed],
        )
    return changed


def relaxation_progress(db: Database, item: ChecklistItem) -> tuple[int, int] | None:
    """(sessions done, sessions needed) for a self-ticking item, else None."""
    name, _, count = item.auto.partition(":")
    if name != AUTO_RELAXATION or not count.isdigit():
        return None
    return min(sessions.completed_count(db), int(count)), int(count)
