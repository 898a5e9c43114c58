"""Mutation testing of the core: how many deliberate bugs the tests catch, module by module.

    .venv/bin/python tools/mutation.py                 # every target below (slow: an hour or more)
    .venv/bin/python tools/mutation.py store review-diff
    .venv/bin/python tools/mutation.py --list
    .venv/bin/python tools/mutation.py store --survivors   # the last run's survivors (no run)
    .venv/bin/python tools/mutation.py store --again       # new tests against the last survivors
    .venv/bin/python tools/mutation.py checks-header --again --only dates,fields   # some modules
    .venv/bin/python tools/mutation.py checks-body --again --survived --part reading   # no new ones
    .venv/bin/python tools/mutation.py checks-header --again --mutants '*.x_parse_other__*'
    .venv/bin/python tools/mutation.py --report document   # the rates of the last runs again
    .venv/bin/python tools/mutation.py checks-body --part links,images   # some modules, side by side

Each target is one or more core modules and the tests that guard them. It runs mutmut 3 on a
copy of the project beside it (`../.<folder>-mutation/TARGET`, with a `shared` link there so
the tests still find `../shared`); the project itself is never touched. mutmut 3 runs each
mutant only against the tests that reach the mutated function, in 2 forked children (this
machine's cores are shared): the store takes minutes, the document and each part of the
validation rules (`checks-header`, `checks-body`, `checks-engine`) an hour or more each
when other work shares the machine.

`--again` runs only the mutants the last run of a target did not catch, in a fresh copy with
the project's tests as they are now, and keeps the other verdicts (a mutant keeps its name
while its function is unchanged; after a change to a function, add its mutants with
`--mutants PATTERN,...`, mutmut's names with * wildcards, whose old verdicts are dropped). Property
tests generate at most 30 examples each here, and a target's whole-corpus tests are left out
(each runs once per mutant that reaches it; the targeted tests catch what they would).

The kill rate is caught / (caught + survived + no tests), where caught is killed, timed out
(an endless loop is caught) or crashed. A surviving mutant that is equivalent (no test could
tell it apart) is named, with why, in the module's tests. Latest rates: docs/ARCHITECTURE.md
("Mutation testing"). Not part of CI: too slow for it.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MUTMUT = REPO / ".venv" / "bin" / "mutmut"
CHILDREN = 2  # the machine's 2 cores are shared with other work


@dataclass(frozen=True)
class Target:
    modules: tuple[str, ...]  # globs, relative to the project
    tests: tuple[str, ...]
    # Whole-corpus tests left out: seconds each, run again for every mutant they reach, and
    # the targeted tests catch what they would.
    slow: tuple[str, ...] = ()


CHECKS_TESTS = (
    "tests/core/test_validate.py",
    "tests/core/test_validate_checks.py",
    "tests/core/test_schema_checks.py",
    "tests/core/test_checks_*.py",
)
# Whole-site checks of the shared sites and of a 50,000-field header: a second or more each, and
# they reach every rule; the planted problems on small sites catch what they would.
CHECKS_SLOW = (
    "tests/core/test_checks_false_alarms.py::test_every_error_on_the_shared_sites_is_a_real_problem",
    "tests/core/test_checks_false_alarms.py::"
    "test_an_error_in_a_50000_field_header_is_placed_and_explained",
    "tests/core/test_checks_content_sites.py::test_untouched_pages_get_a_handful_of_suggestions",
)
# The content checks' tests on the real site (a 22 MB copy each, or its every page): the body
# part keeps them; for the header and the engine they only run the rules again.
CHECKS_CONTENT_SLOW = (
    "tests/core/test_checks_content.py::test_untouched_case_studies_get_no_more_than_a_handful",
    "tests/core/test_checks_content.py::test_a_planted_problem_is_found_at_its_file_and_line",
    "tests/core/test_checks_reading.py::test_reading_ease_stays_close_to_textstat_on_real_pages",
    *(
        f"tests/core/test_checks_content_sites.py::test_planted_problems_are_each_found_at_their_"
        f"line[{name}]"
        for name in ("opensource-guide", "jekyll-docs", "hugo-docs", "eleventy-website")
    ),
)

# Left out of the body part too: the content cache's own tests (a whole shared site, or the
# command line three times) compare the checks with and without the cache, where a broken
# rule gives the same answers.
CHECKS_BODY_SLOW = (
    "tests/core/test_checks_content_cache.py::"
    "test_same_problems_with_and_without_the_cache_on_each_shared_site",
    "tests/core/test_checks_content_cache.py::test_command_line_no_cache",
    # Planted problems on copies of four shared sites (4 s a mutant): the same problems are
    # planted on small sites and on the fifth, connectedbydata, which stays.
    *(
        f"tests/core/test_checks_content_sites.py::test_planted_problems_are_each_found_at_their_"
        f"line[{name}]"
        for name in ("opensource-guide", "jekyll-docs", "hugo-docs", "eleventy-website")
    ),
)


DOCUMENT_TESTS = (
    "tests/core/test_line_endings_property.py",
    "tests/core/test_document.py",
    "tests/core/test_document_block_scalars.py",
    "tests/core/test_document_toml_json.py",
    "tests/core/test_document_yaml_errors.py",
    "tests/core/test_frontmatter_oracle.py",
    "tests/core/test_document_details.py",
    "tests/core/test_document_list_replace.py",
    "tests/core/test_document_snapshot.py",
    "tests/core/test_document_tagged_values.py",
    "tests/core/test_document_toml_tables.py",
    "tests/core/test_document_impossible_times.py",
    "tests/cli/test_impossible_time.py",
    "tests/core/test_document_mutants_*.py",
)
# test_document_details.py pins fixed cases of these, in a tenth of the time
DOCUMENT_SLOW = (
    "tests/core/test_document_yaml_errors.py::"
    "test_a_big_headers_error_is_explained_from_its_lines_the_same_as_from_all",
    "tests/core/test_document_toml_json.py::test_every_hugo_page_in_toml_round_trips_and_edits_one_line",
    "tests/core/test_document_toml_json.py::test_every_hugo_page_in_json_round_trips_and_edits_one_member",
)


def _checks(*names: str) -> tuple[str, ...]:
    return tuple(f"editor_app/core/checks/{name}.py" for name in names)


TARGETS: dict[str, Target] = {
    "simple-front-matter": Target(
        ("editor_app/core/simple_front_matter.py",),
        (
            "tests/core/test_simple_front_matter_spellings.py",
            "tests/core/test_simple_front_matter.py",
        ),
    ),
    "store": Target(
        ("editor_app/core/store.py", "editor_app/core/safe_files.py"),
        (
            "tests/core/test_store_durability.py",
            "tests/core/test_store_files.py",
            "tests/core/test_store.py",
            "tests/core/test_store_hostile.py",
            "tests/core/test_store_details.py",
        ),
    ),
    "document": Target(("editor_app/core/document*.py",), DOCUMENT_TESTS, DOCUMENT_SLOW),
    "document-edit": Target(
        (
            "editor_app/core/document_edit.py",
            "editor_app/core/document_edit_text.py",
            "editor_app/core/document_errors.py",
        ),
        DOCUMENT_TESTS,
        DOCUMENT_SLOW,
    ),
    "document-read": Target(
        (
            "editor_app/core/document.py",
            "editor_app/core/document_decode.py",
            "editor_app/core/document_json.py",
            "editor_app/core/document_read.py",
            "editor_app/core/document_spans.py",
            "editor_app/core/document_toml.py",
            "editor_app/core/document_yaml_text.py",
        ),
        DOCUMENT_TESTS,
        DOCUMENT_SLOW,
    ),
    "review-diff": Target(
        ("editor_app/core/review/diff.py",),
        (
            "tests/core/test_review_diff_pins.py",
            "tests/core/test_review_diff_context.py",
            "tests/core/test_review_diff_mutants.py",
        ),
    ),
    # The image-not-found rule alone, against its own tests: minutes, where the body part
    # (which holds the same two modules) takes an hour.
    "checks-body-images": Target(
        _checks("body_images", "image_places", "image_addresses"),
        (
            "tests/core/test_checks_image_not_found.py",
            "tests/core/test_checks_image_sources.py",
            "tests/core/test_checks_mutants_image_not_found*.py",
            "tests/core/test_checks_mutants_image_places*.py",
        ),
    ),
    # Hugo's transform.Remarshal (the settings shortcodes' three formats side by side).
    "hugo-remarshal": Target(
        ("editor_app/core/engines/hugo_remarshal.py",),
        ("tests/core/engines/test_hugo_remarshal.py", "tests/core/engines/test_*mutants*.py"),
    ),
    # New pages, Search Site, Rename or Merge a Value (the rules once in core/tools.py). A new
    # page's rules left page_create.py for the new_page_* modules that name what they decide.
    "tools": Target(
        (
            "editor_app/core/page_create.py",
            "editor_app/core/new_page_path.py",
            "editor_app/core/new_page_folders.py",
            "editor_app/core/new_page_values.py",
            "editor_app/core/new_page_header.py",
            "editor_app/core/new_page_same_title.py",
            "editor_app/core/site_search.py",
            "editor_app/core/rename_value.py",
        ),
        (
            "tests/core/test_tools.py",
            "tests/core/test_tools_checks.py",
            "tests/core/test_tool_support.py",
            "tests/core/test_search_snippets.py",
            "tests/core/test_page_create*.py",
            "tests/core/test_new_page*.py",
            "tests/cli/test_new_*.py",
            "tests/core/test_site_layout.py",
            "tests/core/test_site_search*.py",
            "tests/core/test_rename_value*.py",
        ),
    ),
    # The window's rules moved into the core: what Rename or Merge a Value offers, the page
    # list's collections, the settings form's rows and typed values.
    "choices": Target(
        ("editor_app/core/rename_choices.py", "editor_app/core/collection_choice.py"),
        ("tests/core/test_rename_choices*.py", "tests/core/test_collection_choice*.py"),
    ),
    "settings-form": Target(
        ("editor_app/core/settings_form.py",), ("tests/core/test_settings_form*.py",)
    ),
    # Combine both and Get latest: the page merge, the line and word merges, the diff3 walk.
    "disk-merge": Target(
        (
            "editor_app/core/disk_merge.py",
            "editor_app/core/word_merge.py",
            "editor_app/core/sync_merge.py",
            "editor_app/core/three_way.py",
        ),
        (
            "tests/core/test_disk_merge*.py",
            "tests/core/test_word_merge*.py",
            "tests/core/test_sync_merge*.py",
            "tests/core/test_three_way*.py",
        ),
    ),
    # A Jekyll collection's index.md: not one of its documents for the schema and Check.
    "collection-home": Target(
        ("editor_app/core/collection_home.py",),
        ("tests/core/test_checks_collection_home.py", "tests/core/test_collection_home*.py"),
    ),
    # The one walk over the review branches that the Drafts lists ask.
    "sync-review-walk": Target(
        ("editor_app/core/sync_review_walk.py",), ("tests/core/test_sync_review_walk*.py",)
    ),
    # Where a Chinese or Japanese line of a PDF pack may break.
    "pdf-line-breaks": Target(
        ("editor_app/core/pdf_line_breaks.py",),
        (
            "tests/core/test_docx_export_pdf_cjk_lines.py",
            # Right-to-left lines end at the column's right edge: the alignment a break keeps.
            "tests/core/test_docx_export_pdf_rtl.py",
            "tests/core/test_pdf_line_breaks*.py",
        ),
    ),
    # rename-file on a dated post: its new name, its date and the links to its address.
    "post-rename": Target(
        ("editor_app/core/post_rename.py",),
        (
            "tests/core/test_post_rename*.py",
            "tests/cli/test_rename_file_to_date.py",
            "tests/cli/test_rename_file_address_links.py",
        ),
    ),
    # A Hugo archetype's template filled in as hugo new fills it (also by --part).
    "archetypes": Target(
        ("editor_app/core/archetype_template.py", "editor_app/core/archetype_functions.py"),
        ("tests/core/test_archetype*.py",),
    ),
    "checks": Target(("editor_app/core/checks/*.py",), CHECKS_TESTS, CHECKS_SLOW),
    # The validation rules in three parts, each run in minutes rather than an hour.
    "checks-header": Target(
        _checks(
            "front_matter",
            "fields",
            "types",
            "dates",
            "choices",
            "field_names",
            "settings",
            "uniqueness",
            "relations",
            "other_headers",
            "encoding",
        ),
        CHECKS_TESTS,
        CHECKS_SLOW + CHECKS_CONTENT_SLOW,
    ),  # fmt: skip
    "checks-body": Target(
        _checks(
            "links",
            "hugo_assets",
            "link_text",
            "images",
            "image_info",
            "assets",
            "sections",
            "structure",
            "style",
            "reading",
            "content_text",
            "content_words",
            "content_prose",
            "content_links",
            "content_language",
            "body_text",
            "liquid",
            "checklist",
            "suggest",
            "body_images",
            "image_places",
            "image_addresses",
        ),
        CHECKS_TESTS,
        CHECKS_SLOW + CHECKS_BODY_SLOW,
    ),  # fmt: skip
    "checks-engine": Target(
        _checks("page", "common", "problem", "registry", "context", "facts", "__init__"),
        CHECKS_TESTS,
        CHECKS_SLOW + CHECKS_CONTENT_SLOW,
    ),
}

# mutmut 3's exit codes per mutant (mutmut/stats.py), in the words this tool prints.
OUTCOME_BY_EXIT_CODE = {
    1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped",
    35: "suspicious", 36: "timed out", 24: "timed out", -24: "timed out", 152: "timed out",
    255: "timed out", -11: "crashed", -9: "crashed", None: "not checked",
}  # fmt: skip
CAUGHT = ("killed", "timed out", "crashed")
EXAMPLES = 30
HYPOTHESIS_PROFILE = f"""
settings.register_profile("mutation", settings.get_profile("editor-app"), max_examples={EXAMPLES})
settings.load_profile("mutation")
"""
# Folders the tests read beside the package (sample site, docs they check).
ALSO_COPY = ("resources", "docs", "tools", "bench", "scripts", "README.md")


def _copy_project(dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis",
        "dist", "build", "mutants", "*.egg-info",
    )  # fmt: skip
    shutil.copytree(REPO, dest, ignore=ignore, symlinks=True)
    # The tests run in dest/mutants, so their `../shared` is dest/shared.
    shared = REPO.parent / "shared"
    if shared.exists():
        (dest / "shared").symlink_to(shared)


def _expand(patterns: tuple[str, ...], root: Path) -> list[str]:
    return sorted({str(p.relative_to(root)) for pat in patterns for p in root.glob(pat)})


def _configure(dest: Path, modules: list[str], tests: list[str], slow: tuple[str, ...]) -> None:
    """mutmut 3 reads [tool.mutmut] from the copy's pyproject.toml."""
    config = {
        "source_paths": ["editor_app"],
        "only_mutate": modules,
        "also_copy": [p for p in ALSO_COPY if (dest / p).exists()],
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-p", "no:randomly", "-q"]
        + [arg for test in slow for arg in ("--deselect", test)],
        "pytest_add_cli_args_test_selection": tests,
        "use_git_change_detection": False,
    }
    lines = ["", "[tool.mutmut]"] + [
        f"{key} = {json.dumps(value)}" for key, value in config.items()
    ]
    with (dest / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # Fewer generated examples per property test: each runs once per mutant it reaches.
    with (dest / "tests" / "conftest.py").open("a", encoding="utf-8") as f:
        f.write(HYPOTHESIS_PROFILE)
    for test_file in (dest / "tests").rglob("test_*.py"):
        text = test_file.read_text(encoding="utf-8")
        capped = re.sub(r"max_examples=(\d+)", rf"max_examples=min(\1, {EXAMPLES})", text)
        if capped != text:
            test_file.write_text(capped, encoding="utf-8")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "MUTANT"))}
    env.update(
        QT_QPA_PLATFORM="offscreen", PATH=f"{MUTMUT.parent}:{env.get('PATH', '/usr/bin:/bin')}"
    )
    return env


def run_target(
    name: str,
    target: Target,
    work: Path,
    again: bool,
    children: int = CHILDREN,
    only: tuple[str, ...] = (),
    patterns: tuple[str, ...] = (),
    survived_only: bool = False,
) -> dict[str, str] | None:
    """Run mutmut on one target in a fresh copy; every mutant's outcome (None: not run).

    With `again`, only the mutants the last run did not catch are run, against the project's
    tests as they are now (new test files of the target included), and their outcomes
    replace the old ones; the mutants' names stay the same while their function is unchanged.
    `patterns` (mutmut's names, with * wildcards) are run too, their old verdicts dropped: a
    changed function's mutants are numbered afresh. `survived_only`: of those, only the ones
    that were run and survived (new tests against them), not those never run.
    """
    dest, saved = work / name, work / f"{name}.outcomes.json"
    earlier: dict[str, str] = {}
    if again:
        earlier = known_outcomes(work, name)
        if not earlier:
            print(f"{name}: no earlier run to repeat; run it once without --again")
            return None
        earlier = {m: o for m, o in earlier.items() if not _matches(m, patterns)}
        saved.write_text(json.dumps(earlier, indent=0), encoding="utf-8")
    names = sorted(
        m
        for m, outcome in earlier.items()
        if outcome not in CAUGHT
        and not (survived_only and outcome == "not checked")
        and (not only or _module_of(m).rsplit(".", 1)[-1] in only)
    )
    names += patterns
    if again and not names:
        return earlier
    _copy_project(dest)
    modules, tests = _expand(target.modules, dest), _expand(target.tests, dest)
    if not modules or not tests:
        print(f"{name}: skipped (no {'modules' if not modules else 'tests'} found)")
        return None
    _configure(dest, modules, tests, target.slow)
    print(f"{name}: mutating {', '.join(modules)}\n  tests: {', '.join(tests)}", flush=True)
    if again:
        print(f"  again: the {len(names)} mutants not caught last time", flush=True)
    command = [str(MUTMUT), "run", "--max-children", str(children), *names]
    with (work / f"{name}.log").open("w") as log:
        subprocess.run(
            command, cwd=dest, env=_env(), check=False, stdout=log, stderr=subprocess.STDOUT
        )
    _check_devices()
    outcomes = _merged(earlier, _outcomes(dest))
    saved.write_text(json.dumps(outcomes, indent=0), encoding="utf-8")
    return outcomes


def _matches(mutant: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(mutant, pattern) for pattern in patterns)


def known_outcomes(work: Path, name: str) -> dict[str, str]:
    """The verdicts kept from a target's last runs, and those of a run stopped halfway since."""
    saved, dest = work / f"{name}.outcomes.json", work / name
    known = json.loads(saved.read_text(encoding="utf-8")) if saved.exists() else {}
    if (dest / "mutants").is_dir():
        known = _merged(known, _outcomes(dest))
    return known


def _merged(earlier: dict[str, str], current: dict[str, str]) -> dict[str, str]:
    """The earlier verdicts updated with those of the copy's run. The copy holds every mutant
    of the code as it is: an earlier name it lacks went with a changed function, and is
    dropped (else it would count forever as not checked)."""
    merged = {m: o for m, o in earlier.items() if m in current or not current}
    merged.update({m: o for m, o in current.items() if o != "not checked" or m not in earlier})
    return merged


def _check_devices() -> None:
    # A mutant of the store's device check, run against a test aimed at the system's null
    # device, replaced it with a file once; the tests now use a private device node.
    null = Path("/dev/null")
    if os.name == "posix" and not null.is_char_device():
        print("WARNING: /dev/null is no longer a device: restore it (mknod -m 666 /dev/null c 1 3)")


def _outcomes(dest: Path) -> dict[str, str]:
    """Every mutant's outcome, by mutmut's name for it (module.function__mutmut_N)."""
    outcomes = {}
    for meta in sorted((dest / "mutants").rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        for mutant, code in codes.items():
            outcomes[mutant] = OUTCOME_BY_EXIT_CODE.get(code, "suspicious")
    return outcomes


def kill_rate(counts: Counter[str] | dict[str, int]) -> float | None:
    """Caught / (caught + survived + no tests); None when nothing was tested."""
    caught = sum(counts.get(word, 0) for word in CAUGHT)
    judged = caught + counts.get("survived", 0) + counts.get("no tests", 0)
    return caught / judged if judged else None


def _row(label: str, counts: Counter[str]) -> str:
    rate = kill_rate(counts)
    shown = "-" if rate is None else f"{rate:.0%}"
    detail = ", ".join(f"{n} {word}" for word, n in sorted(counts.items()))
    return f"{label:<42} {shown:>5}   {sum(counts.values())} mutants: {detail}"


def _module_of(mutant: str) -> str:
    return re.split(r"\.x[_\u01c1]", mutant, maxsplit=1)[0]


def report(name: str, outcomes: dict[str, str], dest: Path, show_survivors: bool) -> str:
    """Print the rate per module of a target; its total line."""
    by_module: dict[str, Counter[str]] = {}
    for mutant, outcome in outcomes.items():
        module = _module_of(mutant)
        by_module.setdefault(module, Counter())[outcome] += 1
    for module, counts in sorted(by_module.items()):
        print("  " + _row(module, counts))
    if show_survivors:
        for mutant, outcome in sorted(outcomes.items()):
            if outcome not in CAUGHT:
                shown = subprocess.run(
                    [str(MUTMUT), "show", mutant], cwd=dest, env=_env(),
                    capture_output=True, text=True, check=False,
                )  # fmt: skip
                print(shown.stdout or f"# {mutant}: {outcome}")
    return _row(name, Counter(outcomes.values()))


def _part(name: str, target: Target, modules: tuple[str, ...]) -> tuple[str, Target]:
    """The target restricted to the named modules (file stems), as a target of its own."""
    chosen = tuple(
        path for path in _expand(target.modules, REPO) if Path(path).stem in set(modules)
    )
    return f"{name}.part.{'+'.join(sorted(modules))}", Target(chosen, target.tests, target.slow)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "targets", nargs="*", metavar="TARGET", help="default: all (checks whole, not in parts)"
    )
    parser.add_argument("--list", action="store_true", help="list the targets and stop")
    parser.add_argument(
        "--survivors",
        action="store_true",
        help="show each surviving mutant of the last run (implies --report: starts no run)",
    )
    parser.add_argument("--again", action="store_true", help="rerun the last survivors only")
    parser.add_argument("--report", action="store_true", help="only report the last run")
    parser.add_argument(
        "--survived",
        action="store_true",
        help="with --again: only the mutants that survived, not those never run",
    )
    parser.add_argument(
        "--only", default="", help="with --again: these modules only (e.g. dates,fields)"
    )
    parser.add_argument(
        "--mutants",
        default="",
        help="also (alone: only) these mutants, names with * (e.g. '*.x_parse_other__*')",
    )
    parser.add_argument(
        "--part",
        default="",
        help="run only these modules of the target as a part of its own (own copy and verdicts,"
        " TARGET.part.MODULES; with --again, that part's survivors), e.g. links,images",
    )
    parser.add_argument(
        "--children", type=int, default=CHILDREN, help=f"mutants run at once (default {CHILDREN})"
    )
    args = parser.parse_args(argv)
    # Showing survivors never starts a run: a new run would replace the copy a running one uses.
    args.report = args.report or args.survivors
    if args.list:
        for name, target in TARGETS.items():
            print(f"{name}: {', '.join(target.modules)}")
        return 0
    unknown = [t for t in args.targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target {', '.join(unknown)}; see --list")
    work = REPO.parent / f".{REPO.name}-mutation"
    work.mkdir(exist_ok=True)
    rows = []
    for name in args.targets or [t for t in TARGETS if not t.startswith("checks-")]:
        target = TARGETS[name]
        part = tuple(m for m in args.part.split(",") if m)
        if part:  # a part of the target, run beside its other parts
            name, target = _part(name, target, part)
        if args.report:
            outcomes = known_outcomes(work, name)
        else:
            only = tuple(m for m in args.only.split(",") if m)
            patterns = tuple(p for p in args.mutants.split(",") if p)
            outcomes = run_target(
                name, target, work, args.again, args.children, only, patterns, args.survived
            )
        if not outcomes:
            continue
        rows.append(report(name, outcomes, work / name, args.survivors))
        print(rows[-1], flush=True)
    print("\ntarget                                      kill rate")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
