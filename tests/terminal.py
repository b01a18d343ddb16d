"""Run the command line on a real pseudo-terminal, for what only a person at a terminal sees
(cut cells, record layout for wide tables, highlighted figures): under a test runner standard
output is a pipe, which is exactly the other case."""
from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time


def on_terminal(args: list[str], columns: int = 80, timeout: float = 60) -> str:
    """What ``minsheng ARGS`` writes to a terminal ``columns`` wide (escape codes included)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "NO_COLOR", "TERM")} | {"TERM": "xterm-256color"}
    proc = subprocess.Popen([sys.executable, "-m", "minsheng.cli", *args], stdin=slave,
                            stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks, deadline = [], time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    return b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
