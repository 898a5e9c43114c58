"""Validation details a person reads: each rule's words, line and field on small hand-made
sites (each was a deliberate bug that got through: tools/mutation.py checks)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from editor_app.core.checks.types import url_problem
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _hugo(tmp_path: Path, pages: dict[str, str]) -> list[tuple[str, int, str, str]]:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    content = tmp_path / "content"
    content.mkdir()
    for name, text in pages.items():
        (content / name).write_text(text, encoding="utf-8")
    return [(p.path, p.line, p.code, p.message) for p in validate_site(Site.open(tmp_path))]


TOML_DATE = (
    "The date on this line does not exist or is not written as year-month-day. "
    "Correct it, for example 2025-02-28."
)


@pytest.mark.parametrize(
    ("page", "line", "message"),
    [
        ('+++\ntitle = "x"\ndate = 2024-02-30\n+++\nText.\n', 3, TOML_DATE),
        (
            '+++\ntitle = "x\nn = 1\n+++\nText.\n',
            2,
            "The header (written in TOML) cannot be read on this line: illegal character '\\n'. "
            'Check the quotes and the = sign (title = "My page").',
        ),
        (
            '+++\ntitle = "x"\nn = 1\nn = 2\n+++\nText.\n',
            4,
            "The header (written in TOML) cannot be read on this line: cannot overwrite a value. "
            'Check the quotes and the = sign (title = "My page").',
        ),
        (
            "+++\ntitle = 'x'\na = " + "[" * 5000 + "]" * 5000 + "\n+++\nText.\n",
            2,
            "The header holds values nested too deeply to read.",
        ),
        (
            '{\n  "title": "x",\n  "n": 1,\n}\nText.\n',
            4,
            "The header (written in JSON) cannot be read on this line. Check the quotes, colons "
            'and commas ("title": "My page",).',
        ),
    ],
)
def test_a_toml_or_json_header_that_cannot_be_read_is_said_on_its_line(
    tmp_path: Path, page: str, line: int, message: str
) -> None:
    found = _hugo(tmp_path, {"page.md": page})
    assert ("content/page.md", line, "yaml-syntax", message) in found


NOT_A_SITE = "does not name a valid website after https://. Check for typing slips."


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("", None),
        ("{{ site.url }}/x", None),
        ("{% link a.md %}", None),
        ("//example.org/x", None),
        ("//bad host/x", "'//bad host/x' does not name a valid website."),
        ("//", "'//' does not name a valid website."),
        ("/page/", None),
        ("#top", None),
        ("./a", None),
        ("../b", None),
        ("?q=1", None),
        ("https//example.org", "'https//example.org' is not written correctly at the start. Begin it with 'https://'."),
        ("http:/example.org", "'http:/example.org' is not written correctly at the start. Begin it with 'http://'."),
        ("example.org/page", "'example.org/page' is missing its start. Write 'https://' before it."),
        ("www.example.org", "'www.example.org' is missing its start. Write 'https://' before it."),
        ("not a link", "'not a link' is not a web address. Start it with https:// (or with / for a page of this site)."),
        ("files/report.pdf", None),
        ("http:example.org", "'http:example.org' is missing the // after 'http:'. Write 'http://' at the start."),
        ("sftp:host", "'sftp:host' is missing the // after 'sftp:'. Write 'sftp://' at the start."),
        ("https://", f"'https://' {NOT_A_SITE}"),
        ("https://exa mple.org", f"'https://exa mple.org' {NOT_A_SITE}"),
        ("https://example..org", f"'https://example..org' {NOT_A_SITE}"),
        ("https://-bad-.org/", f"'https://-bad-.org/' {NOT_A_SITE}"),
        ("https://example.org", None),
        ("HTTPS://EXAMPLE.ORG", None),
        ("https://localhost:8080/x", None),
        ("https://example.org:99999/", "'https://example.org:99999/' is not a valid web address. Check the website name."),
        ("ftp://files.example.org", None),
        ("mailto:jo@example.org", None),
        ("mailto:jo.example.org", "'mailto:jo.example.org' is not a valid e-mail link."),
        ("mailto:", "'mailto:' is not a valid e-mail link."),
        ("tel:+44 20", None),
        ("webcal://example.org/cal", None),
        ("C:\\docs\\file.doc", "'C:\\docs\\file.doc' is a file on one computer, not a web address. Upload the file and link to it."),
        ("htps://example.org", "'htps://example.org' starts with 'htps:'. Did you mean 'https:'?"),
        ("htp://example.org", "'htp://example.org' starts with 'htp:'. Did you mean 'http:'?"),
        ("javascript:alert(1)", "'javascript:alert(1)' is a script, not a link: browsers will not open it. Use a web address."),
        ("JavaScript:void(0)", "'JavaScript:void(0)' is a script, not a link: browsers will not open it. Use a web address."),
    ],
)  # fmt: skip
def test_what_is_said_about_a_web_address(value: str, said: str | None) -> None:
    assert url_problem(value) == said


REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("off", ["unknown-field", "[unknown-field]"])
def test_a_unique_value_used_twice_is_said_on_the_newer_page_and_rules_switch_off(
    tmp_path: Path, off: str
) -> None:
    site = tmp_path / "site"
    shutil.copytree(REPO / "resources" / "sample-site", site)
    schema = (
        (site / "_schema.yml")
        .read_text(encoding="utf-8")
        .replace(
            "        label: Reference\n        required: true\n",
            "        label: Reference\n        required: true\n        unique: true\n",
        )
    )
    (site / "_schema.yml").write_text(schema + f"checks:\n  off: {off}\n", encoding="utf-8")
    resources = site / "_resources"
    original = resources / "briefing-bus-data.md"
    text = original.read_text(encoding="utf-8")
    (resources / "copy.md").write_text(text.replace("---\n", "---\ncolour: red\n", 1))
    os.utime(original, (1_000_000_000, 1_000_000_000))
    os.utime(resources / "copy.md", (1_100_000_000, 1_100_000_000))
    found = [
        (p.path, p.line, p.field, p.code, p.severity, p.message)
        for p in validate_site(Site.open(site))
    ]
    assert found == [
        (
            "_resources/copy.md", 6, "reference", "duplicate-value", "error",
            "The reference 'briefing-bus-data' is already used by “Briefing: opening up bus-usage "
            "data” (_resources/briefing-bus-data.md). "
            "Each resource needs its own: change this one.",
        )
    ]  # fmt: skip


def _inferred_site(d: Path) -> None:
    """A Jekyll site without a schema: what is usual is learnt from the pages."""
    (d / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    p = d / "_posts"
    p.mkdir()
    for i in range(1, 6):
        p.joinpath(f"2024-01-0{i}-post.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-01-0{i}\ncategory: news\nauthor: Ann\nlang: en\n---\nText.\n"
        )
    p.joinpath("2024-02-01-typo.md").write_text(
        "---\ntitel: Typo\ndate: 2024-02-03\ncategory: newz\nauther: Ann\nlang: en\n---\nText.\n"
    )
    p.joinpath("2024-02-02-fr.md").write_text(
        "---\ntitle: Nouvelles\ndate: 2024-02-02\ncategory: nouvelles\nauthor: Ann\nlang: fr\n---\nTexte.\n"
    )
    p.joinpath("2024-02-30-bad.md").write_text(
        "---\ntitle: Bad\ncategory: news\nlang: en\n---\nText.\n"
    )
    p.joinpath("2024-03-01-nodate.md").write_text(
        "---\ntitle: No date\ncategory: news\nlang: en\n---\nText.\n"
    )
    p.joinpath("2024-03-02-odd.md").write_text(
        "---\ntitle: Odd date\ndate: someday\ncategory: news\nlang: en\n---\nText.\n"
    )
    n = d / "_notes"
    n.mkdir()
    n.joinpath("2024-02-30-note.md").write_text("---\ntitle: Note\n---\nText.\n")
    n.joinpath("2024-04-01-note.md").write_text("---\ntitle: Note\ndate: 2024-04-02\n---\nText.\n")


def test_a_site_without_a_schema_is_checked_against_its_own_pages(tmp_path: Path) -> None:
    _inferred_site(tmp_path)
    today = dt.date.today().isoformat()
    found = [
        (p.path, p.line, p.field, p.code, p.severity, p.message.replace(today, "TODAY"))
        for p in validate_site(Site.open(tmp_path))
    ]
    mismatch = "The site uses the date field; change one so they agree."
    # The French page's own word for news is no slip: it is compared with its own language.
    assert found == [
        ("_notes/2024-04-01-note.md", 3, "date", "date-mismatch", "warning", f"The file name says 2024-04-01 but the date field says 2024-04-02. {mismatch}"),
        ("_posts/2024-02-01-typo.md", 1, "title", "required-missing", "warning", "Title is missing. Every other post has one. Add the page's title (the 'title' field)."),
        ("_posts/2024-02-01-typo.md", 2, "titel", "unknown-field", "warning", "No other post has a field called 'titel', so the site probably ignores it. Did you mean 'title'?"),
        ("_posts/2024-02-01-typo.md", 3, "date", "date-mismatch", "warning", f"The file name says 2024-02-01 but the date field says 2024-02-03. {mismatch}"),
        ("_posts/2024-02-01-typo.md", 4, "category", "not-a-choice", "warning", "'newz' is not used for Category anywhere else; the others use 'news'. Check that it is not a slip."),
        ("_posts/2024-02-01-typo.md", 5, "auther", "unknown-field", "warning", "No other post has a field called 'auther', so the site probably ignores it. Did you mean 'author'?"),
        ("_posts/2024-02-30-bad.md", 1, None, "invalid-date", "error", "The file name starts with 2024-02-30, a date that does not exist, so the site cannot be built. Rename the file with the right date."),
        ("_posts/2024-03-02-odd.md", 3, "date", "invalid-date", "error", "'someday' is not a real date. Write it as year-month-day, for example TODAY."),
    ]  # fmt: skip


def test_a_rule_switched_off_or_on_again_in_the_schema_counts_at_the_next_check(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    shutil.copytree(REPO / "resources" / "sample-site", site)
    page = site / "_resources" / "briefing-bus-data.md"
    page.write_text(page.read_text(encoding="utf-8").replace("---\n", "---\ncolour: red\n", 1))
    schema = site / "_schema.yml"
    plain = schema.read_text(encoding="utf-8")

    def codes() -> list[str]:
        return [p.code for p in validate_site(Site.open(site))]

    assert codes() == ["unknown-field"]
    schema.write_text(plain + "checks:\n  off: [unknown-field]\n", encoding="utf-8")
    assert codes() == []
    schema.write_text(plain, encoding="utf-8")
    assert codes() == ["unknown-field"]
