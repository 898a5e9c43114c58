"""style: British and American spelling on an American site, a page holding both (mutation
testing: `tools/mutation.py checks-body --part reading,content_text,sections,style`).

Equivalent survivors (no test can tell them apart), grouped, with why:
- `_variety` encoding with another error handler or none, or "UTF-8": the words are a page
  decoded from its bytes (never a lone surrogate), so they always encode; its first look
  taking every page for British (`seen | _GB_BYTES`): a screen, the page is then read and
  the same words found.
- `_variety`'s first-look test loosened (`british or american`, `wanted is None and ...`)
  or its majority test (`not gb and not us`, `gb >= us` after equal counts returned): the
  page is read further, and the words of the page's own variety give no problem.
- `check_style`: the house pattern remembered under another name (only a memo).
- `spelling_variety`: `config.get` asked without the mapping test (a site's settings are
  always read into a mapping); the answer remembered under another name (only a memo).

`check_style` asking `written_in_english` without the site is caught with the reading rule off
(`test_checks_mutants_style_house.py`); `_classes`' byte tables are pinned by
`test_checks_mutants_reading_classes.py`, which calls it while the test runs.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_an_american_site_is_told_only_about_the_british_spellings(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\nlang: en-US\n")
    (tmp_path / "page.md").write_text("---\ntitle: T\n---\nThe colour.\n\nThe color.\n")
    found = [
        (p.line, p.message)
        for p in validate_site(Site.open(tmp_path), content=True)
        if p.code == "style-word"
    ]
    assert found == [
        (4, "'colour' is the British spelling; the site's language is American English: 'color'.")
    ]
