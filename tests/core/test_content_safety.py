"""Safety corrections in the Learn sections and the overdose steps stay made.

Each test here guards a correction: if the old, unsafe wording comes back (withdrawal
called "not dangerous", sedatives mentioned without the seizure warning, pregnancy as
"detox with extra care", a withdrawal section with no tolerance warning...), a test
fails. English and Spanish are both checked, and the Spanish files keep one term for
each thing.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion.core.learn import SOURCES
from companion.core.paths import resources_dir

ROOT = resources_dir()
ES = ROOT / "locale" / "es"
FIRST_SECTIONS = (
    "why-detox",
    "withdrawal",
    "supervised-detox",
    "overdose-naloxone",
    "emotional-support",
    "aftercare",
    "co-occurring",
    "preparing",
    "hard-days",
    "families",
)
LANGUAGES = {"en": ROOT / "content" / "learn", "es": ES / "content" / "learn"}
ALL_SECTIONS = tuple(
    path.stem.partition("-")[2] for path in sorted(LANGUAGES["en"].glob("[0-9][0-9]-*.md"))
)
SOURCES_HEADING = {"en": SOURCES, "es": "Fuentes"}


def path_of(folder: Path, key: str) -> Path:
    """The section file with this key, whatever its number in the contents."""
    (found,) = folder.glob(f"[0-9][0-9]-{key}.md")
    return found


def section(language: str, key: str) -> str:
    return path_of(LANGUAGES[language], key).read_text(encoding="utf-8")


def body(language: str, text: str) -> str:
    """The text a person reads as prose: everything above the Sources list (source
    titles are published titles and stay in their own words and language)."""
    return re.split(rf"^## {SOURCES_HEADING[language]}\s*$", text, flags=re.M)[0]


def all_sections() -> list[tuple[str, Path]]:
    return [
        (code, path) for code, folder in LANGUAGES.items() for path in sorted(folder.glob("*.md"))
    ]


# --- withdrawal is never called safe, and never something to do alone ----------------------

UNSAFE = {
    "en": re.compile(
        r"not (dangerous|life.threatening)|keep (up )?your fluids up|"
        r"safe (to do |to go through )?(it )?(at home )?alone",
        re.I,
    ),
    "es": re.compile(
        r"no (es|sea) peligros|no pone en peligro la vida|sin peligro si|"
        r"segur[oa] (hacerla |pasarla )?(en casa )?a solas",
        re.I,
    ),
}


@pytest.mark.parametrize(("code", "path"), all_sections(), ids=lambda v: getattr(v, "name", v))
def test_no_section_calls_withdrawal_safe(code, path):
    text = body(code, path.read_text(encoding="utf-8"))
    found = UNSAFE[code].search(text)
    assert found is None, f"{code}/{path.name}: {found.group(0) if found else ''}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_withdrawal_section_says_ask_the_program_and_not_alone(code):
    text = body(code, section(code, "withdrawal")).lower()
    if code == "en":
        assert "ask your program when to stop" in text
        assert "do not go through withdrawal alone" in text
        assert "do not stop early" in text
        assert "vomiting and diarrhoea" in text and "dangerous" in text
    else:
        assert "pregunte a su programa cuándo dejar de consumir" in text
        assert "no pase la abstinencia a solas" in text
        assert "no lo deje antes de tiempo" in text
        assert "los vómitos y la diarrea" in text and "peligroso" in text


@pytest.mark.parametrize("code", LANGUAGES)
def test_withdrawal_section_carries_the_tolerance_warning(code):
    text = body(code, section(code, "withdrawal")).lower()
    assert ("tolerance" if code == "en" else "tolerancia") in text
    assert "learn:overdose-naloxone" in text
    words = ("days", "kill") if code == "en" else ("días", "muerte")
    assert all(word in text for word in words)


# --- alcohol, benzodiazepines and sedatives: the seizure warning goes with them ---------------

SEDATIVES = {
    "en": re.compile(r"\balcohol\b|benzodiazepine|\bbenzos\b|sedative", re.I),
    "es": re.compile(r"\balcohol\b|benzodiazepina|\bbenzos\b|sedante", re.I),
}
SEIZURE = {"en": re.compile(r"seizure", re.I), "es": re.compile(r"convulsi", re.I)}


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("stem", ALL_SECTIONS)
def test_sections_that_mention_sedatives_warn_about_seizures(code, stem):
    text = body(code, section(code, stem))
    if SEDATIVES[code].search(text):
        assert SEIZURE[code].search(text), f"{code}/{stem} mentions alcohol or sedatives"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_seizure_warning_is_in_the_withdrawal_and_detox_sections(code):
    for stem in ("withdrawal", "supervised-detox", "preparing"):
        assert SEIZURE[code].search(body(code, section(code, stem))), stem


# --- pregnancy, medicines during detox, self-treatment -------------------------------------


@pytest.mark.parametrize(("code", "path"), all_sections(), ids=lambda v: getattr(v, "name", v))
def test_pregnancy_is_never_detox_with_extra_care(code, path):
    text = path.read_text(encoding="utf-8").lower()
    assert "extra care" not in text
    assert "cuidado adicional" not in text and "con especial cuidado" not in text


@pytest.mark.parametrize("code", LANGUAGES)
def test_pregnancy_advice_prefers_medication_and_the_prenatal_team(code):
    text = body(code, section(code, "supervised-detox")).lower()
    if code == "en":
        assert "not to stop opioids suddenly" in text
        assert "prenatal care team" in text
    else:
        assert "no dejar los opioides de golpe" in text
        assert "atención prenatal" in text
    withdrawal = body(code, section(code, "withdrawal")).lower()
    assert "prenatal" in withdrawal


@pytest.mark.parametrize("code", LANGUAGES)
def test_supervised_detox_names_buprenorphine_and_methadone_for_withdrawal(code):
    text = body(code, section(code, "supervised-detox"))
    heading = "Medicines that ease withdrawal" if code == "en" else "Medicamentos que alivian"
    part = next(p for p in text.split("\n## ") if p.startswith(heading))
    names = ("uprenorphine", "ethadone") if code == "en" else ("uprenorfina", "etadona")
    assert all(name in part for name in names), part
    assert "learn:medication-after-detox" in text


@pytest.mark.parametrize("code", LANGUAGES)
def test_loperamide_and_self_treatment_warning(code):
    text = body(code, section(code, "withdrawal")).lower()
    assert ("loperamide" if code == "en" else "loperamida") in text
    assert ("heart-rhythm" if code == "en" else "ritmo del corazón") in text
    assert ("other drugs or alcohol" if code == "en" else "otras drogas ni con alcohol") in text


# --- the risk after treatment ends says what it compares -----------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_risk_after_treatment_says_what_it_compares(code):
    text = section(code, "overdose-naloxone")
    prose = body(code, text).lower()
    if code == "en":
        assert "first month after leaving treatment" in prose
        assert "months after that" in prose
        assert "staying in treatment" in prose
    else:
        assert "primer mes después de salir del tratamiento" in prose
        assert "meses siguientes" in prose
        assert "seguir en tratamiento" in prose
    assert "VEdeTTE study" in text
    assert "Mortality risk during and after opioid substitution treatment" in text


# --- jargon and source titles ---------------------------------------------------------------

VAGUE_SOURCES = (
    "DSM-5 criteria summary",
    "Grepmed",
    "FDA news coverage",
    "Italian VEdeTTE cohort",
    "WHO closed-settings guideline",
    "988lifeline coverage",
    "SAMHSA helpline page",
    "SAMHSA National Helpline page",
    "ASAM patient guide",
    "ASAM 2025 patient guide",
    "ASAM Opioid Patient Guide",
    "Shatterproof",
    "BayNav",
    "NHS ward lists",
    "NHS detox unit FAQ",
    "Edward Myers Unit FAQ",
    "Frontiers in Public Health 2017",
    "Frontiers in Psychology 2021",
    "Elsevier clinical summary",
    "FRANK contact page",
    "Samaritans: contact a Samaritan",
    "Strang et al.",
    "WHO/UNODC",
    "WHO closed-settings guideline",
    "Meta-analysis of 345 studies",
    "NSDUH 2015-17",
    "Cochrane review of alpha-2 agonists",
)
# Names of a service or publisher given alone, in place of the title of the page: wrong as a
# whole label, fine inside a real one ("Contact a Samaritan (Samaritans)").
BARE_PUBLISHERS = (
    "Samaritans",
    "SAMHSA National Helpline",
    "SAMHSA's National Helpline",
    "Mental Health Commission of Canada",
)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("stem", ALL_SECTIONS)
def test_jargon_is_explained_and_source_labels_are_titles(code, stem):
    text = section(code, stem)
    prose = body(code, text)
    for vague in VAGUE_SOURCES:
        assert vague not in text, f"{code}/{stem}: {vague}"
    listed = re.split(rf"^## {SOURCES_HEADING[code]}\s*$", text, flags=re.M)[1]
    for line in listed.splitlines():
        assert line.removeprefix("- ").strip() not in BARE_PUBLISHERS, f"{code}/{stem}: {line}"
    assert "FDA" not in prose, f"{code}/{stem}: FDA unexplained in the text"
    assert not re.search(r"\b(19|20)\d\d\b.*\bapprov|aprob\w+ .*\b(19|20)\d\d\b", prose)
    cpr = "CPR" if code == "en" else "RCP"
    if cpr in prose:
        assert re.search(rf"\({cpr}\)", prose), f"{code}/{stem}: {cpr} unexplained"
    if code == "en" and "over the counter" in prose:
        assert "without a prescription" in prose


# The other files that show sources to readers: the overdose steps, the timeline, the
# questions for the program, the checklist, Breathe and Get help now.
LABELLED_FILES = (
    Path("content") / "overdose-response.toml",
    Path("content") / "timeline.toml",
    Path("content") / "program-questions.toml",
    Path("templates") / "checklist.toml",
    Path("exercises.toml"),
    Path("helplines.toml"),
)


def source_labels(node: object) -> list[str]:
    """Every `sources` entry and `source` string in a parsed file, in file order."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "sources" and isinstance(value, list):
                found.extend(value)
            elif key == "source" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(source_labels(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(source_labels(value))
    return found


# Get help now and Breathe once named a publisher and a date, or described the page, in place
# of the page's title. Any of these inside a label means the old wording is back.
OLD_HELPLINE_AND_BREATHE_LABELS = (
    "RTVE (2022",
    "Onda Cero (",
    "Maldita.es (2022",
    "El Universal (2025",
    "Crónica (2025",
    "iProfesional: ",
    "Morón Digital: ",
    "La Posta Comodorense (2025",
    "Alcaldía de Bogotá: ",
    "Secretaría Distrital de Salud (2025",
    "El Dínamo (2023",
    "Radio Polar (2025-10",
    "La Tercera (2025",
    "BioBioChile (2023",
    "El Calbucano: ",
    "Panamericana (2026-03-02; ",
    "HRSA Poison Help",
    "Australian eMHPrac directory",
    "NZ helpline pages",
    "govt.nz",
    "Bayshore Broadcasting",
    "Mental Health Commission of Canada (988",
    "Napanee Beaver (2023",
    "Connect FM (2023",
    "IQWiG InformedHealth",
)
# Whole labels that were only a service's or publisher's name.
OLD_WHOLE_LABELS = ("NHS", "HSE Drugs and Alcohol Helpline")


@pytest.mark.parametrize("relative", LABELLED_FILES, ids=str)
def test_source_labels_in_other_files_are_titles_and_match_in_spanish(relative):
    english = source_labels(tomllib.loads((ROOT / relative).read_text(encoding="utf-8")))
    spanish = source_labels(tomllib.loads((ES / relative).read_text(encoding="utf-8")))
    assert english, relative
    for label in english:
        assert not any(vague in label for vague in VAGUE_SOURCES), f"{relative}: {label}"
        assert label not in BARE_PUBLISHERS, f"{relative}: {label}"
        assert not any(old in label for old in OLD_HELPLINE_AND_BREATHE_LABELS), label
        assert label not in OLD_WHOLE_LABELS, f"{relative}: {label}"
    assert spanish == english, f"{relative}: Spanish source labels differ from English"


def test_overdose_steps_explain_cpr_in_both_languages():
    english = (ROOT / "content" / "overdose-response.toml").read_text(encoding="utf-8")
    spanish = (ES / "content" / "overdose-response.toml").read_text(encoding="utf-8")
    assert "chest compressions" in english and "(CPR)" in english
    assert "compresiones en el pecho" in spanish and "(RCP)" in spanish


# --- Spanish: one term for each thing ---------------------------------------------------------

REJECTED_ES = re.compile(
    r"benzodiacep|aerosol|\bspray\b|posición de recuperación|"
    r"calambres? (de estómago|estomacal|abdominal)|\b\d{1,3}[.,]\d{3}\b",
    re.I,
)


def spanish_files() -> list[Path]:
    return [
        *(path_of(ES / "content" / "learn", key) for key in ALL_SECTIONS),
        ES / "content" / "overdose-response.toml",
        ES / "content" / "timeline.toml",
        ES / "content" / "program-questions.toml",
        ES / "templates" / "checklist.toml",
        ES / "helplines.toml",
        ES / "exercises.toml",
        ES / "journal.toml",
        ROOT / "i18n" / "companion_es.ts",
    ]


def spanish_prose(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        return body("es", text)
    if path.suffix == ".ts":  # the interface: only what it shows in Spanish
        return "\n".join(re.findall(r"<(?:translation|numerusform)[^>]*>(.*?)</", text, re.S))
    # TOML: drop comments and the sources lists (published titles stay in their language)
    text = re.sub(r"(?ms)^sources = \[.*?\]", "", text)
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


@pytest.mark.parametrize("path", spanish_files(), ids=lambda p: p.name)
def test_spanish_files_use_the_chosen_terms(path):
    found = [m.group(0) for m in REJECTED_ES.finditer(spanish_prose(path))]
    assert found == [], f"{path.name}: {found}"


def test_spanish_uses_the_chosen_terms_where_the_topic_comes_up():
    learn_es = ES / "content" / "learn"
    assert "espray nasal" in path_of(learn_es, "overdose-naloxone").read_text("utf-8")
    for name in ("overdose-naloxone", "families"):
        assert "posición lateral de seguridad" in path_of(learn_es, name).read_text("utf-8"), name
    steps = (ES / "content" / "overdose-response.toml").read_text("utf-8")
    assert "posición lateral de seguridad" in steps
    for name in ("withdrawal", "supervised-detox", "preparing"):
        assert "benzodiazepinas" in path_of(learn_es, name).read_text("utf-8"), name
    assert "Cólicos" in (ES / "journal.toml").read_text("utf-8")


def test_spanish_interface_strings_use_the_chosen_terms():
    tree = ET.parse(ROOT / "i18n" / "companion_es.ts")
    texts = [
        "".join(node.itertext())
        for node in tree.iter()
        if node.tag in ("translation", "numerusform")
    ]
    found = [text for text in texts if REJECTED_ES.search(text)]
    assert found == []
