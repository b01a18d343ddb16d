"""The load's defaults, kept apart from the importer: the command line shows them in its
``--help`` and option defaults, and importing the importer (the pipeline, the segmenter,
Alembic) for that added 0.3 s to the start of every command, queries included."""
from __future__ import annotations

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
AUTO = "auto"
# ``--workers auto``: worker processes only for this much text to extract, and at most this many.
# Starting them (the fork, the results crossing between processes) costs about a quarter of a
# second: 2 workers on 2 cores lost to one process below about 440 KB of People's Daily pages
# (250 pages) and gained 1.23x at 690 KB (400 pages), 1.41x on the whole month (5.6 MB).
AUTO_MIN_BYTES = 1024 * 1024
# Storing is serial: beside 2 workers the storing process was already busy for 70 % of a
# People's Daily load, so more workers would mostly wait for it, and each holds its own memory.
AUTO_MAX_WORKERS = 4
# ``--max-seconds-per-document``: one document's extraction may take this long (wall clock)
# before it is recorded as failed and the load goes on. Extraction runs at about 400,000
# characters a second, so a page at the --max-bytes default (10 MiB, 3.5 million characters
# of Chinese) takes about 9 s: six times that leaves room for a busy machine.
DEFAULT_MAX_SECONDS = 60.0
