"""The timeline's words keep the safety corrections, in English and in Spanish: the
planned stage never reads as planning a withdrawal alone, stopping alcohol or
benzodiazepines is said to risk seizures, the stages after the worst carry the
tolerance warning, methadone's range is shown whole, and buprenorphine is its own kind."""

from __future__ import annotations

import pytest

from companion.core import content, timeline
from companion.core.timeline import BUPRENORPHINE, LONG, PLANNED, SHORT, UNSURE, load_text

LANGUAGES = ("en", "es")
WORDS = {
    "en": {
        "seizure": "seizure",
        "fatal": "fatal",
        "tolerance": "tolerance",
        "kill": "could kill",
        "alone": "do not go through withdrawal alone",
        "program": "ask your program when to stop using",
        "three weeks": "three weeks",
        "prescriber": "prescriber",
        "buprenorphine": "buprenorphine",
        "sedatives": ("alcohol", "benzodiazepine"),
    },
    "es": {
        "seizure": "convulsiones",
        "fatal": "mortal",
        "tolerance": "tolerancia",
        "kill": "podría matarle",
        "alone": "no pase la abstinencia a solas",
        "program": "pregunte a su programa cuándo dejar de consumir",
        "three weeks": "tres semanas",
        "prescriber": "receta",
        "buprenorphine": "buprenorfina",
        "sedatives": ("alcohol", "benzodiazepina"),
    },
}
# Stages shown once the worst has passed, or while a long withdrawal goes on: a return
# to the old amount is most dangerous here, so each says that tolerance falls.
TOLERANCE_STAGES = (
    "after",
    f"{SHORT}:easing",
    f"{SHORT}:lingering",
    f"{LONG}:main",
    f"{LONG}:lingering",
    f"{UNSURE}:main",
    f"{UNSURE}:lingering",
    f"{BUPRENORPHINE}:varies",
    f"{BUPRENORPHINE}:lingering",
)


@pytest.fixture(params=LANGUAGES)
def language(request):
    content.set_language(request.param)
    yield request.param
    content.set_language("en")


def test_the_planned_stage_does_not_plan_a_withdrawal_alone(language):
    planned = load_text().stages[PLANNED].lower()
    for old in ("so you can plan who will be with you", "planificar quién estará con usted"):
        assert old not in planned
    assert WORDS[language]["program"] in planned
    assert WORDS[language]["alone"] in planned


def test_get_help_says_stopping_alcohol_or_benzodiazepines_can_cause_seizures(language):
    words = WORDS[language]
    text = load_text()
    for part in (text.always, text.get_help, *text.stages.values()):
        lowered = part.lower()
        if any(name in lowered for name in words["sedatives"]):
            assert words["seizure"] in lowered, part
            assert words["fatal"] in lowered, part
    assert words["seizure"] in text.get_help.lower()
    assert words["alone"] in text.get_help.lower()


@pytest.mark.parametrize("stage", TOLERANCE_STAGES)
def test_stages_after_the_worst_carry_the_tolerance_warning(language, stage):
    words = load_text().stages[stage].lower()
    assert WORDS[language]["tolerance"] in words
    assert WORDS[language]["kill"] in words


def test_methadone_main_stage_shows_up_to_about_three_weeks(language):
    assert WORDS[language]["three weeks"] in load_text().stages[f"{LONG}:main"].lower()
    main = {w.key: w for w in timeline.windows(LONG)}["main"]
    assert main.end >= 21 * timeline.DAY


def test_buprenorphine_is_its_own_kind_and_sends_to_the_prescriber(language):
    text = load_text()
    assert WORDS[language]["buprenorphine"] in text.kinds[BUPRENORPHINE].lower()
    assert WORDS[language]["prescriber"] in text.stages[f"{BUPRENORPHINE}:varies"].lower()
    varies = text.stages[f"{BUPRENORPHINE}:varies"]
    assert not any(ch.isdigit() for ch in varies), "no hours a source does not give"


def test_spanish_uses_the_one_term_for_benzodiazepines():
    content.set_language("es")
    try:
        text = load_text()
        every = " ".join((text.always, text.get_help, *text.kinds.values(), *text.stages.values()))
    finally:
        content.set_language("en")
    assert "benzodiacepina" not in every.lower()
