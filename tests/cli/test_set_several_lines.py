"""`editor-app set` with a value of several lines: a text field keeps every line, written as
the header's own format writes such text (YAML `|-`, TOML `\"\"\"`, JSON `\\n`), and reads
back as typed; a field of another kind refuses it (exit 2, the file untouched). It wrote
`description: line one line two` with exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.cli import main
from editor_app.core.document import Document

PAGE = "content/en/methods/page/RenderShortcodes.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["set", *argv])
    return code, capsys.readouterr().err


def test_a_description_of_two_lines_keeps_both(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    before = path.read_text(encoding="utf-8")
    code, err = run(capsys, PAGE, "description=line one\n  line two: #x")
    assert (code, err) == (0, "")
    after = path.read_text(encoding="utf-8")
    old_line = next(line for line in before.splitlines() if line.startswith("description:"))
    assert after == before.replace(old_line, "description: |-\n  line one\n    line two: #x")
    assert Document.load(path).get("description") == "line one\n  line two: #x"


@pytest.mark.parametrize(
    ("assignment", "holds"),
    [
        ("categories=a\nb", "a list"),
        ("params.functions_and_methods.signatures=one\ntwo", "a list"),
        ("weight=1\n2", "a number"),
        ("date=2024-01-01\n10:00", "a date"),
    ],
)
def test_a_field_that_is_not_text_refuses_several_lines(
    hugo: Path, capsys: pytest.CaptureFixture[str], assignment: str, holds: str
) -> None:
    path = hugo / PAGE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n\n", "weight: 3\ndate: 2024-01-01\n---\n\n", 1))
    before = path.read_bytes()
    code, err = run(capsys, PAGE, assignment)
    name = assignment.split("=")[0]
    assert code == 2
    assert err == (
        f"editor-app: {name}: a value of several lines can only be set in a text field, "
        f"and {name} holds {holds}; the file was not changed\n"
    )
    assert path.read_bytes() == before


def test_a_new_field_given_several_lines_is_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: A\n---\nBody\n")
    assert run(capsys, str(path), "note=one\ntwo") == (0, "")
    assert path.read_text() == "---\ntitle: A\nnote: |-\n  one\n  two\n---\nBody\n"


def test_yaml_blocks_are_indented_as_the_files_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: A\nabout: x\nintro: |\n    Hello\n---\nBody\n")
    assert run(capsys, str(path), "about=one\ntwo") == (0, "")
    assert path.read_text() == (
        "---\ntitle: A\nabout: |-\n    one\n    two\nintro: |\n    Hello\n---\nBody\n"
    )


def test_yaml_text_in_quotes_when_the_file_writes_it_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_text('---\ntitle: A\nabout: x\nintro: "Hello\\nthere"\n---\nBody\n')
    assert run(capsys, str(path), "about=one\ntwo") == (0, "")
    assert path.read_text() == (
        '---\ntitle: A\nabout: "one\\ntwo"\nintro: "Hello\\nthere"\n---\nBody\n'
    )


def test_toml_text_of_several_lines_between_triple_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_text('+++\ntitle = "A"\nabout = "x" # why\n[params]\n  a = 1\n+++\nBody\n')
    assert run(capsys, str(path), 'about=one "1"\n\n"two"') == (0, "")
    assert path.read_text() == (
        '+++\ntitle = "A"\nabout = """one "1"\n\n"two\\"""" # why\n[params]\n  a = 1\n+++\nBody\n'
    )
    assert Document.load(path).get("about") == 'one "1"\n\n"two"'


# Text a person may type: quotes, #, colons, dashes, brackets, spaces and tabs at the start,
# backslashes, accents, other scripts and emoji; at least two lines.
LINE = st.text(
    alphabet=st.sampled_from(list("ab Z09:#-'\"\\[]{}|>*&!%@`,.\t") + ["é", "—", "日", "😀"]),
    max_size=12,
)
VALUE = st.builds(
    lambda lines, ends: "\n".join(lines) + "\n" * ends,
    st.lists(LINE, min_size=2, max_size=4),
    st.integers(0, 2),
).filter(lambda v: v.strip())

HEADERS = {
    # (before the field, the field, after the field) for each format
    "yaml": (
        "---\ntitle: 'A: b'\n",
        "description: Old text # kept?\n",
        "tags: [a, b]\nparams:\n  x: |\n    one\n    two\n---\nBody: # not a field\n",
    ),
    "yaml folded": (
        "---\ntitle: A\n",
        "description: >\n  Old text,\n  wrapped\n",
        "tags:\n- a\n---\nBody\n",
    ),
    "toml": (
        '+++\ntitle = "A"\n',
        'description = "Old"\n',
        'tags = ["a", "b"]\n[params]\n  x = """one\ntwo"""\n+++\nBody\n',
    ),
    "json": (
        '{\n  "title": "A",\n',
        '  "description": "Old",\n',
        '  "tags": ["a", "b"]\n}\nBody\n',
    ),
}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kind=st.sampled_from(sorted(HEADERS)), newline=st.sampled_from(["\n", "\r\n"]), value=VALUE)
def test_any_text_set_reads_back_as_typed_and_the_rest_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, newline: str, value: str
) -> None:
    head, field, tail = (part.replace("\n", newline) for part in HEADERS[kind])
    path = tmp_path / f"page-{kind}.md"
    path.write_bytes((head + field + tail).encode())
    code, err = run(capsys, str(path), f"description={value}")
    assert (code, err) == (0, "")
    after = path.read_bytes().decode()
    assert after.startswith(head) and after.endswith(tail)
    assert Document.load(path).get("description") == value


def test_the_help_says_several_lines_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["set", "--help"])
    assert "a VALUE of several lines is text, kept line for line" in " ".join(
        capsys.readouterr().out.split()
    )


def test_a_line_break_only_at_the_end_of_a_value_for_another_field_is_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A script's value often ends in a line break (Windows: \r\n): a date is still a date.
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: A\ndate: 2023-04-11\nlisted: true\n---\n")
    assert run(capsys, str(path), "date=2024-05-06\r\n", "listed=false\r") == (0, "")
    assert path.read_text() == "---\ntitle: A\ndate: 2024-05-06\nlisted: false\n---\n"
