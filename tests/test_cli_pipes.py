"""`meshwork compare | head` and `meshwork trends | head` (issue 14, defect 10): a
reader that stops early ends the command quietly, as a Unix tool does."""

import os
import subprocess
import sys

import pytest

from tests.patterns_series import build_series_file


def run_into_closed_pipe(*args):
    """Run meshwork with stdout on a pipe whose reading end is already closed:
    every write fails, as when `head` has read its lines and gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "app", *map(str, args)], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("command", [["compare", "{q1}", "{q2}"], ["compare", "{q1}", "{q2}", "--json"],
                                     ["trends", "Claims team"], ["trends", "Claims team", "--json"],
                                     ["trends", "Claims team", "--csv"], ["sessions"]])
def test_a_closed_pipe_ends_the_command_quietly(library_path, command):
    built = build_series_file(library_path, third=True)
    args = [a.format(**built) for a in command]
    result = run_into_closed_pipe(*args, "--library", library_path)
    assert result.stderr == ""  # no traceback, no "Exception ignored"
    assert result.returncode == 141  # 128 + SIGPIPE, what `yes | head` reports under pipefail

