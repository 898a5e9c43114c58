"""style: British or American spelling, when the site declares no language, goes by the
spelling most of the site's English pages use; the page's own majority only when the site
has too few such words to tell. The remembered results follow the site's choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

BRITISH = (
    "The colour of the organisation's behaviour was a favourite: we realise the centre "
    "of the programme is the labour of the neighbour.\n"
)
AMERICAN = (
    "The color of the organization's behavior was a favorite: we realize the center "
    "of the program is the labor of the neighbor.\n"
)
# The page's own majority is American: realize twice, realisation once.
ODD_PAGE = (
    "---\ntitle: Odd\n---\nWe saw the realisation of the plan.\n\nThey realize it.\n\n"
    "Others realize it too.\n"
)


def _site(root: Path, others: str, count: int = 4) -> Path:
    (root / "_config.yml").write_text("title: x\ncollections:\n  notes:\n    output: true\n")
    (root / "_notes").mkdir()
    for i in range(count):
        (root / "_notes" / f"n{i}.md").write_text(f"---\ntitle: N{i}\n---\n{others}")
    (root / "_notes" / "odd.md").write_text(ODD_PAGE)
    return root


def _spelling(root: Path, cache: bool = False) -> list[tuple[str, int, str]]:
    problems = validate_site(Site.open(root), content=True, cache=cache)
    return [(p.path, p.line, p.message) for p in problems if p.code == "style-word"]


def test_a_british_site_without_a_language_tells_the_american_spellings(tmp_path: Path) -> None:
    found = _spelling(_site(tmp_path, BRITISH))
    assert found == [
        (
            "_notes/odd.md",
            line,
            "'realize' is the American spelling; the site's pages are mostly in British "
            "English: 'realise'.",
        )
        for line in (6, 8)
    ]


def test_a_site_with_too_few_such_words_goes_by_the_page(tmp_path: Path) -> None:
    found = _spelling(_site(tmp_path, "Nothing spelt either way here.\n"))
    assert [(p, line) for p, line, _ in found] == [("_notes/odd.md", 4)]
    assert "as the rest of the page is American English: 'realization'" in found[0][2]


def test_a_site_evenly_split_goes_by_the_page(tmp_path: Path) -> None:
    root = _site(tmp_path, BRITISH, count=2)
    for i in (2, 3):
        (root / "_notes" / f"n{i}.md").write_text(f"---\ntitle: N{i}\n---\n{AMERICAN}")
    found = _spelling(root)
    assert ("_notes/odd.md", 4) in [(p, line) for p, line, _ in found]
    assert all("as the rest of the page" in m for _, _, m in found)


def test_a_declared_language_still_decides(tmp_path: Path) -> None:
    root = _site(tmp_path, BRITISH)
    (root / "_config.yml").write_text(
        "title: x\nlang: en-US\ncollections:\n  notes:\n    output: true\n"
    )
    found = _spelling(root)
    assert ("_notes/odd.md", 4) in [(p, line) for p, line, _ in found]
    assert all("the site's language is American English" in m for _, _, m in found)


def test_the_remembered_result_follows_the_site_s_spelling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR_APP_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "site").mkdir()
    root = _site(tmp_path / "site", BRITISH)
    first = _spelling(root, cache=True)
    assert [line for _, line, _ in first] == [6, 8]
    # The other pages turn American; odd.md itself is unchanged, its result is not read back.
    for i in range(4):
        (root / "_notes" / f"n{i}.md").write_text(f"---\ntitle: N{i}\n---\n{AMERICAN}")
    second = _spelling(root, cache=True)
    odd = [(line, m) for p, line, m in second if p == "_notes/odd.md"]
    assert odd == [
        (
            4,
            "'realisation' is the British spelling; the site's pages are mostly in American "
            "English: 'realization'.",
        )
    ]
    assert _spelling(root, cache=True) == second  # read back the same


def test_connectedbydata_is_british(tmp_path: Path) -> None:
    site = copy_shared_site("connectedbydata", tmp_path, "cbd")
    found = _spelling(site)
    page = [(line, m) for p, line, m in found if p == "_projects/2023-measuring-data-values.md"]
    assert page and not any("'realisation'" in m for _, m in page)
    assert all("mostly in British English" in m for _, m in page)


def test_an_unchanged_site_reads_its_spelling_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The next check of an unchanged site does not read every page again for its spelling:
    # worked out afresh now, no majority would be found (the bar raised out of reach).
    from editor_app.core.checks import style

    monkeypatch.setenv("EDITOR_APP_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "site").mkdir()
    root = _site(tmp_path / "site", BRITISH)
    first = _spelling(root, cache=True)
    monkeypatch.setattr(style, "SITE_MAJORITY", 2.0)
    assert _spelling(root, cache=True) == first
    assert [line for _, line, _ in first] == [6, 8]
    # A page changed: worked out again (now no majority: the page's own goes).
    (root / "_notes" / "n0.md").write_text(f"---\ntitle: N0\n---\n{BRITISH}\n\nMore.\n")
    assert [(p, line) for p, line, _ in _spelling(root, cache=True)] == [("_notes/odd.md", 4)]
