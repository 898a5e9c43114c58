"""Web and e-mail addresses and typed values, each answer pinned word for word (mutation
testing of `core/checks/types.py`, `tools/mutation.py checks-header`).

Surviving mutants that no test can tell apart (equivalent):
- `url_problem`: `"HTTP:"` for `"http:"` before a `//` address (the scheme is read without
  regard to case); a missing host read as `"XXXX"` rather than `""` (neither is a website
  name); the `/`, `./` and `../` starts spelt otherwise (such a value has a slash, so it is
  taken for a path of the site by the later tests too); `get_close_matches` asked for 2 or 3
  names, or with its default cutoff of 0.6 (only the best is used).
"""

from __future__ import annotations

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
