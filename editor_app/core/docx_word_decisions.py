"""Suggested edits a review pack carried out as tracked changes, which the reviewer accepted or
rejected in Word: carried out here with the review core's own decisions.

Word keeps no trace of an accepted or rejected change: the new words (accepted) or the old
ones (rejected) are simply the paragraph's text. So each carried suggestion no longer pending
is looked for in the returned page's words, with the words around it: found with its new
words, it was accepted (`review.accept_suggestion`, as the review window's Accept: only those
words change in the page); found with its old words, rejected (`review.reject_suggestion`).
Found neither way (the reviewer edited the words further), or accepted but its words changed
in the page since the pack was made, it stays open and the import says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core.docx_loose_text import plain_quote
from editor_app.core.docx_place import short
from editor_app.core.review.common import isolate

ACCEPTED, REJECTED, UNCLEAR = "accepted", "rejected", "unclear"
# What an export leaves as the file's last author (python-docx's template): no reviewer saved it.
_NOT_A_REVIEWER = frozenset(["", "python-docx", "editor-app"])
# Who a change made in Word is by when the file does not say who saved it.
UNNAMED_REVIEWER = "Reviewer (in Word)"


@dataclass
class WordDecision:
    """One carried suggestion as it came back: `verdict` in Word, and whether it was carried
    out here (`done`); `line` says it in the import summary."""

    suggestion: Any
    verdict: str
    done: bool
    line: str


def reviewer_of(document: Any) -> str | None:
    """Who last saved the returned file (Word and LibreOffice record it as they save); None
    when unknown (the file as the export wrote it)."""
    try:
        last = " ".join((document.core_properties.last_modified_by or "").split())
    except Exception:  # a damaged core properties part: not known
        last = ""
    return None if last in _NOT_A_REVIEWER else last


def _tokens(text: str) -> list[str]:
    # Underscores go: Markdown drops them as marks (`HASH_TYPE` read as `HASHTYPE`).
    return re.findall(r"\w+", text.replace("_", "").casefold())


def _count(words: list[str], part: list[str]) -> int:
    """How many times `part` stands in `words`."""
    if not part or len(part) > len(words):
        return 0
    first = part[0]
    return sum(
        1
        for i, w in enumerate(words[: len(words) - len(part) + 1])
        if w == first and words[i : i + len(part)] == part
    )


class PageWords:
    """A returned page's words, and those of the page as it went out, each read into words
    once for every suggestion looked for in them (the page as it went out only when asked:
    most verdicts need the returned words alone)."""

    def __init__(self, returned: list[str], body: str = "") -> None:
        self.returned = _tokens(" ".join(returned))
        self._body = body
        self._sent: list[str] | None = None

    @property
    def sent(self) -> list[str]:
        """The words of the page as it went out."""
        if self._sent is None:
            self._sent = _tokens(plain_quote(self._body))
        return self._sent


def verdict_in_word(suggestion: Any, returned: list[str] | PageWords, body: str = "") -> str:
    """ACCEPTED when the returned page's words hold the suggestion's new words between the
    words around it, REJECTED when they hold its old words there, else UNCLEAR. Read with all
    the words around it the record keeps, then fewer (a neighbour edited in Word too). When
    the page holds such words more than once, `body` (the page's text as it went out) tells:
    one more copy of the new words is an acceptance, the same copies as before a rejection.
    `returned` may be the `PageWords` of both, read once for several suggestions."""
    page = returned if isinstance(returned, PageWords) else PageWords(returned, body)
    before_text, after_text = suggestion.before or "", suggestion.after or ""
    before = len(_tokens(plain_quote(before_text)))
    after = len(_tokens(plain_quote(after_text)))
    # Read at once, so a link or mark spanning an edge reads as the pack shows it.
    new = _tokens(plain_quote(before_text + (suggestion.replacement or "") + after_text))
    old = _tokens(plain_quote(before_text + (suggestion.quote or "") + after_text))
    # The outer words of the context may be cut in half (it keeps 40 characters).
    cut_before = 1 if len(before_text) >= 40 and before_text[0].isalnum() else 0
    cut_after = 1 if len(after_text) >= 40 and after_text[-1].isalnum() else 0
    for width in (max(before - cut_before, after - cut_after), 3, 1):
        drop_before = max(before - width, cut_before)
        drop_after = max(after - width, cut_after)
        new_part = new[drop_before : len(new) - drop_after]
        old_part = old[drop_before : len(old) - drop_after]
        if new_part == old_part:
            return UNCLEAR
        verdict = _read(page, new_part, old_part)
        if verdict is not None:
            return verdict
    # The words on one side alone: the pack shows the other side otherwise (a link to a site
    # page with its address after it, "Leaderboards (/speedlify/)"), or it was edited too.
    for width in (3, 1):
        for drop_before, drop_after in (
            (max(before - width, cut_before), after),
            (before, max(after - width, cut_after)),
        ):
            new_part = new[drop_before : len(new) - drop_after]
            old_part = old[drop_before : len(old) - drop_after]
            if new_part != old_part and (verdict := _read(page, new_part, old_part)):
                return verdict
    return UNCLEAR


def _read(page: PageWords, new_part: list[str], old_part: list[str]) -> str | None:
    """The verdict the returned words give on these new and old words, or None when they
    hold neither; UNCLEAR when both, and the page as it went out does not tell."""
    accepted, rejected = _count(page.returned, new_part), _count(page.returned, old_part)
    if bool(accepted) != bool(rejected):
        return ACCEPTED if accepted else REJECTED
    if not accepted:
        return None
    # Both read there: the copies in the page as it went out tell.
    sent_new, sent_old = _count(page.sent, new_part), _count(page.sent, old_part)
    if accepted > sent_new:  # (the old words may be part of the new ones)
        return ACCEPTED
    if (accepted, rejected) == (sent_new, sent_old):
        return REJECTED
    return UNCLEAR


def carry_out(
    page: Path,
    site: Any,
    decided: list[Any],
    returned: list[str],
    reviewer: str | None,
    body: str,
    label: str = "",
) -> list[WordDecision]:
    """Accept or reject in the page's record each suggestion Word decided (see the module);
    `body` is the page's text, as the import read it; `label` names the page (else its file
    name)."""
    from editor_app.core import review

    name = isolate(reviewer) if reviewer else "a reviewer in Word"
    label = label or page.name
    by = reviewer or UNNAMED_REVIEWER
    results = []
    words = PageWords(returned, body)
    for suggestion in decided:
        what = _described(suggestion)
        verdict = verdict_in_word(suggestion, words)
        if verdict == UNCLEAR:
            line = (
                f"{label}: the suggested edit {what} came back no longer a tracked change, "
                "and the returned words do not tell whether it was accepted or rejected (they "
                "were edited in Word, or stand in the page more than once): still open here, "
                "to accept or reject in the editor."
            )
            results.append(WordDecision(suggestion, verdict, False, line))
            continue
        try:
            if verdict == ACCEPTED:
                review.accept_suggestion(page, suggestion.id, by, site)
            else:
                review.reject_suggestion(page, suggestion.id, by)
        except (review.ReviewError, ValueError, OSError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            if isinstance(exc, review.ReviewError) and "were changed since" in str(exc):
                reason = "its words were changed in the page since the pack was made"
            line = (
                f"{label}: the suggested edit {what} was {verdict} in Word by {name}, but "
                f"it cannot be made: {reason.rstrip('.')}. It is still open here."
            )
            results.append(WordDecision(suggestion, verdict, False, line))
            continue
        done = "made in the page" if verdict == ACCEPTED else "turned down, the page unchanged"
        line = f"{label}: the suggested edit {what} was {verdict} in Word by {name}: {done}."
        results.append(WordDecision(suggestion, verdict, True, line))
    return results


def _described(suggestion: Any) -> str:
    # Persian words set apart, so the quotes and the arrow stay around their own words:
    # (“بسیاری” → “بسیار مهم”) read with the marks swapped between the two.
    by = isolate(suggestion.author or "someone")
    old, new = isolate(short(suggestion.quote or "")), isolate(short(suggestion.replacement or ""))
    where = f" in {suggestion.field}" if suggestion.field else ""
    if not new:
        return f"by {by} (delete “{old}”{where})"
    return f"by {by} (“{old}” → “{new}”{where})"
