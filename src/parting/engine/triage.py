"""From sign arrays to the ``Triage``: signs with evidence, verdicts, reasons, ranks and
the portfolio figures of every client."""

from __future__ import annotations

import contextvars
import gc
import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from datetime import date, timedelta
from functools import cache
from typing import Any

import numpy as np

from parting.config import Config
from parting.engine import reasons, recent, verdict_columns
from parting.engine.evidence import Records
from parting.engine.rank import PLACE
from parting.engine.results import ClientMetrics, ClientVerdict, Evidence, Sign, SignId, Triage
from parting.engine.signs import BASE_SEVERITY, Features, Finding
from parting.engine.signs.drain import effort_shares
from parting.engine.signs.no_referrals import tenure_days
from parting.engine.signs.unethical import ethics_review
from parting.engine.signs.unprofitable import margins
from parting.engine.verdict import ORDER, SEVERITY_ORDER, Circumstances, decide
from parting.engine.verdicts import Verdicts
from parting.i18n import activate, current_language
from parting.words.formats import Formats

EPOCH = date(1970, 1, 1)


def to_date(day: float) -> date | None:
    return None if day is None or math.isnan(day) else _date_of(int(day))


@cache
def _date_of(day: int) -> date:
    # A portfolio has a few thousand distinct days, and hundreds of thousands of dates.
    return EPOCH + timedelta(days=day)


def clean(value: Any) -> float | int | None:
    """A figure fit for JSON: nan/inf become None, whole numbers ints, others rounded."""
    value = float(value)
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() else round(value, 4)


def clean_all(values: np.ndarray) -> list[float | int | None]:
    """``clean`` of every value, the arithmetic done once for the whole array."""
    v = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(v)
    safe = np.where(finite, v, 0.0)
    # Whole numbers an int64 holds exactly take the fast path; the rest go through ``clean``.
    whole = finite & (safe == np.floor(safe)) & (np.abs(safe) < 2.0**62)
    # Rounding to 4 decimals in numpy: ``rint(x * 1e4) / 1e4`` is Python's ``round(x, 4)``
    # (both give the double nearest to the rounded decimal) unless ``x * 1e4`` lies so near
    # a half that its own rounding error could tip it; those few go through ``clean``.
    # Below 2**32 that error is under half a unit in the last place, 2**-21 < 1e-6.
    with np.errstate(over="ignore", invalid="ignore"):  # huge figures: the slow path
        scaled = safe * 1e4
        near_half = np.abs(np.abs(scaled - np.floor(scaled)) - 0.5) < 1e-6
    exact = finite & ~whole & ~near_half & (np.abs(scaled) < 2.0**32)
    # Each kind placed by numpy into one list of Python objects (None where not finite).
    out = np.full(v.size, None, dtype=object)
    out[whole] = safe[whole].astype(np.int64).tolist()
    out[exact] = (np.rint(scaled[exact]) / 1e4).tolist()
    rest = finite & ~whole & ~exact
    if rest.any():
        out[rest] = [clean(x) for x in v[rest].tolist()]
    cleaned: list[float | int | None] = out.tolist()
    return cleaned


def to_dates(days: np.ndarray) -> list[date | None]:
    """``to_date`` of every day number, converted by numpy at once."""
    v = np.asarray(days, dtype=np.float64)
    missing = np.isnan(v)
    known = v[~missing]
    # ``date`` holds years 1 to 9999 only; anything beyond goes through ``to_date``, which
    # fails on it as before.
    if known.size and not (np.isfinite(known).all() and np.abs(known).max() < 2_900_000):
        return [to_date(day) for day in v.tolist()]
    whole = np.where(missing, 0, v).astype(np.int64).astype("datetime64[D]").astype(object)
    whole[missing] = None
    dates: list[date | None] = whole.tolist()
    return dates


def fired_signs(
    f: Features,
    findings: list[Finding],
    records: Records,
    config: Config,
    *,
    figures: bool = True,
) -> dict[int, list[tuple[float, Sign]]]:
    """Client index -> (strength, Sign) for every sign that fired, evidence attached
    (without its figures when not ``figures``: a timeline shows none)."""
    weak_line = float(config.settings.verdict.weak_margin)
    out: dict[int, list[tuple[float, Sign]]] = defaultdict(list)
    ids = f["client_id"]
    found, counted, words = records.ids, records.counts, records.words
    for finding in findings:
        where = np.flatnonzero(finding.fired)
        if where.size == 0:
            continue
        sign = finding.sign
        names = list(finding.figures) if figures else []
        # One dict of figures per client, zipped from the cleaned columns.
        columns = [clean_all(finding.figures[name][where]) for name in names]
        rows = (
            [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
            if columns
            else [{} for _ in range(where.size)]
        )
        strength = finding.strength[where]
        base = BASE_SEVERITY[sign]
        severities = (
            np.where(finding.urgent[where], "urgent", base).tolist()
            if finding.urgent is not None
            else [base] * where.size
        )
        deciding = (
            [finding.deciding] * where.size
            if isinstance(finding.deciding, str)
            else [str(d) for d in finding.deciding[where].tolist()]
        )
        for i, client, figures_of, strong, first, weak, severity, why in zip(
            where.tolist(),
            ids[where].tolist(),
            rows,
            strength.tolist(),
            to_dates(finding.first_day[where]),
            (strength < weak_line).tolist(),
            severities,
            deciding,
            strict=True,
        ):
            key = (client, sign)
            counts = counted.get(key)
            if counts:  # gathered with its records, and its words if any
                for table, n in counts.items():
                    figures_of[f"{table}_count"] = n
                evidence = Evidence(figures_of, found[key], words.get(key, {}))
            else:
                evidence = Evidence(figures_of, {}, {})
            out[i].append((strong, Sign(sign, severity, evidence, first, weak, why)))
    return out


def circumstances(f: Features, config: Config, judgements: dict[str, Any]) -> dict[str, list[Any]]:
    """Per-client inputs of the tempering rules, as plain lists."""
    cfg = config.settings.verdict
    tenure = tenure_days(f)
    long_standing = (np.nan_to_num(tenure) >= 365.25 * float(cfg.long_standing_years)) | f[
        "relationship"
    ].astype(bool)
    last_incident = np.fmax(f["last_incident_day"], f["last_flagged_message_day"])
    recurring = f.num("incidents_30d") + f.num("flagged_messages_30d") >= float(
        cfg.recurring_incidents_per_month
    )
    return {
        "long_standing": long_standing.tolist(),
        "last_incident": last_incident.tolist(),
        "last_remediation": f["last_remediation_day"].tolist(),
        "review_start": f["review_start"].tolist(),
        "recurring": recurring.tolist(),
    }


def sign_rows(findings: list[Finding], at: np.ndarray, config: Config) -> verdict_columns.SignRows:
    """The signs of the clients at positions ``at``, a row per sign (``fired_signs``)."""
    weak_line = float(config.settings.verdict.weak_margin)
    severity = []
    for finding in findings:
        base = np.full(at.size, SEVERITY_ORDER[BASE_SEVERITY[finding.sign]], dtype=np.int64)
        if finding.urgent is not None:
            base = np.where(finding.urgent[at], SEVERITY_ORDER["urgent"], base)
        severity.append(base)
    strength = np.array([finding.strength[at] for finding in findings], dtype=np.float64)
    with np.errstate(invalid="ignore"):
        weak = strength < weak_line
    return verdict_columns.SignRows(
        ids=[finding.sign for finding in findings],
        fired=np.array([finding.fired[at] for finding in findings], dtype=bool),
        severity=np.array(severity, dtype=np.int64),
        strength=strength,
        first_day=np.array([finding.first_day[at] for finding in findings], dtype=np.float64),
        weak=weak,
    )


def client_rows(
    f: Features,
    at: np.ndarray,
    facts: dict[str, list[Any]],
    judgements: dict[str, Any],
    sign_ids: list[SignId],
) -> verdict_columns.ClientRows:
    """What tempers the verdicts of the clients at positions ``at`` (``circumstances_of``),
    ``sign_ids`` the rows of their signs."""
    ids = f["client_id"][at].tolist()
    friends = judgements["relationship"]
    long_standing = np.array(facts["long_standing"], dtype=bool)[at] | np.array(
        [client in friends for client in ids], dtype=bool
    )
    will_pass = np.zeros((len(sign_ids), at.size), dtype=bool)
    passing = judgements["will_pass"]
    if passing:
        for col, client in enumerate(ids):
            for sign in passing.get(client, ()):
                if sign in sign_ids:
                    will_pass[sign_ids.index(sign), col] = True
    return verdict_columns.ClientRows(
        as_of=int(f.as_of),
        long_standing=long_standing,
        will_pass=will_pass,
        last_remediation=np.array(facts["last_remediation"], dtype=np.float64)[at],
        last_incident=np.array(facts["last_incident"], dtype=np.float64)[at],
        recurring=np.array(facts["recurring"], dtype=bool)[at],
    )


def circumstances_of(
    i: int, as_of: date, f: Features, facts: dict[str, list[Any]], judgements: dict[str, Any]
) -> Circumstances:
    """What tempers the verdict of the client in row ``i``."""
    client = f["client_id"][i]
    return Circumstances(
        as_of,
        long_standing=bool(facts["long_standing"][i]) or client in judgements["relationship"],
        will_pass=frozenset(judgements["will_pass"].get(client, ())),
        last_remediation=to_date(facts["last_remediation"][i]),
        last_incident=to_date(facts["last_incident"][i]),
        recurring=bool(facts["recurring"][i]),
    )


def verdicts_only(
    f: Features, findings: list[Finding], judgements: dict[str, Any], config: Config
) -> list[tuple[str, tuple[str, ...]]]:
    """Every client's verdict and the ids of the signs that fired (sorted), by the same
    rules as ``build`` but without evidence, reasons or ranks (a timeline shows none)."""
    signs_of = fired_signs(f, findings, Records(), config, figures=False)
    facts = circumstances(f, config, judgements)
    as_of = to_date(f.as_of)
    assert as_of is not None
    out: list[tuple[str, tuple[str, ...]]] = []
    for i in range(f.size):
        found = signs_of.get(i)
        if found is None:
            out.append(("keep", ()))
            continue
        found.sort(key=lambda p: (SEVERITY_ORDER[p[1].severity], -p[0]))
        signs = [s for _, s in found]
        decision = decide(signs, circumstances_of(i, as_of, f, facts, judgements), config)
        out.append((decision.verdict, tuple(sorted(s.id for s in signs))))
    return out


def build(
    f: Features,
    findings: list[Finding],
    records: Records,
    judgements: dict[str, Any],
    config: Config,
) -> Triage:
    """Verdicts, reasons and ranks for every client (see ``decide_all``)."""
    verdicts, apart = decide_columns(f, findings, records, judgements, config)
    verdicts.rank_by(f.num("hours"), apart)
    window_days = int(config.settings.unprofitable.window_days)
    return Triage(_date_of(int(f.as_of)), verdicts, PortfolioMetrics(f), window_days)


def decide_all(
    f: Features,
    findings: list[Finding],
    records: Records,
    judgements: dict[str, Any],
    config: Config,
) -> tuple[list[ClientVerdict], np.ndarray]:
    """The verdict and reason of every client of ``f``, in its order (ranks still 0), and
    which of them are kept apart for want of recent data (``recent``)."""
    verdicts, apart = decide_columns(f, findings, records, judgements, config)
    return verdicts.in_engine_order(), apart


def decide_columns(
    f: Features,
    findings: list[Finding],
    records: Records,
    judgements: dict[str, Any],
    config: Config,
) -> tuple[Verdicts, np.ndarray]:
    """``decide_all`` with the clients the rules had nothing to judge kept as columns."""
    # Fix the reader's language for this call only: a million reasons then look it up once.
    context = contextvars.copy_context()
    return context.run(_decide_in, current_language(), f, findings, records, judgements, config)


def _decide_in(language: str, *args: Any) -> tuple[Verdicts, np.ndarray]:
    activate(language)
    # Hundreds of thousands of small objects: the cyclic collector would rescan them all
    # again and again while they are built, and none of them form cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _decide(*args)
    finally:
        if collecting:
            gc.enable()


def _decide(
    f: Features,
    findings: list[Finding],
    records: Records,
    judgements: dict[str, Any],
    config: Config,
) -> tuple[Verdicts, np.ndarray]:
    as_of = to_date(f.as_of)
    assert as_of is not None
    formats = Formats(config.currency)
    signs_of = fired_signs(f, findings, records, config)
    facts = circumstances(f, config, judgements)
    review = ethics_review(f)
    unethical = next(x.fired for x in findings if x.sign == "unethical")
    ids = f["client_id"].tolist()
    names = [name or client for name, client in zip(f["name"].tolist(), ids, strict=True)]
    languages = [language or "en" for language in f["language"].tolist()]
    owed, overdue = money_owed(f)
    flagged = np.asarray(review, dtype=bool) & ~np.asarray(unethical, dtype=bool)
    window_days = int(config.settings.unprofitable.window_days)
    # No figure in the window: minor signs on zeros say nothing; a client with none but
    # those is kept apart, "keep" and flagged.
    apart = recent.without_recent_data(f)
    for i, fired in signs_of.items():
        if apart[i] and any(s.severity != "minor" for _, s in fired):
            apart[i] = False
    # Every client the rules do not judge: "keep", with one of two reasons and its flags.
    idle, nothing_to_do = recent.reason(window_days), reasons.nothing_to_do()
    plain_reasons = [idle if a else nothing_to_do for a in apart.tolist()]
    kinds = {
        (False, False): (),
        (True, False): ("ethics",),
        (False, True): (recent.FLAG,),
        (True, True): ("ethics", recent.FLAG),
    }
    flags = [kinds[k] for k in zip(flagged.tolist(), apart.tolist(), strict=True)]
    # The few clients whose repair is judged at this scoring, and those with a sign.
    review_start = facts["review_start"]
    under_review = np.flatnonzero(~np.isnan(f["review_start"]) & ~apart).tolist()
    judged: dict[int, ClientVerdict] = {}
    for i in under_review:
        if i in signs_of:
            continue
        # No sign since the repair: it worked.
        reviewed = to_date(review_start[i])
        assert reviewed is not None
        judged[i] = ClientVerdict(
            ids[i],
            names[i],
            "keep",
            0,
            reasons.repair_worked(reviewed, formats),
            [],
            list(flags[i]),
            ["repair_worked"],
            language=languages[i],
            owed=owed[i],
            overdue=overdue[i],
            reviewed_repair=reviewed,
        )
    signed = np.array(sorted(i for i in signs_of if not apart[i]), dtype=np.int64)
    decided = verdict_columns.decide(
        sign_rows(findings, signed, config),
        client_rows(f, signed, facts, judgements, [x.sign for x in findings]),
        config,
    )
    tempering = {m: tuple(verdict_columns.tempered_by(m)) for m in set(decided.tempered.tolist())}
    regular = decided.regular.tolist()
    for col, (i, verdict_at, mask, not_before, failed, reviewed_day) in enumerate(
        zip(
            signed.tolist(),
            decided.verdict.tolist(),
            decided.tempered.tolist(),
            to_dates(decided.not_before),
            to_dates(decided.failed),
            to_dates(decided.reviewed),
            strict=True,
        )
    ):
        found = signs_of[i]
        found.sort(key=lambda p: (SEVERITY_ORDER[p[1].severity], -p[0]))
        signs = [s for _, s in found]
        verdict = ClientVerdict(
            ids[i],
            names[i],
            "keep",
            0,
            "",
            signs,
            list(flags[i]),
            language=languages[i],
            owed=owed[i],
            overdue=overdue[i],
        )
        if regular[col]:
            verdict.verdict = ORDER[verdict_at]
            verdict.tempered_by = list(tempering[mask])
            verdict.decision_not_before = not_before
            verdict.reviewed_repair = reviewed_day
            failed_repair = failed
        else:  # signs in an order only Python's sort knows: the rules one client at a time
            decision = decide(signs, circumstances_of(i, as_of, f, facts, judgements), config)
            verdict.verdict = decision.verdict
            verdict.tempered_by = decision.tempered_by
            verdict.decision_not_before = decision.decision_not_before
            verdict.reviewed_repair = decision.reviewed_repair
            failed_repair = decision.failed_repair
        if failed_repair is not None:
            # The reason names the failed repair and its day, and the evidence keeps it.
            main = next(s for s in signs if s.severity != "minor")
            main.evidence.figures["repair_started_on"] = failed_repair.isoformat()
        verdict.reason = reasons.reason(
            signs, verdict.tempered_by, formats, verdict.reviewed_repair
        )
        judged[i] = verdict
    judged = dict(sorted(judged.items()))
    # What each judged verdict contributes to its rank, from the columns (``rank.keys``).
    place = np.full(len(ids), PLACE["keep"], dtype=np.int64)
    counted = np.zeros(len(ids), dtype=np.int64)
    weights = np.zeros(len(ids), dtype=np.int64)
    place[signed] = [PLACE[judged[i].verdict] for i in signed.tolist()]
    counted[signed], weights[signed] = decided.serious, decided.weight
    at = np.fromiter(judged, dtype=np.int64, count=len(judged))
    made = Verdicts(
        judged,
        ids,
        names,
        languages,
        owed,
        overdue,
        plain_reasons,
        flags,
        (place[at], counted[at], weights[at]),
    )
    return made, apart


def metric_columns(f: Features) -> tuple[np.ndarray, ...]:
    """The figures of ``ClientMetrics`` after the id, a column each: revenue, hours, cost,
    margin, effective rate, overdue, the shares of the portfolio's hours and revenue
    (which move with every client's figures), and what is owed."""
    margin, _ = margins(f)
    effort, money = effort_shares(f)
    hours, revenue = f.num("hours"), f.num("revenue")
    rate = np.where(hours > 0, revenue / np.where(hours > 0, hours, 1), np.nan)
    overdue, owed = f.num("overdue"), f.num("owed")
    return (revenue, hours, f.num("cost"), margin, rate, overdue, effort, money, owed)


def money_owed(f: Features) -> tuple[list[float], list[float]]:
    """Per client, what they owe and the part of it overdue: the very figures the payment
    sign shows (``overdue``) and the portfolio sums."""
    return f.num("owed").tolist(), f.num("overdue").tolist()


class PortfolioMetrics(Mapping[str, ClientMetrics]):
    """Every client's ``ClientMetrics`` by client id, built on first use: the portfolio
    view and the store read them, but a plain scoring (``parting score``) never does, and
    a million small objects are not free."""

    def __init__(self, f: Features) -> None:
        self._columns = (f["client_id"], *metric_columns(f))
        self._built: dict[str, ClientMetrics] | None = None

    def _all(self) -> dict[str, ClientMetrics]:
        if self._built is None:
            self._built = self._rows(c.tolist() for c in self._columns)
        return self._built

    def only(self, client_ids: Collection[str]) -> dict[str, ClientMetrics]:
        """The metrics of ``client_ids`` alone (a rescore of a few clients stores theirs)."""
        if self._built is not None:
            return {c: self._built[c] for c in client_ids if c in self._built}
        wanted = set(client_ids)
        at = [i for i, c in enumerate(self._columns[0].tolist()) if c in wanted]
        return self._rows(c[at].tolist() for c in self._columns)

    @staticmethod
    def _rows(columns: Iterable[list[Any]]) -> dict[str, ClientMetrics]:
        return {
            c[0]: ClientMetrics(
                c[0], c[1], c[2], c[3], c[4], None if math.isnan(c[5]) else c[5], *c[6:]
            )
            for c in zip(*columns, strict=True)
        }

    def __getitem__(self, client_id: str) -> ClientMetrics:
        return self._all()[client_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())
