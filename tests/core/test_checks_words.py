"""Every problem the checks find on the sample site with planted mistakes, word for word: the
file, line, field, code, severity and message a person reads. Pinned in
`checks_cases/planted_problems.json`; a change of wording shows up here as a difference to
review (and regenerate with `python tests/core/test_checks_words.py` when intended)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "checks_cases" / "planted_problems.json"

PAGES = {
    "_resources/planted-header.md": (
        "---\n"
        "layout: article\n"
        "title: 42\n"
        "subtitle: Blogg\n"
        "reference: planted-header\n"
        "author: Amira Patell\n"
        "date: 2025-13-45\n"
        "project: Nowhere project\n"
        "topics:\n"
        "  - Health\n"
        "  - Healthh\n"
        "status: final\n"
        "status: draft\n"
        "listed: perhaps\n"
        "link: not a link\n"
        "image: assets/resources/missing.png\n"
        "colour: blue\n"
        "Title: Capital\n"
        "---\n"
        "Text of the page.\n"
    ),
    "_resources/planted-missing.md": ("---\ntitle: Missing things\n---\nShort text.\n"),
    "_resources/planted-tabs.md": (
        "---\nlayout: resource\ntitle: Tabs\n\treference: x\n---\nText.\n"
    ),
    "_resources/planted-unclosed.md": "---\nlayout: resource\ntitle: Never closed\n",
    "_resources/planted-list.md": "---\n- a\n- b\n---\nText.\n",
    "_resources/planted-none.md": "Just text, no header at all.\n",
    "_resources/planted-body.md": (
        "---\n"
        "layout: resource\n"
        "title: Body problems\n"
        "subtitle: Blog\n"
        "reference: planted-body\n"
        "author: Amira Patel\n"
        "date: 2025-01-02\n"
        "status: draft\n"
        "email: jo.example.org\n"
        "---\n"
        "# Body problems\n"
        "\n"
        "#### Skipped a level\n"
        "\n"
        "See [click here](/no/such/page/) and [this](http://example.org/page) and "
        "[mail](mailto:jo@@example.org).\n"
        "\n"
        "![](/assets/resources/bus-data.png)\n"
        "![image](/assets/resources/nowhere.png)\n"
        "\n"
        "{% if x %} never closed\n"
        "\n"
        "{{ unclosed\n"
        "\n"
        "This sentence is very long and it keeps going on and on with many words that are not "
        "really needed and it does not stop for a very long time because nobody has edited it "
        "at all and it carries on well past the point where readers lose the thread of it "
        "completely and entirely.\n"
    ),
    "_resources/planted-duplicate.md": (
        "---\nlayout: resource\ntitle: Copy\nsubtitle: Report\nreference: briefing-bus-data\n"
        "author: Tom Oduya\ndate: 2025-02-03\nstatus: final\ntopics: Health\n"
        "my field: x\nlisted: yes\n---\nText.\n"
    ),
    "_people/planted-person.md": (
        "---\nlayout: person\ntitle: Ruth McLean\nrole: [a, b]\nimage: amira-patel.png\n---\n"
    ),
    "_resources/planted-relations.md": (
        "---\nlayout: resource\ntitle: Relations\nreference: planted-relations\n"
        "author: amira  patel\ndate: 2025-02-04\nstatus: draft\nproject: {name: x}\n"
        "topics:\n  - Health\n  - [Housing]\n  - Healthh\n  - Transportt\n---\nText.\n"
    ),
    "_resources/planted-capitals.md": (
        "---\nlayout: resource\ntitle: Capitals\nreference: planted-capitals\n"
        "author: amira patel\ndate: 2025-02-05\nstatus: draft\n---\nText.\n"
    ),
    "_topics/planted-broken.md": "---\nlayout: topic\ntitle: Transport\nnote: 'never closed\n---\n",
    "_resources/planted-thrice.md": (
        "---\nlayout: resource\ntitle: One\ntitle: Two\nreference: planted-thrice\n"
        "title: Three\nauthor: Tom Oduya\ndate: 2025-02-06\nstatus: draft\n---\nText.\n"
    ),
    "_resources/planted-toml-unclosed.md": "+++\ntitle = 'Never closed'\n",
    "_resources/planted-garbled.md": (
        "---\nlayout: resource\ntitle: Itâ€™s garbled\nreference: planted-garbled\n"
        "author: Tom Oduya\ndate: 2025-02-07\nstatus: draft\n---\nA cafÃ© here.\n"
    ),
    "_resources/planted-lost.md": (
        "---\nlayout: resource\ntitle: Lost\nreference: planted-lost\nauthor: Tom Oduya\n"
        "date: 2025-02-08\nstatus: draft\n---\nFirst line.\nA lost \ufffd character.\n"
    ),
    "_resources/planted-control.md": (
        "---\nlayout: resource\ntitle: Control\nreference: planted-control\n"
        "author: Tom Oduya\ndate: 2025-02-09\nstatus: draft\n---\nA bell \x07 here.\n"
    ),
    "_posts/2024-02-30-impossible.md": (
        "---\nlayout: post\ntitle: Impossible\ndate: 2024-03-01\nauthor: Ruth McLean\n---\nText.\n"
    ),
    "_posts/2025-01-05-mismatch.md": (
        "---\nlayout: post\ntitle: Mismatch\ndate: 2025-02-01\nauthor: Ruth McLean\n---\nText.\n"
    ),
}


def _found(tmp_path: Path) -> list[list]:
    site = tmp_path / "site"
    shutil.copytree(REPO / "resources" / "sample-site", site)
    for name, text in PAGES.items():
        (site / name).write_text(text, encoding="utf-8")
    # Saved by an old program in Windows-1252: not UTF-8.
    (site / "_resources" / "planted-legacy.md").write_bytes(
        b"---\nlayout: resource\ntitle: Caf\xe9\nreference: planted-legacy\n"
        b"author: Tom Oduya\ndate: 2025-02-10\nstatus: draft\n---\nText.\n"
    )
    problems = validate_site(Site.open(site), content=True)
    today = dt.date.today().isoformat()  # the example date some messages give
    return [
        [p.path, p.line, p.field, p.code, p.severity, p.message.replace(today, "TODAY")]
        for p in problems
    ]


def test_each_planted_mistake_is_said_word_for_word(tmp_path: Path) -> None:
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert _found(tmp_path) == expected



def test_a_missing_field_is_said_in_plain_words_and_by_its_form_name_in_the_window() -> None:
    from editor_app.core.checks.fields import window_words
    from editor_app.core.checks.problem import Problem

    rows = json.loads(GOLDEN.read_text(encoding="utf-8"))
    pinned = [Problem(path, line, fld, sev, code, msg) for path, line, fld, code, sev, msg in rows]
    missing = [p for p in pinned if p.code == "required-missing" and " is missing." in p.message]
    assert len(missing) == 4
    for p in missing:
        assert "to the header" not in p.message and f"'{p.field}: " not in p.message
        assert p.message.endswith(f"(the '{p.field}' field).")  # the command line names the key
    said = {p.field: window_words(p) for p in missing}
    assert said["date"] == (
        "Publication date is missing. Every resource needs one. Fill in the Publication date field."
    )
    assert said["author"].endswith(" Fill in the Author field.")
    # Every other message reads the same in the window as on the command line.
    assert all(window_words(p) == p.message for p in pinned if p not in missing)

if __name__ == "__main__":  # regenerate the pinned list after an intended change of wording
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        found = _found(Path(tmp))
    GOLDEN.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.exit(0)
