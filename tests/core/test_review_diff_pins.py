"""A review diff pinned whole: settings added, removed and changed (text, lists, yes/no,
numbers), paragraphs changed word by word, removed, added and kept, folded at context 0 and
shown at 1, in text, HTML and JSON; a page compared with itself, and a new page.

The pinned files are the outputs as reviewed by a person; after a deliberate change of the
diff's look, write them again with `python tests/core/test_review_diff_pins.py` and read the
difference before committing it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.core.review import diff_versions

PINS = Path(__file__).parent / "review_diff_pins"

OLD = """---
title: The old title
status: draft
topics: [Health, Justice]
listed: true
count: 3
gone: removed later
---
First paragraph stays the same.

The council listened to residents and changed the plan.

A paragraph that will be removed entirely.

Another paragraph that stays.

Closing words, unchanged.
"""
NEW = """---
title: The new title
status: final
topics: [Health, Housing]
listed: false
count: 4
added: a new field
---
First paragraph stays the same.

The council listened carefully to residents and changed the whole plan.

Another paragraph that stays.

A brand new paragraph appears here.

Closing words, unchanged.
"""


# Edge cases: an empty and an unset value, a paragraph of several lines, new paragraphs before
# a changed one (the alignment looks ahead), one paragraph folded, a header that cannot be read.
EDGE_OLD = """---
title: Edges
subtitle: ""
summary:
---
Intro paragraph.

Middle paragraph one.

A paragraph
written on
three lines.

The end, as it was written before.

X-rays and Xylophones were seen, said the report, written in 2024 by hand.
"""
EDGE_NEW = """---
title: Edges
subtitle: Now set
summary: ""
---
Intro paragraph.

Middle paragraph one.

A paragraph
written on
four lines
now.

Fresh paragraph one.

Fresh paragraph two.

The end, as it was written before today.

X-rays and Xylophones were seen, said the report.
"""
BROKEN = "---\ntitle: [unclosed\n---\nBody.\n"
FIXED = "---\ntitle: Closed\n---\nBody.\n"


def outputs() -> dict[str, str]:
    rich = diff_versions(OLD, NEW, "Before", "Now")
    same = diff_versions(OLD, OLD)
    new_page = diff_versions(None, NEW)
    found = {
        "rich.json": json.dumps(rich.to_json(), indent=2, ensure_ascii=False, default=str) + "\n",
        "same.html": same.to_html(),
        "same.txt": same.to_text(),
        "new_page.html": new_page.to_html(),
        "new_page.txt": new_page.to_text(),
    }
    for context in (0, 1):
        found[f"rich_context{context}.html"] = rich.to_html(context)
        found[f"rich_context{context}.txt"] = rich.to_text(context)
    edge = diff_versions(EDGE_OLD, EDGE_NEW, "Before", "Now")
    found["edge.txt"] = edge.to_text()  # the default context (1)
    found["edge.html"] = edge.to_html()
    found["edge.json"] = json.dumps(edge.to_json(), indent=2, default=str) + "\n"
    broken = diff_versions(BROKEN, FIXED)
    found["broken.txt"] = broken.to_text()
    found["broken.html"] = broken.to_html()
    found["broken_new_page.txt"] = diff_versions(None, BROKEN).to_text()
    found["deleted_page.txt"] = diff_versions(EDGE_OLD, None).to_text()
    return found


def test_the_functions_give_what_the_methods_give() -> None:
    from editor_app.core.review.diff import diff_to_html, diff_to_text

    edge = diff_versions(EDGE_OLD, EDGE_NEW)
    assert diff_to_html(edge) == diff_to_html(edge, 1)  # (to_html also sanitises it)
    assert edge.to_html() == edge.to_html(1)
    assert diff_to_text(edge) == edge.to_text() == edge.to_text(1)


@pytest.mark.parametrize("name", sorted(outputs()))
def test_the_diff_is_as_pinned(name: str) -> None:
    assert outputs()[name] == (PINS / name).read_text(encoding="utf-8")


def test_what_changed_is_said() -> None:
    rich = diff_versions(OLD, NEW)
    assert rich.changed and not diff_versions(OLD, OLD).changed
    kinds = {f.name: f.kind for f in rich.fields}
    assert kinds == {
        "title": "changed", "status": "changed", "topics": "changed", "listed": "changed",
        "count": "changed", "added": "added", "gone": "removed",
    }  # fmt: skip
    assert [b.kind for b in rich.blocks] == [
        "same", "changed", "removed", "same", "added", "same",
    ]  # fmt: skip
    assert diff_versions(None, NEW).old_missing


if __name__ == "__main__":  # write the pins again (then read the difference)
    for file_name, text in outputs().items():
        (PINS / file_name).write_text(text, encoding="utf-8")
    sys.exit(0)
