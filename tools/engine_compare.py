"""Compare the preview's engines with the generators' own renderers, page by page.

Usage: .venv/bin/python tools/engine_compare.py SITE_OR_FOLDER [--engine NAME] [--show N]
           [--ignore-code-spans] [--keep-ids] [--site SITE] [--markdown-it-profile 12|13|14|site]
           [--as-read]

The engine is the site's own (kramdown for Jekyll, markdown-it for Eleventy, Goldmark for
Hugo) unless `--engine` names one. Every Markdown page body is rendered by the preview and
by the reference (kramdown through Ruby, markdown-it through Node, Goldmark through a
scratch Hugo site), template tags neutralised the same way on both sides (so Liquid,
Nunjucks and shortcodes stand for any text); the HTML is compared after collapsing
whitespace and dropping `id` attributes, and the tool prints the share of pages that match.
`markdown_it_compare.py` and `goldmark_compare.py` are this tool with the engine fixed.

`--as-read` gives both sides each page as its generator's Markdown reads it, what the preview
draws before Markdown put in: Jekyll's includes run (their Liquid too), Hugo's `{{% %}}`
includes, `param` and section lists (`Renderer._as_generator_reads`); what they print is
then compared too, not only stood for by a placeholder.

markdown-it's reference is Debian's `node-markdown-it` (12.2), or the package the
MARKDOWN_IT variable names (e.g. a 14.x); the preview then follows that version's
profile (`markdown_it_compat.py`, the version read by `markdown_it_versions.py`), unless `--markdown-it-profile` names one (`site`: the
version the site's package.json declares).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor_app.core.engines import (  # noqa: E402
    ENGINE_NAMES,
    ENGINE_OF_GENERATOR,
    detect_generator,
    make_engine,
)
from editor_app.core.engines.goldmark import (  # noqa: E402
    GoldmarkEngine,
    read_markup_config,
    site_enables_emoji,
)
from editor_app.core.engines.markdown_it import (  # noqa: E402
    MarkdownItEngine,
    read_eleventy_config,
)
from editor_app.core.engines.markdown_it_versions import markdown_it_version  # noqa: E402
from editor_app.core.engines.templates import neutralise_for  # noqa: E402
from editor_app.core.site import Site  # noqa: E402
from editor_app.core.site_walk import MARKDOWN_SUFFIXES  # noqa: E402

TOOLS = Path(__file__).resolve().parent
_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?(?:---[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.)"
    r"|\+\+\+[ \t]*\r?\n(?:.*?\r?\n)??\+\+\+)[ \t]*(?:\r?\n|\Z)",
    re.S,
)
_ID_ATTR = re.compile(r'\s+id="[^"]*"')
_SPACE = re.compile(r"\s+")
_BETWEEN_TAGS = re.compile(r">\s+<")
# Colour spans inside code, by class or (Hugo's `noClasses`) by inline style.
_CODE_SPAN = re.compile(r'<span (?:class|style)="[^"]*">|</span>')
_PRE = re.compile(r"(<pre\b[^>]*>.*?</pre>)", re.S)
_SKIPPED = {"node_modules", "_site", "public", "resources", "vendor", "_vendor", "themes"}


def body_of(text: str) -> str:
    """The Markdown body of a page: what follows its YAML (`---`) or TOML (`+++`) header."""
    text = text.replace("\r\n", "\n")
    match = _FRONT_MATTER.match(text)
    return text[match.end() :] if match else text.lstrip("\ufeff")


def normalise(html: str, ignore_code_spans: bool = False, keep_ids: bool = False) -> str:
    """Whitespace collapsed, `id` attributes dropped (unless `keep_ids`: heading ids are
    where links to a heading land): the comparison the issue defines."""
    if ignore_code_spans:
        html = _PRE.sub(lambda m: _CODE_SPAN.sub("", m[0]), html)
    if not keep_ids:
        html = _ID_ATTR.sub("", html)
    html = _SPACE.sub(" ", html).strip()
    return _BETWEEN_TAGS.sub("><", html)


def pages_of(folder: Path) -> list[Path]:
    """Every Markdown page (`.md`, `.markdown`: the pages the editor opens) under `folder`
    (hidden, build and dependency folders left out)."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in MARKDOWN_SUFFIXES
        and p.is_file()
        and not any(s.startswith(".") or s in _SKIPPED for s in p.relative_to(folder).parts)
    )


# -- the references ------------------------------------------------------------------------


def kramdown_many(texts: list[str], root: Path | None) -> list[str]:
    """kramdown's HTML (Jekyll's options) for each text."""
    from kramdown_compare import kramdown_many as run

    return run(texts)


DEBIAN_MARKDOWN_IT = "/usr/share/nodejs/markdown-it"


def markdown_it_reference() -> Path:
    """The markdown-it package the reference runs (MARKDOWN_IT, else Debian's)."""
    return Path(os.environ.get("MARKDOWN_IT") or DEBIAN_MARKDOWN_IT)


def reference_markdown_it_version(package: Path | None = None) -> str:
    """ "12", "13" or "14": the reference's major version, from its files (Debian's
    package.json says 10.0.0 while its code is 12.2)."""
    package = package or markdown_it_reference()
    if (package / "lib" / "index.mjs").is_file():
        return "14"
    if (package / "lib" / "rules_inline" / "text_collapse.js").is_file():
        return "12"
    return "13"


def markdown_it_many(
    texts: list[str], root: Path | None, options: dict[str, bool] | None = None
) -> list[str]:
    """markdown-it's HTML (Eleventy's set-up plus the site's plain options, or `options`)
    for each text."""
    site_options, disabled, _ = read_eleventy_config(root) if root else ({}, ("code",), [])
    options = {**site_options, **(options or {})}
    setup = json.dumps({"options": options, "disabled": list(disabled)})
    proc = subprocess.run(
        ["node", str(TOOLS / "markdown_it_ref.js"), setup],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def goldmark_many(texts: list[str], root: Path | None) -> list[str]:
    """Hugo's HTML for each text: one scratch site, one page per text, the site's markup."""
    # Without a site: Hugo's defaults (code coloured by inline styles, `noClasses = true`).
    markup: dict = read_markup_config(root) if root else {}
    with tempfile.TemporaryDirectory(prefix="goldmark-ref-") as tmp:
        site = Path(tmp)
        (site / "layouts" / "_default").mkdir(parents=True)
        (site / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
        (site / "layouts" / "_default" / "list.html").write_text("")
        config = {
            "baseURL": "http://example.org/",
            "disableKinds": ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"],
            "markup": markup,
            "enableEmoji": bool(root and site_enables_emoji(root)),
        }
        (site / "config.json").write_text(json.dumps(config))
        content = site / "content"
        content.mkdir()
        for n, text in enumerate(texts):
            (content / f"p{n:05d}.md").write_text(f'---\ntitle: "p{n}"\n---\n{text}', "utf-8")
        proc = subprocess.run(
            ["hugo", "--quiet", "-d", "out", "-s", str(site)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr[-2000:])
        out = []
        for n, text in enumerate(texts):
            page = site / "out" / f"p{n:05d}" / "index.html"
            if page.is_file():
                out.append(page.read_text("utf-8"))
            else:  # Hugo writes no file for an empty page
                out.append("" if not text.strip() else "<!-- hugo failed -->")
        shutil.rmtree(site / "out", ignore_errors=True)
        return out


REFERENCES: dict[str, Callable[[list[str], Path | None], list[str]]] = {
    "kramdown": kramdown_many,
    "markdown-it": markdown_it_many,
    "goldmark": goldmark_many,
}
GENERATOR_OF_ENGINE = {engine: gen for gen, engine in ENGINE_OF_GENERATOR.items()}


def compare(
    folder: Path,
    engine_name: str | None = None,
    ignore_code_spans: bool = False,
    site_root: Path | None = None,
    markdown_it_profile: str | None = None,
    keep_ids: bool = False,
    as_read: bool = False,
) -> tuple[str, list[Path], list[tuple[Path, str, str]]]:
    """(engine, all pages, [(page, ours, reference) that differ]) for every page in FOLDER.

    markdown-it follows `markdown_it_profile` ("12", "13", "14" or "site"), by default the
    version of the reference renderer."""
    site = Site.open(site_root or folder)
    root = site.root if detect_generator(site.root) or site_root else None
    engine = make_engine(site if root else None, engine_name)
    if engine.name == "markdown-it":
        # markdown-it alone: the reference runs none of the site's plugins (the table of
        # contents is pinned against its plugin by its own tests).
        engine = MarkdownItEngine.for_site(
            root, markdown_it_profile_for(root, markdown_it_profile), run_plugins=False
        )
    if engine.name == "goldmark":
        # The reference renders the Markdown alone, without the site's render hooks (alerts).
        engine = GoldmarkEngine.for_site(root, hooks=False)
    generator = GENERATOR_OF_ENGINE[engine.name]
    paths = pages_of(folder)
    reads = _as_read(site) if as_read and root else None
    ours_in, ref_in, restores = [], [], []
    for path in paths:
        body = body_of(path.read_bytes().decode("utf-8", errors="replace"))
        if reads is not None:
            body = reads(path, body)
        text, restore = neutralise_for(generator, body)
        ours_in.append(text)
        ref_in.append(neutralise_for(generator, body, keep_shown=True)[0])
        restores.append(restore)
    references = REFERENCES[engine.name](ref_in, root)
    differing = []
    for path, text, restore, ref in zip(paths, ours_in, restores, references, strict=True):
        ours = restore(engine.render(text))
        ref = restore(ref)
        if normalise(ours, ignore_code_spans, keep_ids) != normalise(ref, ignore_code_spans, keep_ids):
            differing.append((path, ours, ref))
    return engine.name, paths, differing


def _as_read(site: Site) -> Callable[[Path, str], str]:
    """The page body as the site's generator reads it (`--as-read`)."""
    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.render_eleventy_page import page_scripts

    renderer = Renderer(site)

    def reads(path: Path, body: str) -> str:
        try:
            doc = Document.load(path)
        except (OSError, ValueError):
            return renderer._as_generator_reads(body, None)  # noqa: SLF001
        page = doc.front_matter if isinstance(doc.front_matter, dict) else None
        # As the preview reads it (Renderer._page_body): the page's data files, its known
        # values (page.url among them, what an Eleventy include may decide by).
        files = renderer._eleventy_data_files(doc)  # noqa: SLF001
        values = renderer._eleventy_values(doc, files)  # noqa: SLF001
        return renderer._as_generator_reads(body, page, page_scripts(files), values)  # noqa: SLF001

    return reads


def markdown_it_profile_for(root: Path | None, profile: str | None) -> str:
    """The profile the preview follows in a comparison (see `compare`)."""
    if profile == "site":
        return markdown_it_version(root)[0]
    return profile or reference_markdown_it_version()


def pin(folder: Path, engine_name: str, site_root: Path | None = None) -> int:
    """Write the reference's HTML for every FOLDER/*.md to FOLDER/*.html (default settings,
    or those of `site_root`)."""
    paths = sorted(folder.glob("*.md"))
    generator = GENERATOR_OF_ENGINE[engine_name]
    texts = [p.read_text("utf-8") for p in paths]
    pairs = [neutralise_for(generator, t) for t in texts]
    keep = [neutralise_for(generator, t, keep_shown=True)[0] for t in texts]
    for path, (_, restore), ref in zip(
        paths, pairs, REFERENCES[engine_name](keep, site_root), strict=True
    ):
        path.with_suffix(".html").write_text(restore(ref), "utf-8")
    print(f"pinned {len(paths)} cases in {folder}")
    return 0


def main(argv: list[str] | None = None, engine: str | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    if engine is None:
        parser.add_argument("--engine", choices=ENGINE_NAMES, default=None)
    parser.add_argument("--site", type=Path, default=None, help="the site whose settings apply")
    parser.add_argument("--show", type=int, default=0, help="print diffs of the first N files")
    parser.add_argument("--ignore-code-spans", action="store_true")
    parser.add_argument("--keep-ids", action="store_true", help="compare heading ids too")
    parser.add_argument(
        "--markdown-it-profile",
        choices=("12", "13", "14", "site"),
        default=None,
        help="the markdown-it version the preview follows (default: the reference's)",
    )
    parser.add_argument(
        "--as-read", action="store_true", help="draw includes and the like before comparing"
    )
    parser.add_argument(
        "--pin", action="store_true", help="write the reference's HTML next to each .md"
    )
    args = parser.parse_args(argv)
    if args.pin:
        return pin(args.folder, engine or args.engine or "kramdown", args.site)
    name, paths, differing = compare(
        args.folder,
        engine or args.engine,
        args.ignore_code_spans,
        args.site,
        args.markdown_it_profile,
        args.keep_ids,
        args.as_read,
    )
    same = len(paths) - len(differing)
    rate = 100.0 * same / len(paths) if paths else 100.0
    if name == "markdown-it":
        root = args.site or args.folder
        profile = markdown_it_profile_for(root, args.markdown_it_profile)
        site_version, source = markdown_it_version(root)
        name = (
            f"markdown-it (the {profile} profile; reference: markdown-it "
            f"{reference_markdown_it_version()} at {markdown_it_reference()}; "
            f"the site runs {site_version}, read from {source})"
        )
    print(f"{name}: {same} of {len(paths)} pages identical to the reference ({rate:.1f}%)")
    for path, _, _ in differing:
        print(f"  differs: {path.relative_to(args.folder)}")
    for path, ours, ref in differing[: args.show]:
        print(f"\n=== {path.relative_to(args.folder)}")
        a = normalise(ref, args.ignore_code_spans, args.keep_ids).replace("><", ">\n<").splitlines()
        b = normalise(ours, args.ignore_code_spans, args.keep_ids).replace("><", ">\n<").splitlines()
        for line in difflib.unified_diff(a, b, "reference", "ours", n=1, lineterm=""):
            print(line)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:
        raise SystemExit(0) from None
