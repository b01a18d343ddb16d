"""A throwaway PostgreSQL server for the test suite (and for benchmarks run by hand).

The tests run every backend-sensitive behaviour against a real server, not a mock: SQLite and
PostgreSQL differ exactly where mocks agree (booleans, dates, collation, transactional DDL,
advisory locks). The server is the distribution's own binaries (Debian: ``apt-get install
postgresql``) started with ``initdb`` + ``pg_ctl`` in a temporary folder on a free localhost
port, tuned for speed over durability, and thrown away afterwards.

``python tests/pg_server.py`` starts one and prints its URL until Ctrl-C.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

BIN_ENV = "MINSHENG_PG_BIN"  # folder holding initdb and pg_ctl, when not in a standard place


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server can be started here; the message says what is missing."""


def _version_key(path: str) -> tuple:
    parts = Path(path).parent.name.split(".")
    return tuple(int(p) if p.isdigit() else 0 for p in parts)


def find_bin_dir() -> Path:
    """The folder with ``initdb`` and ``pg_ctl``: $MINSHENG_PG_BIN, the newest
    /usr/lib/postgresql/*/bin (Debian, Ubuntu), or wherever ``pg_ctl`` is on PATH."""
    candidates = []
    if os.environ.get(BIN_ENV):
        candidates.append(Path(os.environ[BIN_ENV]))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                           key=_version_key, reverse=True)]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(os.path.realpath(on_path)).parent)
    candidates += [Path("/usr/local/pgsql/bin"), Path("/usr/pgsql/bin")]
    for c in candidates:
        if (c / "initdb").is_file() and (c / "pg_ctl").is_file():
            return c
    raise ServerUnavailable("PostgreSQL server binaries (initdb, pg_ctl) not found; install them "
                            "(Debian/Ubuntu: apt-get install -y postgresql) or set "
                            f"{BIN_ENV}")


def utf8_ctype() -> str:
    """``C.UTF-8`` where the C library has it, else the first UTF-8 locale it lists (macOS
    has no C.UTF-8), else ``C``."""
    try:
        names = subprocess.run(["locale", "-a"], capture_output=True, text=True,
                               timeout=10).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return "C"
    utf8 = [n for n in names if n.lower().replace("-", "").endswith(".utf8")]
    plain_c = [n for n in utf8 if n.lower().startswith("c.")]
    return (plain_c or utf8 or ["C"])[0]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempPostgres:
    """A private server: ``start()`` returns a SQLAlchemy URL of its ``postgres`` database."""

    def __init__(self, bin_dir: Path | None = None):
        self.bin_dir = bin_dir or find_bin_dir()
        self.folder: Path | None = None
        self.port: int | None = None
        # PostgreSQL refuses to run as root: switch to an unprivileged account for the server.
        self.user: str | None = None
        if os.geteuid() == 0:
            for name in ("postgres", "nobody"):
                try:
                    pwd.getpwnam(name)
                except KeyError:
                    continue
                self.user = name
                break
            else:
                raise ServerUnavailable("running as root and no 'postgres' or 'nobody' account "
                                        "to run the server as")

    def _run(self, *args: str, timeout: float = 120) -> None:
        kwargs = {}
        if self.user:
            kwargs = {"user": self.user, "group": pwd.getpwnam(self.user).pw_gid,
                      "extra_groups": []}
        proc = subprocess.run([str(self.bin_dir / args[0]), *args[1:]], capture_output=True,
                              text=True, timeout=timeout, cwd=self.folder, **kwargs)
        if proc.returncode != 0:
            log = ""
            if self.folder and (self.folder / "server.log").exists():
                log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise ServerUnavailable(f"{args[0]} failed ({proc.returncode}): "
                                    f"{proc.stderr.strip() or proc.stdout.strip()} {log}")

    def start(self) -> str:
        self.folder = Path(tempfile.mkdtemp(prefix="minsheng-pg-"))
        if self.user:
            info = pwd.getpwnam(self.user)
            os.chown(self.folder, info.pw_uid, info.pw_gid)
        data = self.folder / "data"
        # C collation: text sorts by code point, as SQLite's BINARY does. A UTF-8 LC_CTYPE, as
        # the README asks of a real database: under C, pg_trgm sees no word character
        # in Chinese text and the search index holds nothing for it.
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", f"--lc-ctype={utf8_ctype()}", "--no-sync")
        for attempt in range(5):
            self.port = free_port()
            opts = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                    "-c max_connections=50")
            try:
                self._run("pg_ctl", "-D", str(data), "-o", opts, "-l",
                          str(self.folder / "server.log"), "-w", "-t", "60", "start")
                break
            except ServerUnavailable:
                if attempt == 4:  # the port may have been taken between probe and bind
                    raise
                time.sleep(0.2)
        return self.url("postgres")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        if self.folder is None:
            return
        try:
            if (self.folder / "data" / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w",
                          "stop", timeout=60)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _interrupt(*_):
    raise KeyboardInterrupt


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGTERM, _interrupt)  # `kill PID` stops the server too
    signal.signal(signal.SIGINT, _interrupt)   # also when started in the background
    server = TempPostgres()
    print(server.start(), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
