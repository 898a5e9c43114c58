"""Hugo reads field names without regard to capitals (a hugo-docs page writes `linktitle:`
where the others write `linkTitle:`), and its schema makes such keys one field
(`CollectionSchema.names_any_case`): the checks look a key up as that field too. It is no
field "the site probably ignores", nor one to write otherwise; its value is checked as the
field's; a required field written in other capitals is there. Jekyll and Eleventy read names
as written: there it is still a field the site ignores."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site
from test_checks_mutants_header import make_site, resource

from editor_app.core.schema import infer_schema
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

HEADINGS = "content/en/render-hooks/headings.md"
OVERVIEW = "content/en/templates/new-templatesystem-overview.md"


def _hugo_docs(tmp_path: Path) -> Path:
    root = copy_shared_site("hugo-docs", tmp_path)
    return root


def _told(root: Path, rel: str) -> list[tuple]:
    problems = validate_site(Site.open(root), content=False)
    return [(p.line, p.field, p.code, p.message) for p in problems if p.path == rel]


def test_hugo_docs_linktitle_is_told_nothing(tmp_path: Path) -> None:
    root = _hugo_docs(tmp_path)
    assert (root / OVERVIEW).read_text(encoding="utf-8").splitlines()[2].startswith("linktitle:")
    page = root / HEADINGS
    page.write_text(page.read_text(encoding="utf-8").replace("linkTitle:", "linktitle:", 1))
    site = Site.open(root)
    told = [p for p in validate_site(site, content=False) if p.path in (OVERVIEW, HEADINGS)]
    assert told == []
    notes = [n for n in infer_schema(site).notes if n.startswith("render-hooks: `linktitle`")]
    assert notes == [
        f"render-hooks: `linktitle` in {HEADINGS} is `linkTitle` in other capitals, which Hugo "
        "reads as the same field (used by 6 documents); it is counted as `linkTitle`, and the "
        "form shows it there."
    ]


def test_hugo_docs_linktitle_value_is_checked_as_link_title(tmp_path: Path) -> None:
    root = _hugo_docs(tmp_path)
    page = root / HEADINGS
    text = page.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("linkTitle:"))
    page.write_text(text.replace(old, "linkTitle: {short: Headings}", 1))
    as_others = _told(root, HEADINGS)
    assert as_others and all(field == "linkTitle" for _, field, _, _ in as_others)
    page.write_text(text.replace(old, "linktitle: {short: Headings}", 1))
    # The same words, said of the page's own key (the form's row shows that key).
    assert _told(root, HEADINGS) == [
        (line, "linktitle", code, message) for line, _, code, message in as_others
    ]


def _hugo_site(root: Path, pages: dict[str, str], schema: str | None = None) -> Path:
    """A small Hugo site: eight posts by Ann Lee, drafts and finals, and the given pages."""
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\n', encoding="utf-8")
    for i in range(1, 9):
        status = "draft" if i % 2 else "final"
        (posts / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\nauthor: Ann Lee\nstatus: {status}\n---\nText.\n",
            encoding="utf-8",
        )
    for name, text in pages.items():
        (posts / name).write_text(text, encoding="utf-8")
    if schema is not None:
        (root / "_schema.yml").write_text(schema, encoding="utf-8")
    return root


def test_made_up_hugo_site_reads_fields_in_any_capitals(tmp_path: Path) -> None:
    root = _hugo_site(
        tmp_path,
        {
            "odd.md": "---\ntitle: Odd\nAUTHOR: Bo Chen\nStatus: finall\n---\nText.\n",
            "fine.md": "---\ntitle: Fine\nAuthor: Bo Chen\nSTATUS: draft\n---\nText.\n",
        },
    )
    # Status was 'missing' and 'Status' a field 'in other capitals'; now its value is
    # checked as status's, and Author and STATUS are plainly there.
    assert _told(root, "content/posts/odd.md") == [
        (
            4,
            "Status",
            "not-a-choice",
            "'finall' is not used for Status anywhere else. Did you mean 'final'?",
        )
    ]
    assert _told(root, "content/posts/fine.md") == []


SCHEMA = """collections:
  posts:
    fields:
      - name: title
        required: true
      - name: author
        required: true
      - name: status
        type: choice
        choices: [draft, final]
"""


def test_declared_required_field_in_other_capitals_is_there_on_hugo(tmp_path: Path) -> None:
    root = _hugo_site(
        tmp_path,
        {
            "odd.md": "---\nTitle: Odd\nAuthor: Bo Chen\nStatus: finall\n---\nText.\n",
            "none.md": "---\ntitle: None\nstatus: draft\n---\nText.\n",
        },
        SCHEMA,
    )
    [(line, field, code, message)] = _told(root, "content/posts/odd.md")
    assert (line, field, code) == (4, "Status", "not-a-choice")
    assert "'finall'" in message and "'final'" in message
    # Still said where the field is truly missing.
    assert [(f, c) for _, f, c, _ in _told(root, "content/posts/none.md")] == [
        ("author", "required-missing")
    ]


def test_one_field_given_in_two_spellings_is_said_on_hugo(tmp_path: Path) -> None:
    twice = "---\ntitle: Twice\nAuthor: Bo Chen\nstatus: draft\nauthor: Ann Lee\n---\nText.\n"
    root = _hugo_site(tmp_path, {"twice.md": twice})
    assert _told(root, "content/posts/twice.md") == [
        (
            5,
            "author",
            "duplicate-key",
            "'Author' (line 3) and 'author' (line 5) are one field to Hugo, which reads names "
            "without regard to capitals: it uses 'Author' (line 3), the spelling in capitals, "
            "and ignores the other. Keep one of them.",
        )
    ]


def test_of_two_spellings_in_capitals_hugo_s_choice_is_not_fixed(tmp_path: Path) -> None:
    twice = "---\ntitle: Twice\nAuthor: Bo Chen\nAUTHOR: Ann Lee\n---\nText.\n"
    root = _hugo_site(tmp_path, {"twice.md": twice})
    told = _told(root, "content/posts/twice.md")
    [(line, field, message)] = [(n, f, m) for n, f, c, m in told if c == "duplicate-key"]
    assert (line, field) == (4, "AUTHOR")
    assert "only one of them counts, and which one is not fixed" in message


def test_jekyll_field_in_other_capitals_is_still_one_the_site_ignores(tmp_path: Path) -> None:
    pages = {f"_resources/r{i}.md": resource(i, summary="Short.") for i in range(8)}
    pages["_resources/odd.md"] = resource(50, Summary="Short.")
    problems = validate_site(make_site(tmp_path, pages), content=False)
    [told] = [p.message for p in problems if p.path == "_resources/odd.md" and p.field == "Summary"]
    assert told.endswith("so the site probably ignores it. Did you mean 'summary'?")
    # Two fields there, each read: no field given twice.
    pages["_resources/both.md"] = resource(51, summary="Short.", Summary="Other.")
    problems = validate_site(make_site(tmp_path / "again", pages), content=False)
    assert [p for p in problems if p.code == "duplicate-key"] == []


def test_jekyll_declared_required_field_in_other_capitals_is_missing(tmp_path: Path) -> None:
    schema = "collections:\n  resources:\n    fields:\n      - name: author\n        required: true\n"
    pages = {"_resources/odd.md": resource(1, author=None, Author="Ann Lee")}
    problems = validate_site(make_site(tmp_path, pages, schema), content=False)
    told = {(p.field, p.code) for p in problems if p.path == "_resources/odd.md"}
    assert {("author", "required-missing"), ("Author", "unknown-field")} <= told
