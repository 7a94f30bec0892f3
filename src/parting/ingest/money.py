"""Money details shared by importers: rates from amounts, and currencies that differ."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.i18n import _


def rate_from_amount(amount: pa.Array, hours: pa.Array) -> pa.Array:
    """The hourly rate an amount implies (null where no time was logged)."""
    positive = pc.fill_null(pc.greater(hours, 0), False)
    return pc.if_else(positive, pc.divide(amount, hours), pa.scalar(None, pa.float64()))


def currency_notice(code: str | None, config: Config, notices: list[str]) -> None:
    """Say so when an export's rates are in another currency than the business's."""
    if code and code.upper() != config.currency.upper():
        notices.append(
            _(
                "Rates in this export are in {found}, not {currency}; they were kept as they are."
            ).format(found=code.upper(), currency=config.currency)
        )


def dollar_code(config: Config) -> str:
    """What a bare ``$`` means: the business's own dollar, else US dollars."""
    return config.currency if config.currency.endswith("D") else "USD"
