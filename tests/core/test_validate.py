"""Validation: what an editor is told about a document or a whole site, and where."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import (
    CODES,
    ERROR,
    WARNING,
    Problem,
    validate_document,
    validate_paths,
    validate_site,
)


def _key(p: Problem) -> tuple:
    return (p.path, p.line, p.field, p.code)


def _check(text: str) -> list[Problem]:
    return validate_document(Document.from_text(text, Path("page.md")))


def _codes(problems: list[Problem]) -> list[tuple]:
    return [(p.line, p.field, p.code, p.severity) for p in problems]


# -- the untouched real site ------------------------------------------------------------------

# Everything reported on the untouched real site, each a real thing an editor would want to
# know. None is an error: the site builds, so nothing may claim it will break.
REAL_SITE_PROBLEMS = {
    # Jekyll compares titles exactly: 'Public Sector' never matches the topic 'Public sector',
    # so these two people are missing from that topic's page.
    ("_people/anna-dent.md", 8, "topics", "unknown-relation", WARNING),
    ("_people/kaelynn-narita.md", 7, "topics", "unknown-relation", WARNING),
    # The only person of 37 without a role (the layout prints it under the name).
    ("_people/guest.md", 1, "role", "required-missing", WARNING),
    # `topics` twice: Jekyll keeps the second list, so 'Health, Civil society' (line 6) and
    # 'Data Protection and Digital Information Bill' (line 8) are silently lost.
    ("_projects/2023-catalysing-communities.md", 11, "topics", "duplicate-key", WARNING),
    ("_projects/2024-jrrt-influencing.md", 10, "topics", "duplicate-key", WARNING),
    # Minutes of the 31 March meeting dated 11 April: the file name and the date disagree.
    ("_resources/2023-03-31-governance-board-minutes.md", 7, "date", "date-mismatch", WARNING),
    # `projects:` where every other resource says `project:`; the layout never shows it.
    ("_resources/final-funder-report-mw-2026.md", 12, "projects", "unknown-field", WARNING),
    # No project has these titles here. The folder may hold only part of the real site, so a
    # warning, not an error: worth a look, not proof of a mistake.
    ("_resources/participation-observatory.md", 5, "project", "unknown-relation", WARNING),
    (
        "_resources/reimagining-data-and-power-consultation-response.md",
        5,
        "project",
        "unknown-relation",
        WARNING,
    ),
    # Body images whose file is not in the folder (a near miss of one that is, for the first).
    ("_resources/case-study-cag.md", 27, None, "image-not-found", WARNING),
    ("_projects/2023-catalysing-communities.md", 84, None, "image-not-found", WARNING),
    ("_projects/2023-peoples-panel-on-ai.md", 22, None, "image-not-found", WARNING),
}


@pytest.fixture(scope="module")
def real_problems(shared_site: Path) -> list[Problem]:
    return validate_site(Site.open(shared_site))


def test_real_site_reports_exactly_the_known_issues(real_problems: list[Problem]) -> None:
    # (The content checks' suggestions are tested in test_checks_content.py.)
    found = {(p.path, p.line, p.field, p.code, p.severity) for p in real_problems}
    found = {f for f in found if f[4] != "suggestion"}
    assert found == REAL_SITE_PROBLEMS
    assert [p for p in real_problems if p.severity == ERROR] == []


def test_real_site_messages_suggest_the_fix(real_problems: list[Problem]) -> None:
    by_path = {
        p.path: p
        for p in real_problems
        if p.severity != "suggestion" and p.code != "image-not-found"  # (its own test file)
    }
    assert "Use 'Public sector'" in by_path["_people/anna-dent.md"].message
    assert "Did you mean 'project'?" in by_path["_resources/final-funder-report-mw-2026.md"].message
    assert "lines 6 and 11" in by_path["_projects/2023-catalysing-communities.md"].message


def test_open_document_gets_the_same_problems_as_the_whole_site_check(shared_site: Path) -> None:
    site = Site.open(shared_site)
    everything = validate_site(site)
    for entry in site.entries():
        rel = entry.path.relative_to(site.root).as_posix()
        expected = [p for p in everything if p.path == rel]
        assert validate_document(Document.load(entry.path), site) == expected, rel


def test_checking_after_the_schema_reads_each_file_once_with_the_same_problems(
    shared_site: Path, real_problems: list[Problem], monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core import validate as validate_module
    from editor_app.core.schema import load_schema

    site = Site.open(shared_site)
    schema = load_schema(site)  # builds the index: the files' bytes are kept for the check

    def read_again(path: Path) -> bytes:
        raise AssertionError(f"{path} read a second time")

    monkeypatch.setattr(validate_module, "read_file", read_again)
    assert validate_site(site, schema) == real_problems
    monkeypatch.undo()
    assert site.take_read_bytes() == {}  # handed over once: the next check reads the disk
    assert validate_site(site, schema) == real_problems


def test_checking_leaves_the_cycle_collector_as_it_found_it(shared_site: Path) -> None:
    import gc

    validate_site(Site.open(shared_site))
    assert gc.isenabled()  # paused while the site was read and checked, then running again
    gc.disable()  # a caller (the window reading a site) paused it itself: kept paused
    try:
        validate_site(Site.open(shared_site))
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- problems planted in a copy of the real site ----------------------------------------------


def _edit(root: Path, rel: str, old: str, new: str, count: int = 1) -> None:
    path = root / rel
    data = path.read_bytes()
    assert old.encode() in data, (rel, old)
    path.write_bytes(data.replace(old.encode(), new.encode(), count))


def _append(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.write_bytes(path.read_bytes() + text.encode())


# (file, line, field, code, severity): one planted problem of each kind.
PLANTED = [
    ("_resources/ai-white-paper-2023.md", 3, "title", "yaml-syntax", ERROR),
    ("_topics/health.md", 1, None, "front-matter-unclosed", ERROR),
    ("_topics/work.md", 2, None, "front-matter-not-mapping", ERROR),
    ("_resources/brand-narrative.md", 8, "author", "duplicate-key", WARNING),
    ("_projects/2025-cwu.md", 9, "topics", "tab-indent", ERROR),
    ("_resources/dpdib-resources.md", 1, "title", "required-missing", WARNING),
    ("_resources/our-data-stories.md", 11, "listed", "wrong-type", ERROR),
    ("_resources/edtech-in-schools.md", 7, "date", "invalid-date", ERROR),
    ("_resources/in-this-together.md", 8, "status", "not-a-choice", ERROR),
    ("_resources/theory-of-change-2022.md", 5, "author", "unknown-relation", ERROR),
    ("_resources/wales-tuc-experiencing-ai.md", 8, "topics", "unknown-relation", ERROR),
    ("_projects/2023-tuc-cymru.md", 5, "image", "file-not-found", ERROR),
    ("_topics/education.md", 6, "image", "path-outside-site", ERROR),
    ("_resources/governance-board-tors.md", 9, "link", "bad-url", ERROR),
    ("_people/jeni-tennison.md", 15, "email", "bad-email", ERROR),
    ("_resources/strategic-roadmap-2022-2023.md", 5, "auther", "unknown-field", WARNING),
    ("_resources/case-study-dfe.md", 5, "reference", "duplicate-value", WARNING),
    ("_resources/2024-02-29-governance-board-minutes.md", 7, "date", "date-mismatch", WARNING),
    ("_topics/justice.md", 12, None, "broken-link", ERROR),
    ("_topics/justice.md", 14, None, "broken-link", ERROR),
    ("_projects/2025-dfe.md", 18, None, "liquid-unbalanced", ERROR),
    ("_projects/2025-dfe.md", 21, None, "liquid-unbalanced", ERROR),
    ("_people/tim-davies.md", 8, None, "not-utf8", ERROR),
    ("_resources/worker-power-ai-cwu.md", 23, None, "encoding", WARNING),
]


def _plant(root: Path) -> set[str]:
    """Plant one problem of each kind; returns the files touched."""
    _edit(
        root,
        "_resources/ai-white-paper-2023.md",
        'title: "Response to the AI White Paper consultation"',
        "title: Response: the AI White Paper consultation",
    )
    _edit(root, "_topics/health.md", "image: health.png\n---\n", "image: health.png\n\n")
    health = (root / "_topics/health.md").read_text(encoding="utf-8")
    assert health.count("\n---") == 0
    work = root / "_topics/work.md"
    work.write_text(
        re.sub(r"\A---\n.*?\n---\n", "---\n- just\n- a list\n---\n", work.read_text(), flags=re.S)
    )
    _edit(
        root,
        "_resources/brand-narrative.md",
        "status: draft\n",
        "status: draft\nauthor: Tim Davies\n",
    )
    _edit(root, "_projects/2025-cwu.md", "topics:\n  - Work", "topics:\n\t- Work")
    _edit(
        root,
        "_resources/dpdib-resources.md",
        'title: "Data Protection and Digital Information Bill: Resources"\n',
        "",
    )
    _edit(root, "_resources/our-data-stories.md", "listed: true", "listed: maybe")
    _edit(root, "_resources/edtech-in-schools.md", "date: 2024-01-10", "date: 2024-02-30")
    _edit(root, "_resources/in-this-together.md", "status: final", "status: finall")
    _edit(
        root, "_resources/theory-of-change-2022.md", "author: Jeni Tennison", "author: Jeni Tenison"
    )
    _edit(root, "_resources/wales-tuc-experiencing-ai.md", "  - Work", "  - Pubic sector")
    _edit(root, "_projects/2023-tuc-cymru.md", "image: wales-tuc.png", "image: wales-tuc-logo.png")
    _edit(root, "_topics/education.md", "image: education.png", "image: ../../../etc/passwd")
    _edit(root, "_resources/governance-board-tors.md", "link: https://", "link: htps://")
    _edit(
        root, "_people/jeni-tennison.md", '"jeni@connectedbydata.org"', '"jeni.connectedbydata.org"'
    )
    _edit(
        root,
        "_resources/strategic-roadmap-2022-2023.md",
        "author: Jeni Tennison",
        "auther: Jeni Tennison",
    )
    _edit(root, "_resources/case-study-dfe.md", "reference: DfE", "reference: cag")
    _edit(
        root,
        "_resources/2024-02-29-governance-board-minutes.md",
        "date: 2024-02-29",
        "date: 2024-03-01",
    )
    _append(
        root,
        "_topics/justice.md",
        "\n\nSee [the toolkit](/resources/no-such-toolkit).\n\nAnd {% post_url 2020-01-01-nope %}.\n",
    )
    _append(
        root, "_projects/2025-dfe.md", "\n{% if page.completed %}\nDone.\n\nAnd {{ page.title \n"
    )
    _append(root, "_resources/worker-power-ai-cwu.md", "\nThe union\u00e2\u20ac\u2122s view.\n")
    _edit(
        root,
        "_people/tim-davies.md",
        "role: Research and Practice Director",
        "role: Research and Practice Director",
    )
    tim = root / "_people/tim-davies.md"
    tim.write_bytes(
        tim.read_bytes().replace(
            b"Research and Practice Director", "Director – café".encode("cp1252")
        )
    )
    touched = {p for p, *_ in PLANTED}
    # The planted files are the newest, as when an editor has just changed them.
    later = time.time() + 60
    for rel in touched:
        os.utime(root / rel, (later, later))
    return touched


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory, shared_site: Path):
    import shutil

    root = tmp_path_factory.mktemp("planted") / "site"
    shutil.copytree(shared_site, root)
    touched = _plant(root)
    return root, touched, validate_site(Site.open(root))


@pytest.mark.parametrize("where", PLANTED, ids=lambda w: f"{w[3]}:{w[0]}")
def test_each_planted_problem_is_reported_at_its_file_line_and_field(planted, where) -> None:
    _root, _touched, problems = planted
    path, line, fld, code, severity = where
    hits = [p for p in problems if (p.path, p.line, p.field, p.code) == (path, line, fld, code)]
    assert hits, f"{code} not reported at {path}:{line} ({fld}); got " + repr(
        [p for p in problems if p.path == path]
    )
    assert hits[0].severity == severity
    assert hits[0].message.strip()


def test_untouched_files_gain_nothing(planted, real_problems: list[Problem]) -> None:
    _root, touched, problems = planted
    before = {(p.path, p.line, p.field, p.code, p.severity) for p in real_problems}
    after = {
        (p.path, p.line, p.field, p.code, p.severity) for p in problems if p.path not in touched
    }
    assert after == {k for k in before if k[0] not in touched}


def test_planted_messages_name_the_fix(planted) -> None:
    _root, _touched, problems = planted
    text = {(p.path, p.code): p.message for p in problems}
    assert text[("_resources/wales-tuc-experiencing-ai.md", "unknown-relation")] == (
        "Unknown topic 'Pubic sector'. Did you mean 'Public sector'?"
    )
    assert "Jeni Tennison" in text[("_resources/theory-of-change-2022.md", "unknown-relation")]
    assert "'wales-tuc.png'" in text[("_projects/2023-tuc-cymru.md", "file-not-found")]
    assert "https:" in text[("_resources/governance-board-tors.md", "bad-url")]
    assert "case-study-cag.md" in text[("_resources/case-study-dfe.md", "duplicate-value")]
    assert "quotes" in text[("_resources/ai-white-paper-2023.md", "yaml-syntax")]
    liquid = [p.message for p in problems if p.path == "_projects/2025-dfe.md"]
    assert any("{% endif %}" in m for m in liquid)


def test_every_code_used_is_documented(planted) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "VALIDATION.md").read_text()
    for code in CODES:
        assert f"`{code}`" in doc, code
    _root, _touched, problems = planted
    assert {p.code for p in problems} <= set(CODES)


# -- a declared schema: its word is law --------------------------------------------------------

SCHEMA = """\
collections:
  resources:
    fields:
      - {name: layout, type: choice, choices: [resource], required: true}
      - {name: title, type: text, required: true}
      - {name: reference, type: text, required: true, unique: true}
      - {name: subtitle, type: text}
      - {name: author, type: relation, collection: people, required: true}
      - {name: project, type: relation, collection: projects}
      - {name: topics, type: relation, collection: topics, multiple: true}
      - {name: date, type: date, required: true}
      - {name: status, type: choice, choices: [draft, final], required: true}
      - {name: listed, type: boolean}
      - {name: link, type: url}
      - {name: image, type: image, folder: assets/resources}
      - {name: board-minutes, type: boolean}
      - {name: redirect_from, type: list}
"""


def test_declared_schema_makes_its_rules_errors(site_copy: Path) -> None:
    (site_copy / "_schema.yml").write_text(SCHEMA)
    _edit(site_copy, "_resources/brand-narrative.md", "status: draft", "status: published")
    _edit(
        site_copy, "_resources/brand-narrative.md", "reference: brand-narrative", "reference: cag"
    )
    _edit(site_copy, "_resources/our-data-stories.md", "author: Adam Cantwell-Corn\n", "")
    _edit(site_copy, "_resources/our-data-stories.md", "listed: true", "listed: yes please")
    _edit(site_copy, "_resources/in-this-together.md", "status: final", "status: final\nnotes: x")
    later = time.time() + 60
    for rel in ("brand-narrative", "our-data-stories", "in-this-together"):
        os.utime(site_copy / f"_resources/{rel}.md", (later, later))
    problems = validate_site(Site.open(site_copy))
    got = {_key(p): p for p in problems}
    bn = "_resources/brand-narrative.md"
    assert got[(bn, 7, "status", "not-a-choice")].severity == ERROR
    assert "draft, final" in got[(bn, 7, "status", "not-a-choice")].message
    assert got[(bn, 4, "reference", "duplicate-value")].severity == ERROR
    ods = "_resources/our-data-stories.md"
    assert got[(ods, 1, "author", "required-missing")].severity == ERROR
    assert got[(ods, 10, "listed", "wrong-type")].severity == ERROR
    itt = "_resources/in-this-together.md"
    unknown = got[(itt, 9, "notes", "unknown-field")]
    assert unknown.severity == WARNING
    # `projects` is not declared: reported as unknown, with the closest declared name.
    assert (
        "'project'"
        in got[
            ("_resources/final-funder-report-mw-2026.md", 12, "projects", "unknown-field")
        ].message
    )
    # The original holder of the reference is not blamed for the copy.
    assert ("_resources/case-study-cag.md", 4, "reference", "duplicate-value") not in got


# -- one document, as the user types ----------------------------------------------------------


def test_validate_document_follows_the_edits(site_copy: Path) -> None:
    site = Site.open(site_copy)
    doc = Document.load(site_copy / "_resources/in-this-together.md")
    assert validate_document(doc, site, content=False) == []
    doc.set("status", "finall")
    [problem] = validate_document(doc, site, content=False)
    assert (problem.line, problem.field, problem.code) == (
        doc.field_line("status"),
        "status",
        "not-a-choice",
    )
    doc.set("status", "final")
    doc.set("topics", ["Pubic sector"])
    [problem] = validate_document(doc, site, content=False)
    assert problem.code == "unknown-relation"
    assert problem.line == doc.field_line("topics")
    doc.set("topics", ["Public sector"])
    doc.set("reference", "cag")  # the open document is the one told to change
    [problem] = validate_document(doc, site, content=False)
    assert problem.code == "duplicate-value"


def test_validate_document_body_lines_count_from_the_file_start(site_copy: Path) -> None:
    site = Site.open(site_copy)
    doc = Document.load(site_copy / "_topics/justice.md")
    doc.body = doc.body + "\nA [link](/topics/nowhere) here.\n"
    [problem] = validate_document(doc, site, content=False)
    assert problem.code == "broken-link"
    assert problem.line == doc.body_start_line + doc.body.split("\n").index(
        "A [link](/topics/nowhere) here."
    )
    assert "/topics/" in problem.message


def test_validate_document_without_a_site_checks_the_text() -> None:
    problems = _check("---\ntitle: A: B\n---\nBody {% if x %}\n")
    assert _codes(problems) == [
        (2, "title", "yaml-syntax", ERROR),
        (4, None, "liquid-unbalanced", ERROR),
    ]


# -- the header, line by line -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: x\nauthor: 'Jo\nstatus: y\n---\n", (3, "author", "yaml-syntax")),
        ("---\ntitle: x\ntopics:\n  - a\n - b\n---\n", (5, "topics", "yaml-syntax")),
        ("---\ntitle: x\njust words\nstatus: y\n---\n", (3, "title", "yaml-syntax")),
        ("---\ntitle: x\ntopics: [a, b\nstatus: y\n---\n", (3, "topics", "yaml-syntax")),
        ("---\ntitle: @home\n---\n", (2, "title", "yaml-syntax")),
        ("---\ntitle: x\ntopics:\n\t- a\n---\n", (4, "topics", "tab-indent")),
        ("---\ntitle: x\nstatus: y\n", (1, None, "front-matter-unclosed")),
        ("---\njust a sentence\n---\n", (2, None, "front-matter-not-mapping")),
        ("---\ntitle: x\nstatus: a\ntitle: y\n---\n", (4, "title", "duplicate-key")),
    ],
)
def test_header_problems_point_at_the_line(text: str, expected: tuple) -> None:
    problems = _check(text)
    assert [(p.line, p.field, p.code) for p in problems] == [expected]
    assert problems[0].message.endswith((".", "?"))


def test_crlf_and_bom_do_not_move_lines() -> None:
    text = "\ufeff---\r\ntitle: x\r\nstatus: a\r\ntitle: y\r\n---\r\nBody {{ x\r\n"
    problems = validate_document(Document.from_bytes(text.encode("utf-8")))
    assert _codes(problems) == [
        (4, "title", "duplicate-key", WARNING),
        (6, None, "liquid-unbalanced", ERROR),
    ]


def test_not_utf8_names_the_line_of_the_bad_byte() -> None:
    data = b"---\ntitle: x\n---\nfine\ncaf\xe9\n"
    [problem] = validate_document(Document.from_bytes(data))
    assert (problem.line, problem.code, problem.severity) == (5, "not-utf8", ERROR)


def test_a_file_without_header_or_with_an_empty_one_is_fine() -> None:
    assert _check("Just text.\n") == []
    assert _check("---\n---\nText\n") == []
    assert _check("") == []


# -- Liquid -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "{% if a %}x{% elsif b %}y{% else %}z{% endif %}",
        "{% for i in list %}{{ i }}{% endfor %}",
        "{% raw %}{% if {{ not liquid {% endraw %}",
        "{% comment %}{% if %}{% endcomment %}",
        "{%- if a -%}x{%- endif -%}",
        "{% case x %}{% when 1 %}a{% endcase %}",
        "{{ site.baseurl }}/x and {% include note.html %}",
        "Plain { braces } and }} alone.",
    ],
)
def test_balanced_liquid_is_fine(body: str) -> None:
    assert _check("---\ntitle: x\n---\n" + body + "\n") == []


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("a\n{% if x %}\nb\n", 5, "{% endif %}"),
        ("a\n\n{% endfor %}\n", 6, "never opened"),
        ("{% for x in y %}\n{% endif %}\n", 4, "never opened"),
        ("{% unless x %}\n{% else %}\n", 4, "{% endunless %}"),
        ("text {{ page.title\nmore\n", 4, "'}}'"),
        ("text {% if x\nmore {% endif %}\n", 4, "'%}'"),
        ("{% else %}\n", 4, "only works inside"),
        ("{% raw %}\nkept\n", 4, "{% endraw %}"),
    ],
)
def test_unbalanced_liquid_points_at_the_opening(body: str, line: int, words: str) -> None:
    problems = _check("---\ntitle: x\n---\n" + body)
    assert problems, body
    assert (problems[0].line, problems[0].code) == (line, "liquid-unbalanced")
    assert any(words in p.message for p in problems)


# -- web addresses and e-mail -----------------------------------------------------------------


def _field_problems(site_copy: Path, field: str, value: str, rel: str) -> list[Problem]:
    site = Site.open(site_copy)
    doc = Document.load(site_copy / rel)
    doc.set(field, value)
    return [p for p in validate_document(doc, site) if p.field == field]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("https://example.org/a?b=c#d", True),
        ("/assets/resources/Report - Jan 26.pdf", True),
        ("/ai-in-education/toolkit/", True),
        ("mailto:hello@example.org", True),
        ("http://localhost:4000/x", True),
        ("htps://example.org", False),
        ("http//example.org", False),
        ("https:/example.org", False),
        ("www.example.org/page", False),
        ("https://exa mple.org", False),
        ("https://example", False),
        ("C:\\Users\\me\\report.pdf", False),
        ("see the website", False),
    ],
)
def test_links_are_checked(site_copy: Path, value: str, ok: bool) -> None:
    problems = _field_problems(site_copy, "link", value, "_resources/brand-narrative.md")
    assert (problems == []) is ok, problems
    if not ok:
        assert problems[0].code == "bad-url" and problems[0].severity == ERROR


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("jo@example.org", True),
        ("Jo.Bloggs+site@mail.example.co.uk", True),
        ("jo.example.org", False),
        ("jo@example", False),
        ("jo @example.org", False),
        ("mailto:jo@example.org", False),
    ],
)
def test_email_addresses_are_checked(site_copy: Path, value: str, ok: bool) -> None:
    problems = _field_problems(site_copy, "email", value, "_people/jeni-tennison.md")
    assert (problems == []) is ok, problems
    if not ok:
        assert problems[0].code == "bad-email"


# -- the command-line entry point -------------------------------------------------------------


def test_validate_paths_reports_only_the_files_asked_for(shared_site: Path) -> None:
    problems = validate_paths(
        [shared_site / "_people/anna-dent.md", shared_site / "_topics"], content=False
    )
    assert {p.path for p in problems} == {"_people/anna-dent.md"}


def test_problem_json_has_the_contract_keys() -> None:
    p = Problem("a.md", 3, "title", ERROR, "yaml-syntax", "Fix it.")
    assert p.to_json() == {
        "path": "a.md",
        "line": 3,
        "field": "title",
        "severity": "error",
        "code": "yaml-syntax",
        "message": "Fix it.",
    }


# -- never crashes, lines always inside the file ----------------------------------------------

_lines = st.lists(
    st.one_of(
        st.sampled_from(
            ["---", "title: x", "  - a", "\t- b", "topics:", "a: 'b", "{% if x %}", "{{ y", "- c"]
        ),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
    ),
    max_size=12,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_lines, st.sampled_from(["\n", "\r\n"]))
def test_any_text_validates_with_lines_inside_the_file(lines: list[str], nl: str) -> None:
    text = nl.join(lines)
    doc = Document.from_text(text, Path("page.md"))
    problems = validate_document(doc)
    n = text.replace("\r\n", "\n").count("\n") + 1
    for p in problems:
        assert p.severity in (ERROR, WARNING)
        assert p.code in CODES
        assert p.line is None or 1 <= p.line <= n + 1, (p, n)


# -- long runs: progress and stopping ---------------------------------------------------------


def test_whole_site_check_reports_progress_and_can_be_stopped(shared_site: Path) -> None:
    site = Site.open(shared_site)
    seen: list[tuple[int, int]] = []
    validate_site(site, progress=lambda done, total: seen.append((done, total)))
    total = len(site.entries())
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    class Stop(Exception):
        pass

    def stop_halfway(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    with pytest.raises(Stop):
        validate_site(site, progress=stop_halfway)


def test_a_tab_before_a_key_names_that_key() -> None:
    assert _codes(_check("---\ntitle: x\n\tstatus: y\n---\n")) == [
        (3, "status", "tab-indent", ERROR)
    ]
    assert _codes(_check("---\ntitle: x\nsub:\n\tkey: y\n---\n")) == [
        (4, "sub", "tab-indent", ERROR)
    ]


def test_a_new_value_for_an_inferred_choice_is_a_warning(site_copy: Path) -> None:
    site = Site.open(site_copy)
    doc = Document.load(site_copy / "_resources/in-this-together.md")
    doc.set("status", "published")
    [problem] = validate_document(doc, site, content=False)
    assert (problem.field, problem.code, problem.severity) == ("status", "not-a-choice", WARNING)
    assert "'final', 'draft'" in problem.message


def test_slips_the_inference_was_outvoted_on_are_still_caught(site_copy: Path) -> None:
    # Nine people have an `order`; with one of them text, inference calls the field text.
    _edit(site_copy, "_people/emily-macaulay.md", "order: 3", "order: third")
    # A link written with the site's base URL, spaces and all.
    _append(site_copy, "_projects/2025-dfe.md", "\nSee [it]({{ site.baseurl }}/topics/helth).\n")
    problems = validate_site(Site.open(site_copy), content=False)
    got = {_key(p): p for p in problems}
    order = got[("_people/emily-macaulay.md", 8, "order", "wrong-type")]
    assert order.severity == ERROR and "number" in order.message
    link = next(p for p in problems if p.path == "_projects/2025-dfe.md")
    assert link.code == "broken-link" and "'/topics/health'" in link.message
    assert link.line == (site_copy / "_projects/2025-dfe.md").read_text().count("\n")


def test_a_broken_page_does_not_turn_the_pages_naming_it_into_errors(site_copy: Path) -> None:
    # An unclosed quote in a project's title: the project's header cannot be read.
    _edit(site_copy, "_projects/2023-tuc-cymru.md", "title: TUC Cymru", 'title: "TUC Cymru')
    problems = validate_site(Site.open(site_copy))
    errors = [p for p in problems if p.severity == ERROR]
    assert [(p.path, p.code) for p in errors] == [("_projects/2023-tuc-cymru.md", "yaml-syntax")]


def test_long_runs_of_half_written_links_are_checked_in_one_pass(shared_site: Path) -> None:
    # Typing `[x](/resources/` many times over once made the link scan go back over the rest of
    # the page for each one; 20,000 of them must be as quick to check as any page.
    site = Site.open(shared_site)
    body = "[x](/resources/" * 20000 + "\n\n[done](/resources/no-such-page)\n"
    doc = Document.from_text("---\ntitle: x\n---\n" + body, shared_site / "_topics/x.md")
    links = [p for p in validate_document(doc, site) if p.code == "broken-link"]
    assert [(p.line, p.message) for p in links] == [
        (6, "The link to '/resources/no-such-page' points at no resource of this site.")
    ]


def test_a_unique_value_written_as_a_number_is_still_unique(site_copy: Path) -> None:
    (site_copy / "_schema.yml").write_text(SCHEMA)
    _edit(site_copy, "_resources/brand-narrative.md", "reference: brand-narrative", "reference: 7")
    _edit(site_copy, "_resources/our-data-stories.md", "reference: our-data-stories", "reference: 7")
    later = time.time() + 60
    os.utime(site_copy / "_resources/our-data-stories.md", (later, later))
    got = {_key(p): p for p in validate_site(Site.open(site_copy))}
    problem = got[("_resources/our-data-stories.md", 4, "reference", "duplicate-value")]
    assert "brand-narrative.md" in problem.message
    assert ("_resources/brand-narrative.md", 4, "reference", "duplicate-value") not in got


def test_a_page_loaded_by_a_path_from_the_current_folder_gets_its_field_problems(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = next((site_copy / "_resources").glob("case-study-*.md"))
    monkeypatch.chdir(site_copy / "_resources")
    doc = Document.load(Path(page.name))  # relative to the current folder, not the site's
    doc.set("date", "next tuesday")
    site = Site.open(site_copy)
    codes = {p.code for p in validate_document(doc, site, content=False)}
    assert {p.code for p in validate_document(Document.load(page), site, content=False)} != codes
    assert any("date" in c for c in codes)
