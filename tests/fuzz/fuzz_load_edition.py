"""Coverage-guided fuzz target for ``banmian.load_edition`` (atheris).

Not part of the test suite (pytest does not collect it, CI does not run it):
a fuzzing campaign runs for hours.  The property is the one of SPEC section 6:
any bytes give an ``Edition`` whose every non-blank line is accounted for, or
a ``BanmianError`` — nothing else.

    pip install atheris
    python tests/fuzz/fuzz_load_edition.py -max_total_time=600 seeds/

Passing ``seeds/`` as a corpus directory starts from the real pages.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import banmian


def test_one_input(data: bytes) -> None:
    """Parse the bytes; anything but an Edition or a BanmianError is a bug."""
    try:
        edition = banmian.load_edition(data)
    except banmian.BanmianError:
        return
    audit = edition.audit()
    if not audit.ok:
        msg = f"lines not accounted for exactly once: {audit}"
        raise AssertionError(msg)


def main() -> None:
    """Run the fuzzer with libFuzzer's command line."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
