"""Counts shown after a load and by ``minsheng stats``."""
from __future__ import annotations

from sqlalchemy import Connection, func, select

from . import schema as m

COUNTED = (
    ("documents", m.Document, m.Document.status == "loaded"),
    ("articles", m.Article, None),
    ("figures", m.Figure, None),
    ("regions", m.Region, None),
    ("organizations", m.Organization, None),
    ("programs", m.Program, None),
    ("failed documents", m.Document, m.Document.status == "failed"),
    ("missing documents", m.Document, m.Document.status == "missing"),
)


def table_counts(conn: Connection) -> dict[str, int]:
    out = {}
    for label, model, where in COUNTED:
        q = select(func.count()).select_from(model)
        if where is not None:
            q = q.where(where)
        out[label] = conn.execute(q).scalar_one()
    out["regions with figures"] = conn.execute(
        select(func.count(func.distinct(m.Figure.region_id)))).scalar_one()
    return out
