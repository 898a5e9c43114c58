"""A Word draft holding `{{ name }}` or `{% ... %}` (a mail-merge field, a template quoted in
a how-to) on a site whose pages go through Liquid or Nunjucks first (Jekyll, Eleventy): the
words arrive kept as text, `{% raw %}...{% endraw %}`, so the site shows them; before, Jekyll
printed nothing for `{{ name }}` and stopped building on `{% anything %}`. Hugo runs no
template in a page: the text is left as typed. Comments stay on their words."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from shared_sites import copy_shared_site

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_import import import_docx
from editor_app.core.site import Site

TYPED = "Dear {{ first_name }}, see {% include note.html %} and {{ open"


def _word_file(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Letter template", level=1)
    p = document.add_paragraph("")
    p.add_run(TYPED)
    after = p.add_run(" today.")
    document.add_comment(p.runs[0], "Check the field names", author="Ann")
    document.add_comment(after, "Which day?", author="Bo")
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("name", "collection"),
    [("connectedbydata", "resources"), ("eleventy-website", "blog"), ("hugo-docs", "troubleshooting")],
)
def test_template_marks_from_word_arrive_as_text(tmp_path: Path, name: str, collection: str):
    root = copy_shared_site(name, tmp_path)
    site = Site.open(root)
    report = import_docx(_word_file(tmp_path / "letter.docx"), site, collection)
    body = Document.load(report.path).body
    if site.generator == "hugo":
        assert TYPED.replace("_", "\\_") in body and "{% raw %}" not in body
    else:
        assert (
            "Dear {% raw %}{{ first\\_name }}{% endraw %}, see "  # Markdown escapes the _
            "{% raw %}{% include note.html %}{% endraw %} and {% raw %}{{{% endraw %} open"
        ) in body
    notes = {n.text: n for n in review.NoteStore(report.path).notes}
    on_marks = notes["Check the field names"]
    assert on_marks.quote.startswith("Dear ") and on_marks.quote.endswith(" open")
    assert body[on_marks.offset : on_marks.offset + len(on_marks.quote)] == on_marks.quote
    assert notes["Which day?"].quote == "today."
    assert review.anchor_note(notes["Which day?"], body).state == review.FOUND


def test_an_eleventy_site_running_no_template_in_markdown_keeps_the_text_as_typed(
    tmp_path: Path,
) -> None:
    root = tmp_path / "site"
    (root / "posts").mkdir(parents=True)
    (root / "eleventy.config.js").write_text(
        "export default function (eleventyConfig) {\n"
        "  return { markdownTemplateEngine: false };\n}\n"
    )
    for i in range(3):
        (root / "posts" / f"p{i}.md").write_text(f"---\ntitle: P{i}\n---\nText.\n")
    report = import_docx(_word_file(tmp_path / "letter.docx"), Site.open(root), "posts")
    body = Document.load(report.path).body
    assert TYPED.replace("_", "\\_") in body and "{% raw %}" not in body


def test_an_eleventy_folder_turning_templates_off_keeps_the_text_as_typed(tmp_path: Path) -> None:
    """The folder's directory data says `templateEngineOverride: md`: the preview shows its
    pages' tags as text, so Word's marks arrive as typed (raw tags would print)."""
    root = tmp_path / "site"
    (root / "posts").mkdir(parents=True)
    (root / "eleventy.config.js").write_text("export default function () { return {}; }\n")
    (root / "posts" / "posts.json").write_text('{"templateEngineOverride": "md"}')
    for i in range(3):
        (root / "posts" / f"p{i}.md").write_text(f"---\ntitle: P{i}\n---\nText.\n")
    report = import_docx(_word_file(tmp_path / "letter.docx"), Site.open(root), "posts")
    body = Document.load(report.path).body
    assert TYPED.replace("_", "\\_") in body and "{% raw %}" not in body
