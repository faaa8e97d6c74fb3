"""Real signals through a real ``banmian`` process: a closed pipe ends quietly, Ctrl-C with
two worker processes ends with one line, exit status 130 and no process left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process groups")

# Enough pages that a run is still going when the test acts: 200 pages of
# JSON Lines are about 4 MB, far more than a pipe holds.
_COPIES = 40


@pytest.fixture(scope="module")
def many_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for copy in range(_COPIES):
        for page in SEEDS.glob("*.txt"):
            shutil.copy(page, folder / f"{page.stem}_{copy:02d}.txt")
    return folder


def banmian(*args: str) -> list[str]:
    return [sys.executable, "-m", "banmian", *args]


def group_is_gone(group: int) -> bool:
    for _ in range(50):
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_a_closed_pipe_ends_quietly(many_pages: Path) -> None:
    command = " ".join(banmian("parse", "--format", "jsonl", str(many_pages)))
    result = subprocess.run(
        ["bash", "-c", f"{command} | head -n 1 >/dev/null; echo ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert result.stderr == ""
    assert result.stdout == "141\n"


def test_ctrl_c_with_two_jobs_is_one_line_and_status_130(many_pages: Path) -> None:
    process = subprocess.Popen(
        banmian("parse", "--jobs", "2", "--format", "jsonl", str(many_pages)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,  # its own process group, as a terminal's foreground job has
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the run is under way, its workers busy
    assert first.startswith(b'{"source"')
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the parent and its workers get it
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    lines = err.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("banmian: interrupted after "), err
    assert group_is_gone(process.pid)  # no worker outlives the run
