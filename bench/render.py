"""Preview rendering speed: the longest fixture page, a 1 MB page, and plain Python-Markdown.

Run: .venv/bin/python bench/render.py [SITE] [--before COMMIT]
     (default SITE: the fixture site, `bench/synth.py`)
     .venv/bin/python bench/render.py --engines   (every shared site's longest page, engines)
     .venv/bin/python bench/render.py --edits     (the same, the preview after an edit)
     .venv/bin/python bench/render.py --edits --features   (the longest page with footnotes,
                                                 a table of contents or abbreviations)
     (--only SITE: one shared site)

Every figure is the best and the median of several runs, the renderers taking turns run by
run, so a busy machine slows them alike. `--before COMMIT` adds that commit's renderer to the
turns (its code is loaded from `git archive` under another package name), for before/after
figures from one run.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import markdown

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synth import SOURCE  # noqa: E402

from editor_app.core.document import Document  # noqa: E402
from editor_app.core.render import Renderer  # noqa: E402
from editor_app.core.sanitize import sanitize_html  # noqa: E402
from editor_app.core.site import Site  # noqa: E402

PLAIN_EXTENSIONS = ["extra", "toc", "sane_lists", "smarty"]


def best_of(fn: Callable[[str], object], text: str, runs: int) -> tuple[float, float]:
    """(best, median) milliseconds of fn(text) over a number of runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def in_turns(fns: dict[str, Callable[[], object]], runs: int) -> dict[str, tuple[float, float]]:
    """(best, median) milliseconds of each function, the functions taking turns run by run."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            gc.collect()  # no function pays for another's garbage
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: (min(t), statistics.median(t)) for name, t in times.items()}


def keystrokes(text: str, count: int, seed: int = 10) -> list[str]:
    """The text after each of `count` typed characters, at places spread over the page."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        at = rng.randrange(len(text))
        text = text[:at] + rng.choice("etaoin ,.") + text[at:]
        out.append(text)
    return out


def load_before(commit: str) -> tuple[type, type, type]:
    """(Renderer, Site, Document) classes of `commit`, loaded beside the current code."""
    dest = Path(tempfile.mkdtemp(prefix="render-before-"))
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "editor_app", "resources"],
        capture_output=True,
        check=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    package = dest / "editor_app"
    for path in package.rglob("*.py"):  # the same modules under another name
        text = path.read_text("utf-8")
        path.write_text(re.sub(r"\beditor_app\b(?=[. ])", "editor_app_before", text), "utf-8")
    package.rename(dest / "editor_app_before")
    sys.path.insert(0, str(dest))
    render = importlib.import_module("editor_app_before.core.render")
    site = importlib.import_module("editor_app_before.core.site")
    document = importlib.import_module("editor_app_before.core.document")
    return render.Renderer, site.Site, document.Document


def measure(
    site_path: Path = SOURCE, runs: int = 20, big_runs: int = 3, before: str | None = None
) -> dict:
    """Render timings (ms, best and median) of ours and plain Python-Markdown.

    With `before` (a commit), also that commit's renderer on the same texts (`before_*`).
    """
    site = Site.open(site_path)
    longest = max(site_path.rglob("*.md"), key=lambda p: p.stat().st_size)
    doc = Document.load(longest)
    body = doc.body
    # A 1 MB page: the longest body repeated (real prose, lists, links and quotes).
    big = (body + "\n\n") * (1_000_000 // (len(body) + 2) + 1)

    ours = Renderer(site)
    plain_md = markdown.Markdown(extensions=PLAIN_EXTENSIONS)

    def plain(text: str) -> str:
        plain_md.reset()
        return plain_md.convert(text)

    # The re-render an author waits for: the page after one more typed character.
    typed = keystrokes(body, runs)
    turn = iter(range(10**9))
    rendered = ours.render_body(body)

    fns: dict[str, Callable[[], object]] = {
        "ours_ms": lambda: ours.render_body(body),
        "plain_ms": lambda: plain(body),
        "page_ms": lambda: ours.render_page(doc),
        # Its share of the page: the rendered body made safe (part of page_ms).
        "sanitize_ms": lambda: sanitize_html(rendered, site.root),
        "keystroke_ms": lambda: ours.render_body(typed[next(turn) % len(typed)]),
    }
    big_fns: dict[str, Callable[[], object]] = {
        "ours_big_ms": lambda: ours.render_body(big),
        "plain_big_ms": lambda: plain(big),
    }
    if before:
        old_renderer, old_site, old_document = load_before(before)
        old = old_renderer(old_site.open(site_path))
        old_doc = old_document.load(longest)
        fns["before_ms"] = lambda: old.render_body(body)
        fns["before_page_ms"] = lambda: old.render_page(old_doc)
        big_fns["before_big_ms"] = lambda: old.render_body(big)
        if old.render_body(body) != ours.render_body(body):
            print("note: the page renders differently before and now", file=sys.stderr)
    for fn in fns.values():  # warm up (first-use caches, compiled patterns)
        fn()
    result = in_turns(fns, runs) | in_turns(big_fns, big_runs)
    return {
        "longest": str(longest.relative_to(site_path)),
        "longest_kb": len(body.encode()) / 1024,
        "big_mb": len(big.encode()) / 1e6,
        **result,
        "_renderer": ours,
    }


def report(r: dict) -> None:
    """Print the figures of `measure`, then the worst cases."""
    print(f"longest fixture page: {r['longest']} ({r['longest_kb']:.0f} KB)")
    for label, key in (
        ("ours (kramdown-like)", "ours_ms"),
        ("ours, before", "before_ms"),
        ("plain Python-Markdown", "plain_ms"),
        ("after a keystroke", "keystroke_ms"),
        ("whole preview page", "page_ms"),
        ("  of which sanitising", "sanitize_ms"),
        ("whole page, before", "before_page_ms"),
    ):
        if key in r:
            b, m = r[key]
            print(f"  {label:24} best {b:7.1f} ms   median {m:7.1f} ms")
    print(f"1 MB page ({r['big_mb']:.2f} MB)")
    for label, key in (
        ("ours (kramdown-like)", "ours_big_ms"),
        ("ours, before", "before_big_ms"),
        ("plain Python-Markdown", "plain_big_ms"),
    ):
        if key in r:
            b, m = r[key]
            print(f"  {label:24} best {b:7.0f} ms   median {m:7.0f} ms")
    # Hostile text (stray marks by the thousand) must stay about as fast as prose.
    ours = r["_renderer"]
    print("worst cases, 40 KB each (ours)")
    for label, text in (
        ("unclosed [ ` < { quotes", "*_[`<{\"'" * 5000),
        ("stray {% Liquid marks", "{% " * 13000),
        ("unclosed <!-- <code> ~~", "<!-- a <code>b ~~c " * 2100),
        ("one long list", "* a\n  " * 6500),
    ):
        b, m = best_of(ours.render_body, text, 3)
        print(f"  {label:24} best {b:7.0f} ms   median {m:7.0f} ms")


SHARED_SITES = REPO.parent / "shared" / "sites"
ENGINES = ("kramdown", "markdown-it", "goldmark")


def measure_engines(sites: Path = SHARED_SITES, runs: int = 5) -> list[dict]:
    """Per shared site: its longest page rendered by every engine and by plain Python-Markdown.

    The engines and the plain renderer take turns run by run (best and median ms).
    """
    rows = []
    plain_md = markdown.Markdown(extensions=PLAIN_EXTENSIONS)

    def plain(text: str) -> str:
        plain_md.reset()
        return plain_md.convert(text)

    for root in sorted(p for p in sites.iterdir() if p.is_dir()):
        pages = [p for p in root.rglob("*.md") if "node_modules" not in p.parts]
        if not pages:
            continue
        longest = max(pages, key=lambda p: p.stat().st_size)
        site = Site.open(root)
        body = Document.load(longest).body
        renderers = {name: Renderer(site, engine=name) for name in ENGINES}
        fns: dict[str, Callable[[], object]] = {
            name: (lambda r=r, b=body: r.render_body(b)) for name, r in renderers.items()
        }
        fns["plain"] = lambda b=body: plain(b)
        for fn in fns.values():
            fn()
        rows.append(
            {
                "site": root.name,
                "own": Renderer(site).engine.name,
                "page": str(longest.relative_to(root)),
                "kb": len(body.encode()) / 1024,
                **in_turns(fns, runs),
            }
        )
    return rows


def _longest_table(body: str) -> list[int]:
    """Where the rows of the page's longest table start (after its header)."""
    best: list[int] = []
    rows: list[int] = []
    at = 0
    for line in body.split("\n"):
        if line.startswith("|"):
            rows.append(at)
        else:
            if len(rows) > len(best):
                best = rows
            rows = []
        at += len(line) + 1
    return max(best, rows, key=len)[2:]


def _edited(body: str, runs: int, kind: str) -> list[str]:
    """The page after one edit each, at places spread over it: a word typed in the middle
    of a line (`word`), a new paragraph after one (`paragraph`), a word typed in a cell of
    the longest table (`table`: none when the page has no table)."""
    out = []
    rows = _longest_table(body) if kind == "table" else []
    if kind == "table" and len(rows) < 2:
        return out
    for k in range(runs):
        at = len(body) * (k + 1) // (runs + 1)
        if kind == "table":
            cell = rows[len(rows) * k // runs] + 2
            out.append(body[:cell] + "word " + body[cell:])
        elif kind == "paragraph":
            end = body.find("\n\n", at)
            end = len(body) if end < 0 else end
            out.append(body[:end] + "\n\nA new paragraph, typed here.\n" + body[end:])
        else:
            space = body.find(" ", at)
            space = len(body) if space < 0 else space
            out.append(body[:space] + " word" + body[space:])
    return out


def _timed(into: list[tuple[float, float]], fn: Callable[[], object]) -> None:
    """Run `fn`, adding its (wall, CPU) milliseconds to `into`."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    into.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))


_PAGE_WIDE = re.compile(r"\n\[\^[^\]\n]+\]:|\{:toc\}|\{::toc\}|\n {0,3}\*\[[^\]\n]+\]:")


def has_page_wide_feature(path: Path) -> bool:
    """The page has footnotes, a kramdown table of contents or abbreviations (rendered whole)."""
    return _PAGE_WIDE.search("\n" + path.read_text("utf-8", errors="replace")) is not None


def measure_edits(
    sites: Path = SHARED_SITES, runs: int = 9, features: bool = False, only: str | None = None
) -> list[dict]:
    """Per shared site and engine, the preview page of its longest page (`features`: of its
    longest page with footnotes, a table of contents or abbreviations): made whole, the
    first render in parts (nothing remembered), and the render after an edit.

    Every figure is (median, worst) of wall and CPU milliseconds; the whole page and the
    first render take turns run by run; each edit is at another place of the page (so each
    renders its own part again), the renderer keeping what it rendered before.
    """
    rows = []
    for root in sorted(p for p in sites.iterdir() if p.is_dir()):
        if only is not None and root.name != only:
            continue
        pages = [p for p in root.rglob("*.md") if "node_modules" not in p.parts]
        if features:
            pages = [p for p in pages if has_page_wide_feature(p)]
        if not pages:
            continue
        longest = max(pages, key=lambda p: p.stat().st_size)
        site = Site.open(root)
        doc = Document.load(longest)
        body = doc.body
        for engine in ENGINES:
            whole = Renderer(site, engine=engine)
            whole.parts.min_chars = 10**9  # never cut: the page made whole, as before
            parts = Renderer(site, engine=engine)
            whole.render_page(doc), parts.render_page(doc)  # warm up (code colouring etc.)
            cut = len(parts.parts.table_joins)  # the parts it renders (table groups too)
            times: dict[str, list[tuple[float, float]]] = {
                "whole": [],
                "first": [],
                "word": [],
                "paragraph": [],
                "table": [],
            }

            for _ in range(max(3, runs // 3)):
                _timed(times["whole"], lambda w=whole, d=doc: w.render_page(d))
                parts.forget_parts()  # its stylesheet, template and post URLs stay, as whole's
                _timed(times["first"], lambda p=parts, d=doc: p.render_page(d))
            parts.render_page(doc)
            for name in ("word", "paragraph", "table"):
                for text in _edited(body, runs, name):
                    edited = Document.load(longest)
                    edited.body = text
                    _timed(times[name], lambda p=parts, e=edited: p.render_page(e))
            rows.append(
                {
                    "site": root.name,
                    "engine": engine,
                    "own": engine == Renderer(site).engine.name,
                    "page": str(longest.relative_to(root)),
                    "kb": len(body.encode()) / 1024,
                    "cut": cut,
                    **{
                        name: (
                            statistics.median(w for w, _ in t),
                            max(w for w, _ in t),
                            statistics.median(c for _, c in t),
                            max(c for _, c in t),
                        )
                        for name, t in times.items()
                        if t
                    },
                }
            )
    return rows


def report_edits(rows: list[dict], features: bool = False) -> None:
    """Print `measure_edits`: median (worst) ms, wall and CPU; the site's own engine with *."""
    which = "with footnotes, a table of contents or abbreviations " if features else ""
    print(f"preview of the longest page {which}of each shared site: wall / CPU ms, median (worst)")
    print(
        f"{'site':17} {'engine':12} {'KB':>4} {'parts':>5} "
        + " ".join(
            f"{h:>25}"
            for h in (
                "whole",
                "first (in parts)",
                "after a word",
                "after a paragraph",
                "in a table",
            )
        )
    )
    for row in rows:
        cells = []
        for name in ("whole", "first", "word", "paragraph", "table"):
            if name not in row:
                cells.append("-")
                continue
            wall, worst, cpu, cpu_worst = row[name]
            cells.append(f"{wall:5.0f} ({worst:4.0f}) / {cpu:4.0f} ({cpu_worst:3.0f})")
        engine = row["engine"] + ("*" if row["own"] else "")
        print(
            f"{row['site']:17} {engine:12} {row['kb']:4.0f} {row['cut']:5} {row['page']}\n    "
            + " ".join(f"{c:>25}" for c in cells)
        )


def report_engines(rows: list[dict]) -> None:
    """Print `measure_engines` (best ms; the site's own engine marked with *)."""
    print(
        f"{'site':18} {'longest page KB':>15} " + " ".join(f"{e:>12}" for e in (*ENGINES, "plain"))
    )
    for row in rows:
        cells = []
        for name in (*ENGINES, "plain"):
            mark = "*" if name == row["own"] else " "
            cells.append(f"{row[name][0]:10.1f}{mark} ")
        print(f"{row['site']:18} {row['kb']:15.0f} " + "".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=SOURCE)
    parser.add_argument("--before", metavar="COMMIT", help="also time this commit's renderer")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--big-runs", type=int, default=3)
    parser.add_argument(
        "--engines",
        action="store_true",
        help="the longest page of each shared site with every engine and plain Python-Markdown",
    )
    parser.add_argument(
        "--edits",
        action="store_true",
        help="the longest page of each shared site with every engine: whole, first render in"
        " parts, after a one-word edit, after a new paragraph, after a word in a table cell",
    )
    parser.add_argument(
        "--features",
        action="store_true",
        help="with --edits: the longest page with footnotes, a table of contents or abbreviations",
    )
    parser.add_argument("--only", metavar="SITE", help="with --edits: this shared site only")
    args = parser.parse_args()
    if args.engines:
        report_engines(measure_engines(runs=args.runs))
        return 0
    if args.edits:
        rows = measure_edits(runs=args.runs, features=args.features, only=args.only)
        report_edits(rows, args.features)
        return 0
    report(measure(args.site, args.runs, args.big_runs, args.before))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
