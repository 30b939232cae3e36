"""The pocket card's content: steps 4, 5 and 6, the region's numbers, kept short, and
nothing a passer-by would read as sensitive in discreet mode."""

from __future__ import annotations

from datetime import datetime

from companion.core import overdose_plan, pdf, people, pocket_card, safety_plan
from companion.core.safety_plan import SafetyPlan

NOW = datetime(2026, 3, 9, 20, 15)
LABELS = {key: key for key in pocket_card.LABELS} | {
    "title": "My safety plan",
    "naloxone": "Naloxone is kept: %1",
    "helpline": "Helpline",
}


def _plan(db):
    mum = people.save_person(db, None, name="Mum", phone="07700 900456")
    nurse = people.save_person(db, None, name="Nurse Priya", role="care-team", phone="020 7946")
    safety_plan.save_safety_plan(
        db,
        SafetyPlan(
            surroundings="Mum keeps my medicines\n" + "x" * 900,
            helpers=(mum.id,),
            professionals=(nurse.id,),
        ),
        NOW,
    )
    overdose_plan.save_overdose_plan(
        db, overdose_plan.OverdosePlan(naloxone_place="Kitchen drawer"), NOW
    )


def test_card_holds_the_people_numbers_and_the_safer_surroundings(db):
    _plan(db)
    data = pocket_card.card_data(db, LABELS, region="US", discreet=False)
    assert data["emergency_number"] == "911"
    assert data["helpers"] == [{"name": "Mum", "phone": "07700 900456"}]
    assert data["professionals"][0]["name"] == "Nurse Priya"
    assert any("988" in line["name"] for line in data["helplines"])
    assert data["surroundings"].startswith("Mum keeps my medicines")
    assert len(data["surroundings"]) <= pocket_card.PANEL_TEXT + 1  # kept to a panel
    assert data["naloxone"] == "Naloxone is kept: Kitchen drawer"


def test_discreet_card_names_no_sensitive_helpline(db):
    _plan(db)
    data = pocket_card.card_data(db, LABELS, region="US", discreet=True)
    names = [line["name"] for line in data["helplines"]]
    assert "Helpline" in names and not any("Suicide" in name for name in names)


def test_empty_plan_still_makes_a_card(db):
    data = pocket_card.card_data(db, LABELS, region="OTHER", discreet=False)
    assert data["helpers"] == [] and data["surroundings"] == "" and data["naloxone"] == ""
    assert pdf.render(pocket_card.TEMPLATE, data, language="en", title="Card").startswith(b"%PDF")
