"""Web and e-mail addresses and typed values, each answer pinned word for word (mutation
testing of `core/checks/types.py`, `tools/mutation.py checks-header`).

Surviving mutants that no test can tell apart (equivalent):
- `url_problem`: `"HTTP:"` for `"http:"` before a `//` address (the scheme is read without
  regard to case); a missing host read as `"XXXX"` rather than `""` (neither is a website
  name); the `/`, `./` and `../` starts spelt otherwise (such a value has a slash, so it is
  taken for a path of the site by the later tests too); `get_close_matches` asked for 2 or 3
  names, or with its default cutoff of 0.6 (only the best is used).
- `check_typed_value`: `getattr(f, "type", ...)` defaults and the label asked with no name
  (every field has a type and a label); `severity_for(ctx, None)` for `False`; a wrong true or
  false value's `ERROR` left out (the code's usual severity); the label not passed to the
  e-mail check (it does not use it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_checks_mutants_header import found, make_site, resources

from editor_app.core.checks.types import url_problem
from editor_app.core.validate import validate_site


@pytest.mark.parametrize(
    ("value", "why"),
    [
        # Liquid writes the address when the site is built: not checked.
        ("{{ link }}", None),
        ("{% post_url x %}", None),
        # Places on this page or site, and relative paths.
        ("#top section", None),
        ("?page two", None),
        ("files/report", None),
        ("my page.html", None),
        ("some thing/else", None),
        ("some thing.pdf", None),
        ("//example.org/x", None),
        ("webcal://example.org/feed", None),
        ("mailto:jo@example.org?subject=Hi", None),
        ("just words", "'just words' is not a web address. Start it with https:// (or with / for "
         "a page of this site)."),
        ("//nohost", "'//nohost' does not name a valid website."),
        ("ftp:example.org", "'ftp:example.org' is missing the // after 'ftp:'. Write 'ftp://' at "
         "the start."),
        ("ftps:example.org", "'ftps:example.org' is missing the // after 'ftps:'. Write 'ftps://' "
         "at the start."),
        ("http://user name@example.org", "'http://user name@example.org' does not name a valid "
         "website after http://. Check for typing slips."),
        ("vbscript:msgbox(1)", "'vbscript:msgbox(1)' is a script, not a link: browsers will not "
         "open it. Use a web address."),
        ("mailto:jo@example", "'mailto:jo@example' is not a valid e-mail link."),
        ("htp://example.org", "'htp://example.org' starts with 'htp:'. Did you mean 'http:'?"),
        ("C:\\files\\a.doc", "'C:\\files\\a.doc' is a file on one computer, not a web address. "
         "Upload the file and link to it."),
        ("https//example.org", "'https//example.org' is not written correctly at the start. Begin "
         "it with 'https://'."),
        ("www.example.org", "'www.example.org' is missing its start. Write 'https://' before it."),
        ("https://example.org:99999", "'https://example.org:99999' is not a valid web address. "
         "Check the website name."),
    ],
)  # fmt: skip
def test_each_kind_of_address_gets_its_own_answer(value: str, why: str | None) -> None:
    assert url_problem(value) == why


SCHEMA = """\
collections:
  people:
    fields:
      - name: title
  projects:
    fields:
      - name: title
  resources:
    fields:
      - name: title
      - name: link
        type: url
      - name: email
        type: email
"""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("link", "42", "Link must be a web address, not '42'."),
        ("link", "[https://example.org, 7]", "Link must be a web address, not '7'."),
        ("link", '["", just words]', "'just words' is not a web address. Start it with "
         "https:// (or with / for a page of this site)."),
        ("email", "mailto:jo@example.org",
         "Write just the address, without 'mailto:': 'jo@example.org'."),
        ("email", "MAILTO:jo@example.org",
         "Write just the address, without 'mailto:': 'jo@example.org'."),
        ("email", "jo.example.org",
         "'jo.example.org' is not a valid e-mail address. It needs an @ between the name and "
         "the domain."),
        ("email", "jo smith@example.org",
         "'jo smith@example.org' is not a valid e-mail address. It must not contain spaces."),
        ("email", "jo@example",
         "'jo@example' is not a valid e-mail address. The part after @ needs a dot, as in "
         "example.org."),
        ("email", "jo@ex.ample@host",
         "'jo@ex.ample@host' is not a valid e-mail address. The part after @ needs a dot, as in "
         "example.org."),
        ("email", "jo@exa_mple.org", "'jo@exa_mple.org' is not a valid e-mail address."),
    ],
)  # fmt: skip
def test_a_declared_address_field_says_what_is_wrong_on_its_line(
    tmp_path: Path, field: str, value: str, message: str
) -> None:
    page = f"---\ntitle: Planted\n{field}: {value}\n---\nText.\n"
    site = make_site(tmp_path, resources(3, planted=page), SCHEMA)
    problems = [p for p in validate_site(site, content=False) if p.code != "unknown-field"]
    code = "bad-url" if field == "link" else "bad-email"
    assert found(problems, "_resources/planted.md") == [(3, field, code, "error", message)]


TYPED = """\
collections:
  people:
    fields:
      - name: title
  projects:
    fields:
      - name: title
  resources:
    fields:
      - name: title
      - name: notes
        type: long_text
      - name: when
        type: datetime
      - name: permalink
        type: boolean
      - name: host
        type: object
"""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("notes: [a, b]\n", [(3, "notes", "wrong-type", "error",
                              "Notes should be plain text, not a list.")]),
        ("notes: {a: 1}\n", [(3, "notes", "wrong-type", "error",
                              "Notes should be plain text, not a group of fields.")]),
        ("when: 2024-13-45 10:00\n", [(3, "when", "invalid-date", "error",
                                      "'2024-13-45 10:00' is not a real date. Write it as "
                                      "year-month-day, for example {today}.")]),
        ("when: [2024-01-01]\n", [(3, "when", "wrong-type", "error",
                                   "'[datetime.date(2024, 1, 1)]' is not a real date. Write it as "
                                   "year-month-day, for example {today}.")]),
        # Eleventy's `permalink:` is false (not published) or an address: both are right.
        ("permalink: /notes/\n", []),
        ("permalink: 3\n", [(3, "permalink", "wrong-type", "error",
                             "Web address must be true or false, not '3'.")]),
        ("host: Ann\n", [(3, "host", "wrong-type", "error",
                          "Host should be a group of fields (name: value lines indented below "
                          "it).")]),
        ("host: [{name: Ann}, Bo]\n", [(3, "host", "wrong-type", "error",
                                        "Host should be a group of fields (name: value lines "
                                        "indented below it).")]),
        ("host: [{name: Ann}]\n", []),
    ],
)  # fmt: skip
def test_a_declared_typed_field_says_what_kind_of_value_it_wants(
    tmp_path: Path, lines: str, expected: list
) -> None:
    page = f"---\ntitle: Planted\n{lines}---\nText.\n"
    site = make_site(tmp_path, resources(3, planted=page), TYPED)
    problems = [p for p in validate_site(site, content=False) if p.code != "unknown-field"]
    today = date.today().isoformat()
    assert found(problems, "_resources/planted.md") == [
        (*p[:4], p[4].format(today=today)) for p in expected
    ]


def _inferred(tmp_path: Path, planted: str) -> list[tuple]:
    pages = {
        f"_resources/n{i}.md": (
            f"---\ntitle: N{i}\ndate: 2024-01-0{i + 1}\npublished: 2024-02-0{i + 1}\n"
            f"notes: Some notes {i}.\nhost:\n  name: Host {i}\n---\nText.\n"
        )
        for i in range(6)
    }
    pages["_resources/planted.md"] = f"---\ntitle: Planted\n{planted}---\nText.\n"
    site = make_site(tmp_path, pages)
    return found(validate_site(site, content=False), "_resources/planted.md")


NO_MONTH_13 = (
    "The date 2024-13-45 on this line does not exist: a month goes from 1 to 12. Correct it, "
    "written as year-month-day, for example 2025-02-28."
)


def _not_a_date(value: str) -> str:
    return (
        f"'{value}' is not a real date. Write it as year-month-day, for example "
        f"{date.today().isoformat()}."
    )


@pytest.mark.parametrize(
    ("planted", "expected"),
    [
        # Not a date in text: an error whatever the field (the site shows it as written).
        ("date: 2024-13-45\n", [(3, "date", "invalid-date", "error", NO_MONTH_13)]),
        ("published: 2024-13-45\n", [(3, "published", "invalid-date", "error", NO_MONTH_13)]),
        # A number: an error for `date` (the site cannot be built), a warning elsewhere.
        ("date: 12\n", [(3, "date", "invalid-date", "error", _not_a_date("12"))]),
        ("published: 12\n", [(3, "published", "invalid-date", "warning", _not_a_date("12"))]),
        ("notes: [a]\n", [(3, "notes", "wrong-type", "warning",
                           "Notes should be plain text, not a list.")]),
        ("host: Ann\n", [(3, "host", "wrong-type", "warning",
                          "Host should be a group of fields (name: value lines indented below "
                          "it).")]),
    ],
)  # fmt: skip
def test_an_inferred_typed_field_is_sure_only_of_what_breaks_the_site(
    tmp_path: Path, planted: str, expected: list
) -> None:
    assert [p for p in _inferred(tmp_path, planted) if p[2] != "required-missing"] == expected
