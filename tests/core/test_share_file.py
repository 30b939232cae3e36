"""The share file and the progress file: what a share holds (and never holds), the plan's
identity, writing them privately, and reading them back checked whole."""

from __future__ import annotations

import copy
import json
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from companion.core import checklist, operations, people, settings, share, share_checks, share_file
from companion.core.content import ChecklistTemplate, TemplateCategory, TemplateItem
from companion.core.share import ShareFileRefused

NOW = datetime(2026, 3, 10, 12, 0, 31, tzinfo=UTC)

PRIVATE = (
    # the journal, cravings, the safety plan, care questions, medications and allergies
    "Restless night",
    "Walked to the shop",
    "Calmer. Zo",
    "It passed",
    "Not sleeping",
    "Avoiding Sam",
    "Box breathing",
    "The park with",
    "Mum keeps my medicines",
    "My daughter",
    "How long will the shakes last",
    "Can my partner visit",
    "Sertraline",
    "Penicillin",
    # the after-detox warning signs, the overdose commitments
    "Skipping meals",
    "Never use alone",
    # contacts' emails, addresses, notes; appointments' and calls' notes
    "priya@example.org",
    "Ward 4",
    "drives me",
    "Bring the medication list",
    "Ask for Jo",
    # a helper's own things: conversation plans, check-ins
    "Sunday talk",
    "Worried, but coping",
    "I feel hopeful",
)


def _template() -> ChecklistTemplate:
    return ChecklistTemplate(
        version=1,
        categories=(
            TemplateCategory(
                "home",
                "At home",
                (
                    TemplateItem("pets", "Arrange care for the cat"),
                    TemplateItem("bag", "Pack a bag"),
                ),
            ),
        ),
    )


def test_a_share_holds_the_plan_and_nothing_private(full_db):
    document = share_file.share_document(full_db, NOW)
    text = json.dumps(document, ensure_ascii=False)
    for private in PRIVATE:
        assert private not in text, private
    assert share_checks.check_share(document) == []
    assert document["format"] == "prep-companion-share"
    assert document["version"] == 1
    assert document["written_at"] == "2026-03-10T12:00:31+00:00"
    assert document["intake"] == {"date": "2026-04-01", "place": "Riverside Detox"}
    assert len(document["tasks"]) == len(checklist.list_items(full_db))
    mum = next(p for p in people.list_people(full_db) if p.name == "Mum")
    assert [p["name"] for p in document["people"]] == ["Mum"]  # shared, and has a task
    assert document["people"][0] == {
        "id": mum.id,
        "name": "Mum",
        "relationship": "mother",
        "phone": "07700 900456",
        "role": "family",
        "knows_naloxone": False,
    }
    edited = next(t for t in document["tasks"] if t["assignee"] == mum.id)
    assert edited["helper_note"] == "Booked the sitter"
    assert edited["changed_at"] == "2026-03-09T18:30:05+00:00"
    titles = {c.key: c.title for c in checklist.categories(full_db)}
    assert {t["category"] for t in document["tasks"]} <= set(titles.values())
    # the intake is with Nurse Priya, who is not shared: the share does not name her
    intake_visit = next(a for a in document["appointments"] if a["kind"] == "intake")
    assert intake_visit["contact"] is None
    assert intake_visit["starts_at"] == "2026-04-01T09:30"
    group = next(a for a in document["appointments"] if a["weekly"])
    assert group["until"] == "2026-06-30"
    assert document["after_detox"] == {
        "next_step": "outpatient",
        "first_week": "Stay with Mum",
        "coping_steps": "Call Sam",
    }
    assert document["overdose"] == {
        "naloxone_place": "Kitchen drawer",
        "naloxone_doses": 2,
        "naloxone_expires": "2028-05-31",
    }


def test_the_plan_gets_its_identity_once(db):
    assert settings.get_setting(db, "plan_id") == ""
    first = share_file.share_document(db, NOW)["plan_id"]
    assert len(first) == 32 and all(ch in "0123456789abcdef" for ch in first)
    assert settings.get_setting(db, "plan_id") == first
    assert share_file.share_document(db, NOW)["plan_id"] == first


def test_a_contact_marked_shared_is_included_without_a_task(db):
    people.save_person(db, None, name="Ana", relationship="friend", phone="555 0100", shared=True)
    people.save_person(db, None, name="Bo", phone="555 0101", email="bo@example.org")
    document = share_file.share_document(db, NOW)
    assert [p["name"] for p in document["people"]] == ["Ana"]


def test_files_are_written_private_and_read_back(db, tmp_path):
    checklist.ensure_template(db, _template())
    path = tmp_path / "plan.prepshare"
    assert operations.write_share(db, path, NOW) == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = share_file.read_file(path, share.SHARE_FORMAT)
    assert [t["title"] for t in document["tasks"]] == ["Arrange care for the cat", "Pack a bag"]


def test_tasks_record_when_they_change(db):
    checklist.ensure_template(db, _template())
    item = checklist.list_items(db)[0]
    assert item.changed_at is None
    checklist.set_done(db, item.id, True, date(2026, 3, 10))  # no time given: kept as it was
    assert checklist.get_item(db, item.id).changed_at is None
    checklist.set_done(db, item.id, False, date(2026, 3, 10), at=datetime(2026, 3, 10, 13, 5))
    stamped = checklist.get_item(db, item.id).changed_at
    assert stamped is not None and stamped.endswith("+00:00")
    checklist.set_done(db, item.id, False, date(2026, 3, 10), at=datetime(2099, 1, 1))
    assert checklist.get_item(db, item.id).changed_at == stamped  # not a change
    checklist.save_item(
        db,
        item.id,
        category=item.category,
        title="Cat at the neighbour's",
        at=datetime(2026, 3, 11, 8, 0, 7, tzinfo=UTC),
    )
    assert checklist.get_item(db, item.id).changed_at == "2026-03-11T08:00:07+00:00"
    removed = checklist.delete_item(db, item.id)
    restored = checklist.restore_item(db, removed)
    assert restored.changed_at == "2026-03-11T08:00:07+00:00"


# --- refusals ----------------------------------------------------------------------------------


@pytest.fixture
def good(db) -> dict:
    checklist.ensure_template(db, _template())
    mum = people.save_person(db, None, name="Mum", phone="555", shared=True)
    first = checklist.list_items(db)[0]
    checklist.save_item(
        db, first.id, category=first.category, title=first.title, assignee_id=mum.id
    )
    return share_file.share_document(db, NOW)


def _problems(document) -> list[str]:
    return [str(problem) for problem in share_checks.check_share(document)]


def test_a_valid_share_has_no_problems(good):
    assert _problems(good) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(extra=1), "extra: is not part of this file's format"),
        (lambda d: d.pop("tasks"), "tasks: is missing"),
        (lambda d: d.update(plan_id="ABC"), "plan_id: must be 32 characters 0-9 and a-f"),
        (lambda d: d.update(written_at="2026-03-10T12:00"), "written_at: must give its time zone"),
        (lambda d: d["tasks"][1].update(id=d["tasks"][0]["id"]), "tasks[1].id: is the same as"),
        (lambda d: d["tasks"][0].update(assignee=999), "tasks[0].assignee: refers to 999"),
        (lambda d: d["tasks"][0].update(due="2026-02-30"), "tasks[0].due: must be a real date"),
        (lambda d: d["tasks"][0].update(title=" "), "tasks[0].title: must not be blank"),
        (lambda d: d["tasks"][0].update(helper_note="x" * 1001), "helper_note: is too long"),
        (lambda d: d["tasks"][0].update(secret="x"), "tasks[0].secret: is not part"),
        (lambda d: d["people"][0].update(knows_naloxone=1), "must be true or false"),
        (lambda d: d["people"][0].update(id=True), "people[0].id: must be a whole number"),
        (lambda d: d["people"][0].update(name="\ud800"), "broken Unicode"),
        (lambda d: d["overdose"].update(naloxone_doses=99), "naloxone_doses: must be a whole"),
        (lambda d: d["after_detox"].update(next_step="moon"), "next_step: must be one of"),
        (lambda d: d.update(intake=[]), "intake: must be an object"),
        (lambda d: d.update(format="prep-companion-progress"), "a helper's progress"),
        (lambda d: d.update(format="prep-companion"), "format: must be 'prep-companion-share'"),
        (lambda d: d.update(version=2), "made by a newer version of Prep Companion"),
        (lambda d: d.update(version="1"), "version: must be a whole number"),
    ],
)
def test_a_share_with_a_problem_is_refused_and_says_where(good, change, expected):
    document = copy.deepcopy(good)
    change(document)
    problems = _problems(document)
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "is empty"),
        (b"\xff\xfe{}", "is not UTF-8"),
        (b"{not json", "is not valid JSON"),
        (b'{"a": NaN}', "is not valid JSON"),
        (b"[1, 2]", "must be a JSON object"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_a_damaged_file_is_refused(tmp_path, data, expected):
    path = tmp_path / "damaged.prepshare"
    path.write_bytes(data)
    with pytest.raises(ShareFileRefused) as refused:
        share_file.read_file(path, share.SHARE_FORMAT)
    assert expected in str(refused.value)
    assert refused.value.reason == "bad-share-file"


def test_a_file_too_big_or_missing_is_refused(tmp_path):
    big = tmp_path / "big.prepshare"
    big.write_bytes(b" " * (share.MAX_SHARE_BYTES + 1))
    with pytest.raises(ShareFileRefused, match="too big"):
        share_file.read_file(big, share.SHARE_FORMAT)
    with pytest.raises(ShareFileRefused, match="does not exist"):
        share_file.read_file(tmp_path / "none.prepshare", share.SHARE_FORMAT)
    with pytest.raises(ShareFileRefused, match="folder"):
        share_file.read_file(tmp_path, share.SHARE_FORMAT)


def test_a_progress_file_with_problems_is_refused(good):
    progress = {
        "format": "prep-companion-progress",
        "version": 1,
        "plan_id": good["plan_id"],
        "helper": {"id": 1, "name": "Mum"},
        "written_at": "2026-03-10T12:00:00+00:00",
        "changes": [
            {"task_id": 1, "done_on": None, "note": "", "changed_at": "2026-03-10T12:00:00+00:00"}
        ],
    }
    assert share_checks.check_progress(progress) == []
    assert share_checks.check_share(progress)[0].where == "format"
    assert "a plan shared" in share_checks.check_progress(good)[0].what
    doubled = copy.deepcopy(progress)
    doubled["changes"].append(dict(doubled["changes"][0]))
    assert [str(p) for p in share_checks.check_progress(doubled)] == [
        "changes[1].task_id: is the same as in [0]; each must be different"
    ]
    nameless = copy.deepcopy(progress)
    del nameless["helper"]["name"]
    nameless["changes"][0]["changed_at"] = None
    assert {p.where for p in share_checks.check_progress(nameless)} == {
        "helper.name",
        "changes[0].changed_at",
    }


def test_the_data_format_document_names_every_key():
    doc = Path(__file__).resolve().parents[2] / "docs" / "data-format.md"
    text = doc.read_text("utf-8")
    part = text[text.index("## Sharing with a helper") :]
    keys = [
        *share_checks.SHARE_TOP,
        *share_checks.PROGRESS_TOP,
        *share_checks.INTAKE,
        *share_checks.TASK,
        *share_checks.PERSON,
        *share_checks.APPOINTMENT,
        *share_checks.AFTER_DETOX,
        *share_checks.OVERDOSE,
        *share_checks.HELPER,
        *share_checks.CHANGE,
    ]
    for key in keys:
        assert f"`{key}`" in part, key
    for table in (share_checks.SHARE_TOP, share_checks.PROGRESS_TOP):
        for key in table:
            assert f"| `{key}` |" in part, key
