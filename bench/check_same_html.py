"""Check that the preview renderer's output stays byte-for-byte the same across a change.

Run once before a change to save the reference, then after each change to compare:

    .venv/bin/python bench/check_same_html.py --save      # writes the reference
    .venv/bin/python bench/check_same_html.py             # compares with it (exit 1 if not)

The reference can come from an older commit's code:

    git archive COMMIT editor_app resources | tar -x -C /tmp/old
    .venv/bin/python bench/check_same_html.py --save --code-from /tmp/old

What is rendered: every page of the real site (all collections) and of the sample site, as a
whole preview page and as a body; the long synthetic pages of the benchmarks; the hand-written
snippets of the tests; the hostile test files; the benchmark's worst cases; a few hundred
random texts; and a run of "keystrokes" (small edits all over the longest page, code blocks
included) rendered one after the other by one renderer, as the preview re-renders while an
author types. Every page is rendered twice by the same renderer, forwards then backwards, so
anything a renderer keeps between renders (caches) must give the same output as a fresh one.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
if "--code-from" in sys.argv:  # before the imports below: render with that copy's code
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--code-from") + 1]).resolve()))

from synth import SOURCE, long_document  # noqa: E402

from editor_app.core.document import Document  # noqa: E402
from editor_app.core.render import Renderer  # noqa: E402
from editor_app.core.site import Site  # noqa: E402

DEFAULT_REF = Path("/tmp/editor-app-render-reference")
SAMPLE = REPO / "resources" / "sample-site"
SNIPPETS = (REPO / "tests" / "core" / "render_cases", REPO / "tests" / "core" / "code_cases")
HOSTILE = REPO / "tests" / "data" / "hostile"
PAGE_SUFFIXES = (".md", ".markdown", ".html")
# The characters the renderer's property test draws from, plus a few of every kind.
ALPHABET = list("ab \n\n\n*-_>#`[]()!\"'{}%<>/:.1&~|\\$^=+") + ["  ", "\t", "é", "—", "    "]


def _pages(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.suffix in PAGE_SUFFIXES and p.is_file() and "_site" not in p.parts
    )


def _site_outputs(root: Path) -> Iterator[tuple[str, str]]:
    """Pages and bodies of one site, each rendered twice by one renderer (there and back)."""
    site = Site.open(root)
    renderer = Renderer(site)
    docs = [(p, Document.load(p)) for p in _pages(root)]
    first: dict[str, str] = {}
    for path, doc in docs:
        rel = path.relative_to(root).as_posix()
        first[f"{root.name}/page/{rel}"] = renderer.render_page(doc)
        first[f"{root.name}/body/{rel}"] = renderer.render_body(doc.body)
    yield from first.items()
    for path, doc in reversed(docs):
        rel = path.relative_to(root).as_posix()
        yield f"{root.name}/again/page/{rel}", renderer.render_page(doc)
        yield f"{root.name}/again/body/{rel}", renderer.render_body(doc.body)


def _keystrokes(renderer: Renderer, text: str, seed: int) -> Iterator[tuple[str, str]]:
    """Small edits one after another, each rendered by the same (warm) renderer."""
    rng = random.Random(seed)
    fences = [i for i in range(len(text)) if text.startswith("```", i)]
    for step in range(60):
        kind = step % 6
        if kind == 0 and fences:  # typing inside or next to a code block
            at = rng.choice(fences) + rng.randint(0, 40)
        else:
            at = rng.randint(0, len(text))
        at = min(at, len(text))
        if kind == 1:
            text = text[:at] + text[at + 1 :]  # a deletion
        elif kind == 2:
            text = (
                text[:at] + rng.choice(["\n", "\n\n", "* ", "> ", "# ", "|", "{%", "`"]) + text[at:]
            )
        else:
            text = text[:at] + rng.choice("abcdefghij '\".-_*[]") + text[at:]
        yield f"keystroke/{seed}/{step:02d}", renderer.render_body(text)


def _code_page() -> str:
    """Code of every kind the snippets hold, many times over, with spans and prose between."""
    parts = []
    for case in sorted(SNIPPETS[1].glob("*.md")):
        parts.append(f"Some prose about {case.stem}, with `x = 1` and *emphasis*.\n")
        parts.append(case.read_text("utf-8"))
    # 300 lines of real Python (the code modules: code.py alone is shorter than that).
    modules = sorted((REPO / "editor_app" / "core" / "markdown_ext").glob("code*.py"))
    lines = [line for module in modules for line in module.read_text("utf-8").splitlines()]
    for i in range(0, min(len(lines), 300), 30):
        chunk = "\n".join(lines[i : i + 30])
        parts.append(
            f"Part {i}, `code span {i}`{{:.language-python}}:\n\n```python\n{chunk}\n```\n"
        )
    parts.append("```yaml\ntitle: x\nlist:\n  - a\n  - 1.5\n  - 'q'\n```\n" * 3)
    return "\n".join(parts)


def _html_page() -> str:
    """Raw HTML written every which way: case, quotes, bare attributes, spaces in end tags."""
    return "\n\n".join(
        [
            '<DIV Class=wide ID="a">\n<P>Text <B>bold</B > <I >x</I></P>\n</DIV >',
            '<iframe SRC="v" allowfullscreen></iframe>',
            "<img src=a.png alt='it\"s'><br><HR/>",
            '<p>a <a HREF="x?a=1&b=2">link</A> <span title="<x>">s</span></p>',
            "<my-widget data-x='1'>w</my-widget>",
            "Inline <Span CLASS=x>span</Span >, <code>raw <B></code>, </1A> </-</A>.",
            "<table>\n<TR><TD>1</TD></TR>\n</TABLE>",
            '<div onclick="steal()" ONLOAD=x>Hi <a href="javascript:alert(1)">x</a></div>',
            "Turn the lights on=\"bright\" tonight, <a HREF = 'VBScript:x' onMouseOver='y'>z</a>.",
            '<script>alert(1)</script>\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>',
            '<meta http-equiv="refresh"><link rel=x><img src="x.png" onerror="z()">',
            '[link](javascript:alert(1)) ![i](a.png "t") <span style="a=b">c</span>',
        ]
        * 20
    )


def outputs() -> Iterator[tuple[str, str]]:
    """Every (name, html) pair the check compares."""
    yield from _site_outputs(SOURCE)
    yield from _site_outputs(SAMPLE)

    renderer = Renderer()
    for folder in SNIPPETS:
        for case in sorted(folder.glob("*.md")):
            yield (
                f"snippet/{folder.name}/{case.name}",
                renderer.render_body(case.read_text("utf-8")),
            )
    for case in sorted(HOSTILE.glob("*.md")):
        doc = Document.load(case)
        yield f"hostile/page/{case.name}", renderer.render_page(doc)
        yield f"hostile/body/{case.name}", renderer.render_body(doc.body)

    longest = max((SOURCE / "_resources").glob("*.md"), key=lambda p: p.stat().st_size)
    body = Document.load(longest).body
    big = (body + "\n\n") * (1_000_000 // (len(body) + 2) + 1)
    site_renderer = Renderer(Site.open(SOURCE))
    yield "synthetic/longest-body", site_renderer.render_body(body)
    yield "synthetic/bench-1mb", site_renderer.render_body(big)
    for size in (200_000, 1_000_000):
        doc = Document.from_text(long_document(size))
        yield f"synthetic/long-{size}", site_renderer.render_page(doc)
    for label, text in (
        ("quotes", "*_[`<{\"'" * 5000),
        ("liquid", "{% " * 13000),
        ("comments", "<!-- a <code>b ~~c " * 2100),
        ("list", "* a\n  " * 6500),
    ):
        yield f"worst/{label}", renderer.render_body(text)

    rng = random.Random(20261125)
    for i in range(400):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 300)))
        yield f"random/{i:03d}", renderer.render_body(text)

    code_page, html_page = _code_page(), _html_page()
    yield "synthetic/code", renderer.render_body(code_page)
    yield "synthetic/html", renderer.render_body(html_page)
    yield "synthetic/html/page", renderer.render_page(Document.from_text(html_page))
    yield from _keystrokes(renderer, code_page, seed=3)
    yield "synthetic/code/again", renderer.render_body(code_page)
    yield from _keystrokes(Renderer(), html_page, seed=4)

    yield from _keystrokes(site_renderer, body, seed=1)
    yield from _keystrokes(Renderer(Site.open(SOURCE)), body, seed=2)
    # The same texts again with the renderer that has seen all of the above.
    yield from ((f"{name}/warm", html) for name, html in _keystrokes(site_renderer, body, seed=2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", action="store_true", help="write the reference")
    parser.add_argument("--ref", type=Path, default=DEFAULT_REF, help="reference folder")
    parser.add_argument("--show", type=int, default=3, help="differences to print")
    parser.add_argument("--code-from", type=Path, help="render with the code in this folder")
    args = parser.parse_args()

    index_path = args.ref / "index.json"
    if args.save:
        args.ref.mkdir(parents=True, exist_ok=True)
        index: dict[str, str] = {}
        for name, html in outputs():
            digest = hashlib.sha256(name.encode()).hexdigest()[:20]
            (args.ref / f"{digest}.html").write_text(html, "utf-8")
            index[name] = digest
        index_path.write_text(json.dumps(index, indent=0), "utf-8")
        print(f"saved {len(index)} outputs in {args.ref}")
        return 0

    index = json.loads(index_path.read_text("utf-8"))
    seen, differing = 0, []
    for name, html in outputs():
        seen += 1
        if name not in index:
            differing.append((name, "", html))
            continue
        expected = (args.ref / f"{index[name]}.html").read_text("utf-8")
        if html != expected:
            differing.append((name, expected, html))
    missing = len(index) - (seen - sum(1 for n, e, _ in differing if n not in index))
    for name, expected, html in differing[: args.show]:
        print(f"--- {name}")
        diff = difflib.unified_diff(
            expected.splitlines(), html.splitlines(), "before", "after", lineterm="", n=1
        )
        print("\n".join(list(diff)[:30]))
    print(f"{seen} outputs, {len(differing)} differ, {missing} missing")
    return 1 if differing or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
