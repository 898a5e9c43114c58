"""The review record (the sidecar): the first format read and upgraded without loss, W3C
selectors written, suggestions kept, and the states a page goes through."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import review
from editor_app.core.document import Document

BRAND = "_resources/brand-narrative.md"
OLD = "a short public facing story"

FIRST_FORMAT = """\
# Review notes on brand-narrative.md, kept by editor-app.
version: 1
document: brand-narrative.md
colour: blue
notes:
- id: 3f9c0d12ab44
  author: Ada Editor
  date: '2026-11-25T06:30:00+00:00'
  text: Who is the public here?
  resolved: false
  quote: a short public facing story
  before: 'Tim and I wanted to produce '
  after: ' to communicate who we are'
  offset: 156
  mood: curious
- id: 0be1c2d3e4f5
  author: Ada Editor
  date: '2026-11-25T06:31:00+00:00'
  text: Lovely piece overall.
  resolved: true
"""


def test_a_first_format_file_is_read_and_upgraded_without_loss(site_copy: Path) -> None:
    path = site_copy / BRAND
    sidecar = review.notes_path(path)
    sidecar.parent.mkdir()
    sidecar.write_text(FIRST_FORMAT, encoding="utf-8")
    store = review.NoteStore(path)
    assert store.error is None
    first, second = store.notes
    assert (first.quote, first.before, first.after, first.offset) == (
        OLD,
        "Tim and I wanted to produce ",
        " to communicate who we are",
        156,
    )
    body = Document.load(path).body
    anchor = review.anchor_note(first, body)
    assert anchor.state == review.FOUND and body[anchor.start : anchor.end] == OLD

    store.add(review.make_note(body, 0, 0, "One more.", "Bo"))  # any change upgrades
    data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["colour"] == "blue"  # unknown keys stay
    written = data["notes"][0]
    assert "quote" not in written and written["mood"] == "curious"
    assert written["target"]["selector"] == [
        {
            "type": "TextQuoteSelector",
            "exact": OLD,
            "prefix": "Tim and I wanted to produce ",
            "suffix": " to communicate who we are",
        },
        {"type": "TextPositionSelector", "start": 156, "end": 156 + len(OLD)},
    ]
    again = review.NoteStore(path)
    assert [n.to_dict() for n in again.notes[:2]] == [first.to_dict(), second.to_dict()]
    assert again.notes[1].resolved and "target" not in data["notes"][1]


@given(
    quote=st.text(min_size=1, max_size=30).filter(lambda t: t.strip()),
    before=st.text(max_size=40),
    after=st.text(max_size=40),
    offset=st.none() | st.integers(min_value=0, max_value=10**6),
    field=st.none() | st.sampled_from(["title", "description"]),
)
def test_selectors_read_back_what_was_written(
    tmp_path_factory, quote, before, after, offset, field
) -> None:
    page = tmp_path_factory.mktemp("page") / "page.md"
    store = review.NoteStore(page)
    when = review.make_note("", 0, 0, "x", "Ada").date
    store.notes.append(review.Note("Look.", "Ada", when, quote, before, after, offset))
    made = review.Suggestion("new", "Ada", when, quote, before, after, offset, field)
    store.add_suggestion(made)
    again = review.NoteStore(page)
    note = again.notes[0]
    assert (note.quote, note.before, note.after, note.offset) == (quote, before, after, offset)
    back = again.suggestions[0]
    assert (back.quote, back.before, back.after, back.offset, back.field) == (
        quote,
        before,
        after,
        offset,
        field,
    )


def test_suggestions_and_decisions_round_trip(site_copy: Path) -> None:
    path = site_copy / BRAND
    made = review.suggest(path, OLD, "a short story", author="Ada")
    title = review.suggest(path, None, "Our brand narrative", field="title", author="Ada")
    review.send_back(path, "Shorter, please.", "Ada")
    store = review.NoteStore(path)
    assert [s.to_dict() for s in store.suggestions] == [made.to_dict(), title.to_dict()]
    assert title.kind == "replace" and title.quote == "Brand narrative"
    assert store.decisions[0].decision == "sent back" and store.notes[0].text == "Shorter, please."
    assert review.page_state(path).describe() == "sent back: Shorter, please."
    assert review.review_states([path, site_copy / "_resources/ai-in-education.md"]) == {
        path: review.page_state(path)
    }


def test_kinds_and_descriptions_of_suggestions() -> None:
    body = "We wanted a short public facing story to tell."
    start = body.index(OLD)
    end = start + len(OLD)

    def made(new: str) -> review.Suggestion:
        return review.make_suggestion(body, start, end, new, "Ada")

    assert made("").describe() == f"delete “{OLD}”"
    # As a reader reads it: the space joining the words is not shown ("insert “ for all”"),
    # and is kept in what is stored.
    for_all = made(review.joined(OLD, "for all", True))
    assert for_all.describe() == f"insert “for all” after “{OLD}”"
    assert for_all.replacement == f"{OLD} for all" and for_all.inserted == " for all"
    assert made(review.joined(OLD, "new", False)).kind == "insert"
    assert made(review.joined(OLD, "new", False)).describe() == f"insert “new” before “{OLD}”"
    assert made(OLD + " ").describe() == f"insert a space after “{OLD}”"
    assert made(OLD + "\n\n").describe() == f"insert line breaks after “{OLD}”"
    assert made("a tale").describe() == f"replace “{OLD}” with “a tale”"
    assert review.joined("site", "and app", True) == "site and app"
    assert review.joined("site", ", and app", True) == "site, and app"


@settings(max_examples=60)
@given(data=st.data(), crlf=st.booleans())
def test_accepting_any_suggestion_changes_only_its_words(
    shared_site: Path, tmp_path_factory, data, crlf: bool
) -> None:
    page = (shared_site / BRAND).read_bytes()
    if crlf:
        page = page.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    path = tmp_path_factory.mktemp("page") / "brand-narrative.md"
    path.write_bytes(page)
    original = path.read_bytes()
    doc = Document.load(path)
    body = doc.body
    start = data.draw(st.integers(0, len(body) - 2))
    end = data.draw(st.integers(start + 1, min(len(body), start + 60)))
    if not body[start:end].strip():
        return  # only white space: nothing to suggest on
    new = data.draw(st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=12))
    if new == body[start:end]:
        return
    made = review.make_suggestion(body, start, end, new, "Ada")
    # White space at the edges that the new words leave out stays out of the suggestion.
    assert body[start:end].strip() == made.quote.strip() and made.quote in body[start:end]
    start, end = made.offset, made.offset + len(made.quote)
    review.NoteStore(path).add_suggestion(made)
    review.accept_suggestion(path, made.id, "Jo")
    # The same change made on the file's own text: line endings as they were.
    newline = "\r\n" if crlf else "\n"
    text = original.decode("utf-8")
    head = len(text) - len(body.replace("\n", newline))
    a = head + start + (body.count("\n", 0, start) if crlf else 0)
    b = head + end + (body.count("\n", 0, end) if crlf else 0)
    expected = text[:a] + new + text[b:]
    assert path.read_bytes() == expected.encode("utf-8")


def test_an_open_suggestion_on_a_long_setting_says_which_setting() -> None:
    # The Approve checklist cut the whole line at 70 characters: "insert “(moving house)”
    # after “Eleventy Docs Moved from 11ty.io to 11…", no closing quote, no setting named.
    title = "Eleventy Docs Moved from 11ty.io to 11ty.dev and everything that came with it"
    made = review.make_suggestion(title, 0, len(title), title + " (moving house)", "Ed")
    made.field = "newstitle"
    said = made.describe(width=40)
    assert said == (
        "insert “(moving house)” after “Eleventy Docs Moved from 11ty.io to 11t…” (in newstitle)"
    )
    assert made.describe() == f"insert “(moving house)” after “{title}” (in newstitle)"
    # A window names the setting as its form does.
    assert made.describe(shown=True, width=10).endswith("” (in News title)")
