"""The checklist's safety wording, in English and Spanish: sedatives, pregnancy, going
through withdrawal alone, and links to the Learn sections that cover each topic.

These fail if an old, unsafe wording comes back."""

from __future__ import annotations

import re

import pytest

from companion.core import content, learn
from companion.core.content import ChecklistTemplate, TemplateItem

OLD_WORDING = (
    # pregnancy framed as "detox with extra care"
    "pregnancy makes withdrawal riskier",
    "extra medical care",
    "el embarazo hace que la abstinencia tenga más riesgos",
    "atención médica adicional",
    # jargon replaced by plain words
    "over the counter",
    # withdrawal called safe
    "not dangerous",
    "no es peligros",
    "safe to do alone",
)
SEDATIVES = {
    "en": re.compile(r"\b(alcohol|benzodiazepines?|sedatives?)\b", re.IGNORECASE),
    "es": re.compile(r"\b(alcohol|benzodiazepinas?|sedantes?)\b", re.IGNORECASE),
}
SEIZURES = {"en": "seizure", "es": "convulsiones"}
INGREDIENT_ONLY = {"pack-toiletries"}
"""Items that name alcohol only as something in a product, not as a drink."""
NEW_SECTIONS = (
    "choosing-a-program",
    "money-and-work",
    "intake-day",
    "inside-detox",
    "medication-after-detox",
    "using-naloxone",
    "staying-safer",
)


@pytest.fixture(params=["en", "es"])
def language(request):
    content.set_language(request.param)
    yield request.param
    content.set_language("en")


def items(template: ChecklistTemplate) -> list[TemplateItem]:
    return [item for category in template.categories for item in category.items]


def test_no_checklist_text_says_the_old_wording(language):
    template = content.load_checklist_template()
    for item in items(template):
        text = f"{item.title} {item.notes}".casefold()
        for old in OLD_WORDING:
            assert old not in text, (item.key, old)


def test_every_item_about_alcohol_or_sedatives_warns_of_seizures(language):
    about = [
        item
        for item in items(content.load_checklist_template())
        if SEDATIVES[language].search(f"{item.title} {item.notes}")
        and item.key not in INGREDIENT_ONLY
    ]
    assert len(about) >= 4
    for item in about:
        notes = item.notes.casefold()
        assert SEIZURES[language] in notes, item.key
        assert (
            "clinician" in notes
            or "program" in notes
            or "profesional" in notes
            or ("programa" in notes)
        ), item.key


def test_pregnancy_sends_to_a_prenatal_team_and_names_medication(language):
    pregnancy = {"en": "pregnan", "es": "embaraz"}[language]
    about = [i for i in items(content.load_checklist_template()) if pregnancy in i.notes.casefold()]
    assert about
    for item in about:
        notes = item.notes.casefold()
        assert "prenatal" in notes, item.key
        assert "buprenorf" in notes or "buprenorph" in notes, item.key
        assert "metadona" in notes or "methadone" in notes, item.key


def test_waiting_for_a_bed_is_not_a_reason_to_stop_alone(language):
    intake = {i.key: i for i in items(content.load_checklist_template())}["set-intake-date"]
    notes = intake.notes.casefold()
    if language == "en":
        assert "when to stop using" in notes and "alone" in notes
    else:
        assert "cuándo dejar de consumir" in notes and "a solas" in notes


def test_the_new_learn_sections_each_have_a_checklist_item(language):
    links = {item.link for item in items(content.load_checklist_template())}
    for key in NEW_SECTIONS:
        assert f"learn:{key}" in links, key


def test_every_learn_link_leads_to_a_section():
    for code in content.LANGUAGES:
        content.set_language(code)
        try:
            for item in items(content.load_checklist_template()):
                if item.link.startswith("learn:"):
                    key = item.link.removeprefix("learn:")
                    assert learn.find_section(key) is not None, (code, item.key)
        finally:
            content.set_language("en")


def test_english_and_spanish_templates_match_item_for_item():
    content.set_language("es")
    spanish = content.load_checklist_template()
    content.set_language("en")
    english = content.load_checklist_template()
    assert spanish.version == english.version
    for en, es in zip(items(english), items(spanish), strict=True):
        assert (en.key, en.link, en.auto, en.since, en.sources) == (
            es.key,
            es.link,
            es.auto,
            es.since,
            es.sources,
        )
        for field in ("was_title", "was_notes", "was_link"):
            assert len(getattr(en, field)) == len(getattr(es, field)), (en.key, field)
