"""Synthetic sites for the benchmarks, made by copying and varying the fixture site's documents."""

from __future__ import annotations

import random
import re
import shutil
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "sites" / "connectedbydata"


def _vary_title(m: re.Match[bytes], i: int) -> bytes:
    value = m.group(1)
    tag = b" (copy %d)" % i
    if len(value) > 1 and value[:1] in (b'"', b"'") and value[-1:] == value[:1]:
        return b"title: " + value[:-1] + tag + value[-1:]
    return b"title: " + value + tag


def build_site(dest: Path, count: int, seed: int = 7) -> None:
    """Copy the fixture site without its resources, then write `count` varied resources.

    Titles, references and dates are varied so no two documents are the same and unique-value
    checks have real work to do; everything else (messiness included) is as the site has it.
    """
    shutil.copytree(SOURCE, dest, ignore=shutil.ignore_patterns("_resources"))
    (dest / "_resources").mkdir()
    originals = sorted((SOURCE / "_resources").glob("*.md"))
    texts = [p.read_bytes() for p in originals]
    rng = random.Random(seed)
    for i in range(count):
        data = texts[i % len(texts)]
        data = re.sub(
            rb"(?m)^title: ([^\r\n]*?)[ \t]*(?=\r?$)",
            lambda m, i=i: _vary_title(m, i),
            data,
            count=1,
        )
        data = re.sub(
            rb"(?m)^reference: ([^\r\n]*?)[ \t]*(?=\r?$)", rb"reference: \1-%d" % i, data, count=1
        )
        year = rng.choice((2016, 2020, 2024))  # leap years, so 29 February stays valid
        data = re.sub(rb"(?m)^date: \d{4}", b"date: %d" % year, data, count=1)
        name = f"{originals[i % len(originals)].stem}-{i:05d}.md"
        (dest / "_resources" / name).write_bytes(data)


def build_site_total(dest: Path, total: int, seed: int = 7) -> None:
    """Like `build_site`, with enough resources that the site holds about `total` documents."""
    others = sum(1 for p in SOURCE.rglob("*.md") if "_resources" not in p.parts)
    build_site(dest, max(1, total - others), seed)


def longest_fixture_document() -> Path:
    """The longest page of the fixture's `_resources`."""
    return max((SOURCE / "_resources").glob("*.md"), key=lambda p: p.stat().st_size)


def long_document(size: int) -> str:
    """A document of about `size` characters: the fixture's bodies repeated under one header."""
    bodies = []
    for path in sorted((SOURCE / "_resources").glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        parts = text.split("\n---", 2)
        bodies.append(parts[-1].split("\n", 1)[-1] if len(parts) > 1 else text)
    header = (
        "---\nlayout: resource\ntitle: A very long page\nauthor: Jeni Tennison\n"
        "date: 2025-01-01\nstatus: draft\n---\n"
    )
    out, total, i = [header], len(header), 0
    while total < size:
        chunk = bodies[i % len(bodies)].replace("{%", "").replace("{{", "") + "\n\n"
        out.append(chunk)
        total += len(chunk)
        i += 1
    return "".join(out)


def raw_floor(root: Path) -> float:
    """Read every Markdown file and CSafeLoad its front matter: the floor to compare with."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    start = time.perf_counter()
    for path in root.rglob("*.md"):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            if end > 0:
                try:
                    yaml.load(text[3:end], Loader=loader)  # noqa: S506 - a safe loader
                except yaml.YAMLError:
                    pass
    return time.perf_counter() - start
