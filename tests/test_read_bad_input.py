"""Bad input: each gives exactly one one-line InputError naming the file, with a fix,
and never stops the other inputs of the same call. Also the error catalogue itself."""

from __future__ import annotations

import builtins
import os
import pickle
from pathlib import Path

import pytest

from newskg import errors
from newskg.errors import ERRORS, ConfigError, InputError, NewskgError, QueryError, StoreError
from newskg.model import Article
from newskg.read import discover, read_all

GOOD = (
    "Bridge closed after cracks found\n"
    "Engineers closed the old rail bridge on Wednesday after inspectors found cracks in two of its "
    "supporting piers, the transport ministry said, and about 20,000 commuters will take buses instead "
    "while repairs are planned.\n"
)
GERMAN = (
    "Starker Regen hat am Wochenende den Fluss über die Ufer treten lassen, und mindestens zwölf "
    "Menschen wurden am Montag als vermisst gemeldet, sagten die Behörden. Rettungsteams mit Booten "
    "brachten etwa 300 Bewohner aus den tief gelegenen Straßen in Sicherheit. Die Schulen in dem "
    "Bezirk bleiben bis Donnerstag geschlossen, und der Bürgermeister bat um Hilfe für die Familien.\n"
)


def make_empty(p: Path) -> Path:
    p = p / "empty.txt"
    p.write_bytes(b"")
    return p


def make_blank(p: Path) -> Path:
    p = p / "blank.md"
    p.write_text("  \n\t\r\n   \n")
    return p


def make_nul(p: Path) -> Path:
    p = p / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return p


def make_controls(p: Path) -> Path:
    p = p / "dump.txt"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 40 + b"some words")
    return p


def make_latin1(p: Path) -> Path:
    p = p / "latin.txt"
    p.write_bytes(GOOD.replace("Engineers", "Caf\u00e9 engineers").encode("latin-1"))
    return p


def make_huge(p: Path) -> Path:
    p = p / "huge.txt"
    with open(p, "wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)
    return p


def make_long_line(p: Path) -> Path:
    p = p / "minified.txt"
    p.write_text("Headline\n\n" + "word " * 50_000 + "\n")
    return p


def make_german(p: Path) -> Path:
    p = p / "hochwasser.txt"
    p.write_text(GERMAN)
    return p


def make_pdf(p: Path) -> Path:
    p = p / "report.pdf"
    p.write_text(GOOD)
    return p


def make_missing(p: Path) -> Path:
    return p / "never-there.txt"


def make_empty_page(p: Path) -> Path:
    p = p / "index.html"
    p.write_text(
        "<html><head><title>Index</title><script>var x = 1;</script></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>"
    )
    return p


def make_bad_front_matter(p: Path) -> Path:
    p = p / "front.md"
    p.write_text("---\ntitle: [unclosed\nauthor: x\n---\n" + GOOD)
    return p


# (maker, code, what the message must say)
BAD = [
    (make_empty, "E101", "empty"),
    (make_blank, "E101", "empty"),
    (make_nul, "E102", "NUL"),
    (make_controls, "E102", "control characters"),
    (make_latin1, "E103", "byte offset"),
    (make_huge, "E104", "50,000,000 bytes"),
    (make_long_line, "E105", "250,000 characters"),
    (make_german, "E106", "English"),
    (make_pdf, "E107", ".pdf"),
    (make_missing, "E115", "no such file"),
    (make_empty_page, "E114", "HTML"),
    (make_bad_front_matter, "E116", "YAML"),
]


def assert_one_line_error(err, path: Path, code: str) -> None:
    assert isinstance(err, InputError), err
    assert err.code == code, str(err)
    text = str(err)
    assert "\n" not in text and "\r" not in text
    assert text.startswith(str(path))
    assert f"[{code}] Fix: " in text
    assert len(err.fix) > 10


@pytest.mark.parametrize(("maker", "code", "says"), BAD, ids=[c for _, c, _ in BAD])
def test_bad_input_gives_one_error_and_the_good_file_still_reads(tmp_path, maker, code, says):
    bad = maker(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    results = list(read_all([bad, good]))
    errs = [r for r in results if not isinstance(r, Article)]
    articles = [r for r in results if isinstance(r, Article)]
    assert len(errs) == 1, results
    assert_one_line_error(errs[0], bad, code)
    assert says in str(errs[0])
    assert [a.id for a in articles] == ["good"]


def test_latin1_error_gives_the_offset_and_an_iconv_command(tmp_path):
    bad = make_latin1(tmp_path)
    (err,) = read_all([bad])
    offset = GOOD.replace("Engineers", "Caf\u00e9 engineers").encode("latin-1").index(b"\xe9")
    assert f"byte 0xe9 at byte offset {offset}" in str(err)
    assert "iconv -f latin1 -t utf-8" in err.fix
    assert err.line == 2


def test_long_line_error_names_the_line(tmp_path):
    (err,) = read_all([make_long_line(tmp_path)])
    assert err.line == 3
    assert str(err).startswith(f"{tmp_path / 'minified.txt'}:3: ")
    assert "200,000" in err.message


def test_size_limit_is_configurable_and_checked_before_reading(tmp_path, monkeypatch):
    huge = make_huge(tmp_path)
    opened = []
    real_open = builtins.open

    def spying_open(file, *args, **kwargs):
        opened.append(os.fspath(file) if isinstance(file, (str, os.PathLike)) else file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spying_open)
    (err,) = read_all([huge])
    assert err.code == "E104"
    assert str(huge) not in opened  # the 50 MB file was never opened

    small = tmp_path / "small.txt"
    small.write_text(GOOD)
    (err,) = read_all([small], max_bytes=100)
    assert err.code == "E104" and "limit is 100 bytes" in str(err)
    assert isinstance(next(iter(read_all([small], max_bytes=1000))), Article)


def test_line_limit_is_configurable(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD)
    (err,) = read_all([path], max_line=50)
    assert err.code == "E105" and err.line == 2


def test_unreadable_file_gives_e108_with_chmod_fix(tmp_path, monkeypatch):
    # Runs as root too: the open() of that one file fails as it would without permission.
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    real_open = builtins.open

    def denying_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.fspath(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denying_open)
    results = list(read_all([tmp_path]))
    assert isinstance(results[0], Article) and results[0].id == "good"
    assert_one_line_error(results[1], locked, "E108")
    assert "permission denied" in str(results[1])
    assert "chmod u+r" in results[1].fix


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read files without permission")
def test_unreadable_file_with_real_permissions(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    try:
        (err,) = read_all([locked])
        assert err.code == "E108"
    finally:
        locked.chmod(0o644)


def test_fifo_is_not_read(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (err,) = read_all([fifo])  # would block forever if opened
    assert err.code == "E108" and "not a regular file" in str(err)


def test_file_deleted_between_discovery_and_reading_gives_e109(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD)
    results = read_all([tmp_path])
    first = next(results)  # discovery has happened; a.txt is read
    assert first.id == "a"
    (tmp_path / "b.txt").unlink()
    rest = list(results)
    assert_one_line_error(rest[0], tmp_path / "b.txt", "E109")
    assert rest[1].id == "c"


def test_short_non_english_text_passes(tmp_path):
    # Under ~30 words the language test cannot judge: it lets the text through.
    path = tmp_path / "short.txt"
    path.write_text("Hochwasser im Tal: zwölf Menschen vermisst.\n")
    assert isinstance(next(iter(read_all([path]))), Article)


def test_non_latin_script_is_not_english(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("Сильный дождь вызвал наводнение в долине, двенадцать человек пропали без вести. " * 5)
    (err,) = read_all([path])
    assert err.code == "E106"


def test_telegraphic_english_is_still_english(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(
        "Quake kills 40 in mountain province; rescuers race to reach remote villages. Army deploys "
        "helicopters, field hospitals. Death toll expected to rise. Officials: 200 injured, 1,500 homes "
        "damaged across region Tuesday night. Aftershocks continue. Power lines down, roads blocked by "
        "landslides. Agencies pledge emergency aid, tents, blankets, clean water supplies.\n"
    )
    assert isinstance(next(iter(read_all([path]))), Article)


def test_unlistable_folder_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "sealed"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    real_listdir, real_scandir = os.listdir, os.scandir

    def deny(real):
        def wrapper(path="."):
            if os.fspath(path) == str(folder):
                raise PermissionError(13, "Permission denied", str(folder))
            return real(path)
        return wrapper

    monkeypatch.setattr(os, "listdir", deny(real_listdir))
    monkeypatch.setattr(os, "scandir", deny(real_scandir))
    assert discover([tmp_path]) == [folder]
    (err,) = read_all([tmp_path])
    assert err.code == "E108" and "folder" in str(err)


# --------------------------------------------------------------------------- the catalogue

SAMPLE_FIELDS = {
    "what": "file", "reason": "a reason", "byte": 0xE9, "offset": 12, "encoding": "UTF-8", "suffix": ".txt",
    "size": 50_000_000, "limit": 10_000_000, "length": 250_000, "supported": ".txt .md", "keys": "title",
    "field": "url", "expected": "a string", "got": "a number", "value": "soon", "codepoint": 0xD800,
    "location": "newskg-store", "name": "conflicts", "available": "conflicts, tolls",
    "candidates": "en_core_web_sm",
}


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_every_catalogue_entry_renders_one_line_with_code_and_fix(code):
    err = errors.make(code, path="in/a b.txt", line=3, **SAMPLE_FIELDS)
    text = str(err)
    assert text.startswith("in/a b.txt:3: ")
    assert text.count("\n") == 0
    assert f"[{code}] Fix: " in text
    assert err.message and err.fix
    assert type(err).kind == ERRORS[code].kind
    again = pickle.loads(pickle.dumps(err))  # crosses process boundaries
    assert str(again) == text and type(again) is type(err)


def test_error_classes_and_str_without_location():
    assert isinstance(errors.make("E101", what="file"), InputError)
    assert isinstance(errors.make("E202", location="store"), StoreError)
    assert isinstance(errors.make("E301", name="base", value="x", reason="r", expected="an IRI"), ConfigError)
    assert isinstance(errors.make("E401", name="q", available="a"), QueryError)
    for cls in (InputError, StoreError, ConfigError, QueryError):
        assert issubclass(cls, NewskgError) and issubclass(cls, Exception)
    err = StoreError("E202", location="newskg-store")
    assert str(err) == (
        "store newskg-store is locked by another process [E202] Fix: wait for the other newskg command "
        "to finish, or stop the program that holds the store"
    )
    with pytest.raises(ValueError):
        InputError("E202", location="x")  # a store code on an input error
    with pytest.raises(ValueError):
        errors.make("E999")


def test_str_stays_one_line_for_a_path_with_a_newline():
    err = InputError("E109", path="odd\nname.txt")
    assert "\n" not in str(err)
    assert str(err).startswith("odd\\nname.txt: ")


def test_markdown_table_lists_every_code():
    table = errors.markdown_table()
    for code in ERRORS:
        assert f"| {code} |" in table


def test_odd_paths_are_errors_not_exceptions(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    results = list(read_all(["bad\0name.txt", tmp_path / "good.txt" / "below.txt", good]))
    assert sorted(getattr(r, "code", "ok") for r in results) == ["E108", "E108", "ok"]
    assert all("\0" not in str(r) for r in results)
