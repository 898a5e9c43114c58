"""What importing a returned review pack did, page by page, in the words the window and
`editor-app import` show (`PackReport.summary()`, `page_line`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.errors import counted


@dataclass
class PackReport:
    """What `import_review_pack` added to each page."""

    notes: dict[Path, int] = field(default_factory=dict)
    suggestions: dict[Path, int] = field(default_factory=dict)
    resolved: dict[Path, int] = field(default_factory=dict)  # notes marked done in Word
    arrived_done: dict[Path, int] = field(default_factory=dict)  # new notes, already done
    skipped: list[str] = field(default_factory=list)  # plain sentences
    changed_since: list[Path] = field(default_factory=list)  # edited after the export
    pages: int = 0  # how many pages the pack holds
    missing: list[str] = field(default_factory=list)  # its pages this site does not have
    # Carried suggestions accepted or rejected in Word, carried out here (per page), and
    # a sentence on each (also those left open).
    decided: dict[Path, int] = field(default_factory=dict)
    decisions: list[str] = field(default_factory=list)
    accepted: dict[Path, int] = field(default_factory=dict)  # of those: made in the page
    # Pages the pack holds under one file name (a guide's translations: `metrics.md` in
    # English and in Persian) are named by their place in the site.
    names: dict[Path, str] = field(default_factory=dict)
    order: list[Path] = field(default_factory=list)  # the pages in the pack's order
    # A page found elsewhere (renamed since the export) -> its path in the pack, and now.
    moved: dict[Path, tuple[str, str]] = field(default_factory=dict)

    def name(self, path: Path) -> str:
        """How the report names a page: its file name, unless another page has it too."""
        return self.names.get(path, path.name)

    @property
    def wrong_site(self) -> bool:
        """None of the pack's pages is in this site: it was made from another site."""
        return self.pages > 0 and len(self.missing) == self.pages

    @property
    def added(self) -> int:
        return sum(self.notes.values()) + sum(self.suggestions.values())

    def page_line(self, path: Path) -> str:
        """One line on what the import did to one page (for the status line)."""
        parts = []
        if self.notes.get(path):
            parts.append(counted(self.notes[path], "new note"))
        if self.suggestions.get(path):
            parts.append(counted(self.suggestions[path], "new suggested edit"))
        accepted = self.accepted.get(path, 0)
        turned_down = self.decided.get(path, 0) - accepted
        if accepted:
            parts.append(f"{counted(accepted, 'suggested edit')} accepted (made in the page)")
        if turned_down:
            parts.append(f"{counted(turned_down, 'suggested edit')} turned down")
        if self.resolved.get(path):
            parts.append(f"{counted(self.resolved[path], 'note')} resolved")
        return f"Review pack imported into “{self.name(path)}”: {', '.join(parts) or 'nothing new'}."

    def moved_lines(self) -> list[str]:
        """Where each page moved since the export was found: said first, as it happened first,
        and saying whether anything went there (not "went there" after "Nothing new")."""
        lines = []
        told = set(self.notes) | set(self.suggestions) | set(self.resolved) | set(self.decided)
        for path, (was, now) in self.moved.items():
            went = ": what the reviewer wrote on it went there" if path in told else ""
            lines.append(f"The page {was} is now {now}{went}.")
        return lines

    def summary(self) -> str:
        lines = self.moved_lines()
        told = set(self.notes) | set(self.suggestions) | set(self.resolved)
        # In the pack's order, as the reviewer read them (and as the lines after these).
        in_order = [p for p in self.order if p in told] + sorted(told - set(self.order))
        for path in in_order:
            n, s = self.notes.get(path, 0), self.suggestions.get(path, 0)
            line = f"{self.name(path)}: {counted(n, 'new note')}, {counted(s, 'suggested edit')}"
            if self.arrived_done.get(path):
                line += f" ({self.arrived_done[path]} of the new notes marked done in Word: resolved)"
            if self.resolved.get(path):
                line += f"; {counted(self.resolved[path], 'note')} marked done in Word: resolved"
            lines.append(line + ".")
        if not self.added and not self.resolved and not self.decisions:
            lines.append("Nothing new in this document: no comments or changes to add.")
        lines += self.decisions
        lines += [
            f"{self.name(path)} was edited after the pack was made: its notes were placed by their "
            "quoted words."
            for path in self.changed_since
        ]
        return "\n".join(lines + self.skipped)
