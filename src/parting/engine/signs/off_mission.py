"""``off_mission``: the client is in an industry, or carries a tag, the business excludes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import narwhals as nw
import numpy as np

from parting.config import Config
from parting.engine.results import SignId
from parting.engine.signs.base import Features, Finding, SignSpec, undated
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("off_mission")


def client_columns(config: Config) -> Sequence[nw.Expr]:
    industries = [str(i).strip().lower() for i in config.settings.business.excluded_industries]
    tags = [str(t).strip().lower() for t in config.settings.business.excluded_tags]
    tag_list = nw.concat_str(
        [nw.lit(";"), nw.col("tags").fill_null("").str.to_lowercase(), nw.lit(";")]
    )
    off_tags: nw.Expr = nw.lit(False)
    for tag in tags:
        off_tags = off_tags | tag_list.str.contains(f";\\s*{_escape(tag)}\\s*;")
    industry = nw.col("industry").fill_null("").str.to_lowercase().str.strip_chars()
    return (industry.is_in(industries).alias("excluded_industry"), off_tags.alias("excluded_tag"))


def _escape(text: str) -> str:
    return "".join(f"\\{c}" if not c.isalnum() and c != " " else c for c in text)


def detect(f: Features, config: Config) -> Finding:
    fired = f["excluded_industry"].astype(bool) | f["excluded_tag"].astype(bool)
    return Finding(
        ID,
        fired,
        np.where(fired, np.inf, 0.0),
        undated(f.size),
        {
            "excluded_industry": f["excluded_industry"].astype(float),
            "excluded_tag": f["excluded_tag"].astype(float),
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    if g.get("excluded_industry"):
        return _("Their industry is one we no longer serve")
    return _("They carry a tag that conflicts with our values")


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Off our mission"),
    severity="planned",
    rank=110,
    detect=detect,
    reason=reason,
    move="open_ended",
    letter_facts=("winding_down", "focus", "since"),
    client_columns=client_columns,
    figures=(
        Figure("excluded_industry", gettext_noop("In an industry we no longer serve"), "flag"),
        Figure("excluded_tag", gettext_noop("Carries a tag we exclude"), "flag"),
    ),
)
