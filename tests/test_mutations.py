"""Mutation fuzzing of the seed pages (SPEC sections 1 and 6).

Each mutator damages a seed page the way real dumps get damaged -- bits
flipped, lines shuffled, lines cut at random points, bytes truncated, pages
re-encoded (GB18030, UTF-16, Big5 that cannot hold simplified text) and then
damaged -- with a fixed ``random.Random`` seed, so every run sees the same
inputs.  Whatever comes out must be an ``Edition`` that passes
``edition.audit().ok`` or a ``banmian.BanmianError``.  A hypothesis version
composes the same mutators.
"""

from __future__ import annotations

import codecs
import functools
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import banmian

from .conftest import SEEDS

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEED_PATHS]
ROUNDS = 6  # mutated copies of each seed, per mutator

Mutator = Callable[[random.Random, str], bytes]


# --- mutators ------------------------------------------------------------------------------------


def _flip_bits(data: bytes, rng: random.Random, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        if out:
            at = rng.randrange(len(out))
            out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def flip_bits(rng: random.Random, text: str) -> bytes:
    return _flip_bits(text.encode("utf-8"), rng, rng.choice([1, 2, 5, 30, 300]))


def overwrite_bytes(rng: random.Random, text: str) -> bytes:
    out = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 40)):
        at = rng.randrange(len(out))
        out[at] = rng.randrange(256)
    return bytes(out)


def insert_bytes(rng: random.Random, text: str) -> bytes:
    out = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(out) + 1)
        out[at:at] = rng.randbytes(rng.randint(1, 4))
    return bytes(out)


def shuffle_lines(rng: random.Random, text: str) -> bytes:
    lines = text.split("\n")
    if rng.random() < 0.5:
        rng.shuffle(lines)
    else:  # move a block of lines elsewhere
        start = rng.randrange(len(lines))
        block = lines[start : start + rng.randint(1, 15)]
        del lines[start : start + len(block)]
        at = rng.randrange(len(lines) + 1)
        lines[at:at] = block
    return "\n".join(lines).encode("utf-8")


def cut_lines(rng: random.Random, text: str) -> bytes:
    """Break lines at random points, as a column break or a converter would."""
    out: list[str] = []
    share = rng.choice([0.05, 0.2, 0.5])
    for line in text.split("\n"):
        if line and rng.random() < share:
            at = rng.randrange(len(line) + 1)
            gap = rng.choice(["\n", "\n", "\n\n", "\n\n\n"])
            out.append(line[:at] + gap + line[at:])
        else:
            out.append(line)
    return "\n".join(out).encode("utf-8")


def join_lines(rng: random.Random, text: str) -> bytes:
    """Remove random line breaks (blank lines lost, lines run together)."""
    pieces = text.split("\n")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if rng.random() < 0.2:
            out[-1] += piece
        else:
            out.append(piece)
    return "\n".join(out).encode("utf-8")


def drop_and_repeat_lines(rng: random.Random, text: str) -> bytes:
    out: list[str] = []
    for line in text.split("\n"):
        roll = rng.random()
        if roll < 0.1:
            continue
        out.append(line)
        if roll > 0.85:
            out.extend([line] * rng.randint(1, 3))
    return "\n".join(out).encode("utf-8")


def truncate_bytes(rng: random.Random, text: str) -> bytes:
    data = text.encode("utf-8")
    at = rng.randrange(len(data) + 1)
    return data[:at] if rng.random() < 0.7 else data[at:]


def splice_pages(rng: random.Random, text: str) -> bytes:
    other = rng.choice(SEED_TEXTS).encode(rng.choice(["utf-8", "gb18030"]))
    data = text.encode("utf-8")
    return data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1) :]


def gb18030_then_damage(rng: random.Random, text: str) -> bytes:
    data = text.encode("gb18030")
    data = _flip_bits(data, rng, rng.randint(0, 10))
    return data[: rng.randrange(len(data) + 1)] if rng.random() < 0.5 else data


def utf16_then_damage(rng: random.Random, text: str) -> bytes:
    codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
    data = text.encode(codec)
    roll = rng.random()
    if roll < 0.4:
        return data[: rng.randrange(len(data) + 1)]  # odd lengths, half characters
    if roll < 0.7:
        return _flip_bits(data, rng, rng.randint(1, 10))
    at = rng.randrange(len(data))  # a byte lost: the rest is misaligned
    return data[:at] + data[at + 1 :]


def big5_incompatible(rng: random.Random, text: str) -> bytes:
    """Simplified text forced into Big5, or GB bytes labelled and mixed as Big5."""
    roll = rng.random()
    if roll < 0.4:
        return text.encode("big5", errors=rng.choice(["replace", "ignore", "xmlcharrefreplace"]))
    if roll < 0.7:  # half the page Big5, half GB18030
        half = len(text) // 2
        return text[:half].encode("big5", errors="replace") + text[half:].encode("gb18030")
    lines = text.split("\n")  # every other line in another encoding
    return b"\n".join(
        line.encode(rng.choice(["utf-8", "gb18030", "big5"]), errors="replace") for line in lines
    )


def bom_mismatch(rng: random.Random, text: str) -> bytes:
    """A byte-order mark that lies about the bytes after it."""
    bom = rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
    body = text.encode(rng.choice(["utf-8", "gb18030", "utf-16-be"]))
    return bom + body[: rng.randrange(len(body) + 1)]


def line_ends(rng: random.Random, text: str) -> bytes:
    ends = ["\n", "\r\n", "\r", "\r\r\n", "\n\r"]
    return "".join(line + rng.choice(ends) for line in text.split("\n")).encode("utf-8")


MUTATORS: dict[str, Mutator] = {
    f.__name__: f
    for f in (
        flip_bits,
        overwrite_bytes,
        insert_bytes,
        shuffle_lines,
        cut_lines,
        join_lines,
        drop_and_repeat_lines,
        truncate_bytes,
        splice_pages,
        gb18030_then_damage,
        utf16_then_damage,
        big5_incompatible,
        bom_mismatch,
        line_ends,
    )
}


# --- running -------------------------------------------------------------------------------------


def check(data: bytes) -> str | None:
    """Parse ``data``; return None when all is well, else what went wrong."""
    try:
        edition = banmian.load_edition(data)
    except banmian.BanmianError:
        return None
    except Exception as exc:  # anything but a BanmianError is the bug this file looks for
        return f"{type(exc).__name__}: {exc}"
    audit = edition.audit()
    if not audit.ok:
        return f"audit: {audit}"
    unplaced = [w.line for w in edition.warnings if w.kind == "unplaced"]
    if unplaced:
        return f"unplaced lines {unplaced}"
    return None


@functools.cache
def fuzz(mutator: str) -> tuple[tuple[str, int, str], ...]:
    """(seed, round, problem) for every mutated page that did not come out well."""
    rng = random.Random(f"banmian-{mutator}")
    problems = []
    for path, text in zip(SEED_PATHS, SEED_TEXTS, strict=True):
        for round_ in range(ROUNDS):
            problem = check(MUTATORS[mutator](rng, text))
            if problem is not None:
                problems.append((path.name, round_, problem))
    return tuple(problems)


@pytest.mark.parametrize("mutator", sorted(MUTATORS))
def test_mutated_seeds_give_an_edition_or_a_banmian_error(mutator: str) -> None:
    assert fuzz(mutator) == ()


@pytest.mark.parametrize("path", SEED_PATHS, ids=lambda p: p.stem[:3])
def test_unmutated_seeds_are_accounted_for(path: Path) -> None:
    assert check(path.read_bytes()) is None


def test_mutators_change_the_page() -> None:
    rng = random.Random(1)
    text = SEED_TEXTS[0]
    for name, mutator in MUTATORS.items():
        assert any(mutator(rng, text) != text.encode("utf-8") for _ in range(5)), name


# --- the hypothesis version ----------------------------------------------------------------------


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    seed=st.integers(0, len(SEED_TEXTS) - 1),
    steps=st.lists(
        st.tuples(st.sampled_from(sorted(MUTATORS)), st.integers(0, 2**32 - 1)), min_size=1, max_size=3
    ),
)
def test_composed_mutations(seed: int, steps: list[tuple[str, int]]) -> None:
    text = SEED_TEXTS[seed]
    data = text.encode("utf-8")
    for name, salt in steps:
        # Later steps mutate what earlier steps made, read back as leniently as possible.
        data = MUTATORS[name](random.Random(salt), text)
        text = data.decode("utf-8", errors="replace")
    problem = check(data)
    assert problem is None or problem.startswith("known:"), problem
