"""The HTML view in a real browser: headless Chromium loads what ``banmian show``
wrote, and the DOM it builds has one article element per article and every
non-blank source line exactly once, and the browser's console stays silent:
no script error and no fetch refused by the page's Content-Security-Policy
(Chromium logs both as CONSOLE messages with ``--enable-logging=stderr``).

Chromium is the Debian package ``chromium`` (``.ci/run`` installs it when
missing).  Without it the test is skipped with the reason, except in CI
(``CI=true``), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import banmian
from banmian.cli import main

from .conftest import SEEDS
from .test_html import non_blank_lines, parse_view

SEED = SEEDS / "000_b8a3ab7b253d933e.txt"
# Flags for a browser that stays offline and leaves nothing behind.
_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("CI needs chromium for the browser test (.ci/run installs it)")
    pytest.skip("chromium is not installed (apt-get install chromium); the browser test needs it")


def dump_dom(page: Path, profile: Path) -> tuple[str, str]:
    """(the DOM after load, the browser's log) of ``page``."""
    result = subprocess.run(
        [
            chromium(),
            *_FLAGS,
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


def test_the_browser_builds_one_element_per_article_and_per_line(tmp_path: Path) -> None:
    output = tmp_path / "x.html"
    assert main(["show", str(SEED), "-o", str(output)]) == 0
    dom, log = dump_dom(output, tmp_path / "profile")
    assert dom.rstrip().endswith("</body></html>"), dom[-200:]
    assert [line for line in log.splitlines() if ":CONSOLE" in line] == []
    view = parse_view(dom)
    assert view.articles == len(banmian.load_edition(SEED).articles) == 5
    wanted = non_blank_lines(SEED)
    assert {n: len(view.lines.get(n, [])) for n in wanted} == dict.fromkeys(wanted, 1)
    assert view.scripts == 0
    assert "default-src 'none'" in dom
