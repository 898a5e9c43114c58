"""Eleventy's JavaScript settings as the rules see them, and a missing field's fix in words.

Written against the mutants of `tools/mutation.py checks-header` for the functions changed
since its last run: `other_headers.split_other` (its `---js` branch) and `fields._add_field`,
`fields.window_words`. Equivalent mutants, with why:

- `split_other`'s `---js` branch: the closing search done even without a line break, done
  from 0 rather than from the end of the first line, or only when the break is at 1 or more
  (`or True`, no start, `nl > 0`, `nl >= 1`): the first line is `---js` or longer, and a
  page of one line holds no closing line; `end <= 0` / `end < 1` for `end < 0` (the end is
  searched for after the closing line).
- `window_words`: `and` for `or` in its first test: a message that says " is missing. " but
  has another code, or one with that code that does not say it ("... is empty. Fill it
  in."), has no "Add the page's ... (the '...' field)." to put in the window's words either
  way; `rpartition` for `partition`: the words " is missing. " come once, after the label
  (a label that says " is missing. " itself would tell them apart).
- `_add_field`: the label's first word split off with no limit or a limit of 2 (only the
  first part is read), or at any white space (`split(None, 1)`): a label's words are parted by
  spaces (one holding a tab or a line break would tell them apart).
- The rest of `split_other` (TOML, JSON): named in test_checks_mutants_other_headers.py;
  `check_fields`' survivors of its run after its change, the same groups as before, in
  test_checks_mutants_header_fields.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checks_mutants_header import found, make_site

from editor_app.core.checks.fields import window_words
from editor_app.core.checks.other_headers import OtherHeader, split_other
from editor_app.core.validate import validate_site


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---js\ncode\n---\nBody", OtherHeader("js", "code\n", 2, "Body", 4)),
        # The four ways Eleventy's JavaScript settings open; a blank first line is the code's.
        (
            "---javascript\n\nx = 1\n---\n\nBody\n",
            OtherHeader("js", "\nx = 1\n", 2, "\nBody\n", 5),
        ),
        ("--- js\na\nb\n---  \nB\n", OtherHeader("js", "a\nb\n", 2, "B\n", 5)),
        ("--- javascript\na\n---\nB", OtherHeader("js", "a\n", 2, "B", 4)),
        # Closed on the last line, with no line break after it: no body.
        ("--- js\ncode\n---", OtherHeader("js", "code\n", 2, "", 4)),
        ("---js\n---", OtherHeader("js", "", 2, "", 3)),
    ],
)
def test_javascript_settings_end_at_their_closing_line(text: str, expected: OtherHeader) -> None:
    assert split_other(text) == expected


@pytest.mark.parametrize("text", ["---js", "---js\ncode\n", "---JS\na\n---\n", "---jsx\na\n---\n"])
def test_javascript_settings_never_closed_or_spelt_otherwise_are_no_other_header(
    text: str,
) -> None:
    assert split_other(text) is None


def test_a_javascript_page_ending_at_its_closing_line_has_no_text_to_check(
    tmp_path: Path,
) -> None:
    # Its code is no prose: read as the page's text, the image in it would lack a description.
    page = "--- javascript\nconst img = '![](shot.png)';\n---"
    site = make_site(tmp_path, {"_resources/code.md": page})
    problems = found(validate_site(site, content=True), "_resources/code.md")
    # (Jekyll reads no header there: told once, on the first line)
    assert [p[2] for p in problems] == ["no-front-matter"]


# --- a missing field's fix, in plain words

LABELS = """\
collections:
  resources:
    fields:
      - name: title
        required: true
      - name: seo
        label: SEO title
        required: true
      - name: video
        label: YouTube link
        required: true
      - name: summary
        label: Short summary
        required: true
      - name: x
        label: X
        required: true
      - name: short_seo
        label: Short SEO title
        required: true
      - name: ids
        label: IDs to list
        required: true
"""


def test_a_missing_fields_label_is_lowercased_only_when_it_is_a_plain_word(
    tmp_path: Path,
) -> None:
    site = make_site(tmp_path, {"_resources/r.md": "---\nlayout: x\n---\nText.\n"}, LABELS)
    said = {
        field: message
        for _line, field, code, _sev, message in found(
            validate_site(site, content=False), "_resources/r.md"
        )
        if code == "required-missing"
    }
    assert {field: m.rsplit(". ", 1)[-1] for field, m in said.items()} == {
        "title": "Add the page's title (the 'title' field).",
        "seo": "Add the page's SEO title (the 'seo' field).",
        "video": "Add the page's YouTube link (the 'video' field).",
        "summary": "Add the page's short summary (the 'summary' field).",
        "x": "Add the page's X (the 'x' field).",
        "short_seo": "Add the page's short SEO title (the 'short_seo' field).",
        "ids": "Add the page's IDs to list (the 'ids' field).",
    }


def test_the_window_names_the_forms_field_for_each_missing_one(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"_resources/r.md": "---\nlayout: x\n---\nText.\n"}, LABELS)
    problems = [p for p in validate_site(site, content=False) if p.path == "_resources/r.md"]
    said = {p.field: window_words(p).rsplit(". ", 1)[-1] for p in problems}
    assert said["seo"] == "Fill in the SEO title field."
    assert said["video"] == "Fill in the YouTube link field."
    assert said["title"] == "Fill in the Title field."
