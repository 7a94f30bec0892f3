"""The settings page: a form over the business's TOML overrides (DOMAIN §6).

The form shows the merged settings; saving keeps only what differs from the defaults,
writes it as TOML and lets ``parting.store.settings.save_settings`` validate it, so the
page and a hand-written settings file obey the same rules.
"""

from __future__ import annotations

import dataclasses
import zoneinfo
from typing import Any

import tomli_w
from django import forms
from django.conf import settings as django_settings
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from parting.config import Config, ReferralPartner
from parting.i18n import LANGUAGES
from parting.i18n import _ as translate
from parting.settings_declared import BUSINESS_SETTINGS, setting
from parting.words.settings import setting_help

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
DATE_ORDERS = [
    ("auto", _("As the data shows (a day above 12 decides)")),
    ("dmy", _("Day first: 03/04 is 3 April")),
    ("mdy", _("Month first: 03/04 is March 4")),
]
LIST_FIELDS = (
    "own_domains",
    "core_service_lines",
    "winding_down_service_lines",
    "excluded_industries",
    "excluded_tags",
)
# Sections whose numbers are thresholds of the signs and the verdict (DOMAIN §1, §2).
SKIP_SECTIONS = ("business",)


def _lines(text: str) -> list[str]:
    return [part.strip() for line in text.splitlines() for part in line.split(",") if part.strip()]


def threshold_fields(config: Config) -> list[tuple[str, str, float | int]]:
    """(section, key, value) of every numeric threshold, in the defaults' order: the typed
    settings walked field by field (``settings_typed`` mirrors ``defaults.toml``)."""
    found = []
    for section in dataclasses.fields(config.settings):
        if section.name in SKIP_SECTIONS:
            continue
        values = getattr(config.settings, section.name)
        for item in dataclasses.fields(values):
            value = getattr(values, item.name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                found.append((section.name, item.name, value))
    return found


def _about(key: str) -> dict[str, Any]:
    """The label and one line of help of ``[business]`` ``key``, as declared once for the
    page and ``parting settings show`` (``settings_declared.BUSINESS``)."""
    declared = BUSINESS_SETTINGS[key]
    return {"label": _(declared.label), "help_text": _(declared.help)}


def _list(key: str) -> forms.CharField:
    return forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), **_about(key))


def _decimal(**options: Any) -> forms.FloatField:
    """A number written as the reader writes one ("40,5" in French or Slovenian, "40.5" in
    English; either is read), with the phone's number keyboard."""
    widget = forms.TextInput(attrs={"inputmode": "decimal"})
    return forms.FloatField(localize=True, widget=widget, **options)


class SettingsForm(forms.Form):
    name = forms.CharField(max_length=200, required=False, **_about("name"))
    # No length limits of its own: "EURO" or "€" gets the one message that says what to write.
    currency = forms.CharField(max_length=20, **_about("currency"))
    timezone = forms.CharField(max_length=64, **_about("timezone"))
    # Each language under its own name, as the language menu offers them.
    language = forms.ChoiceField(choices=django_settings.LANGUAGES, **_about("language"))
    email = forms.EmailField(required=False, **_about("email"))
    signatory = forms.CharField(max_length=200, required=False, **_about("signatory"))
    working_days = forms.TypedMultipleChoiceField(
        choices=WEEKDAYS,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_about("working_days")["label"],
        # The boxes name the days: the numbers the settings file uses (Monday 0) are not shown.
        help_text=_("Tick the days you work; mail on other days is out of hours."),
    )
    # ``working_hours`` is two fields: its help beside the first.
    day_starts = forms.IntegerField(
        label=_("Working day starts (hour)"),
        min_value=0,
        max_value=23,
        help_text=_about("working_hours")["help_text"],
    )
    day_ends = forms.IntegerField(label=_("Working day ends (hour)"), min_value=1, max_value=24)
    default_cost_rate = _decimal(min_value=0, **_about("default_cost_rate"))
    cost_rates = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}), **_about("cost_rates")
    )
    payment_terms_days = forms.IntegerField(min_value=0, **_about("payment_terms_days"))
    date_order = forms.ChoiceField(choices=DATE_ORDERS, **_about("date_order"))
    own_domains = _list("own_domains")
    core_service_lines = _list("core_service_lines")
    winding_down_service_lines = _list("winding_down_service_lines")
    excluded_industries = _list("excluded_industries")
    excluded_tags = _list("excluded_tags")
    target_low = _decimal(min_value=0, **_about("target_segment_revenue"))
    target_high = _decimal(min_value=0, label=_("…and the highest (0: no bound)"), help_text="")
    staff_see_margins = forms.BooleanField(required=False, **_about("staff_see_margins"))
    referral_partners = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}), **_about("referral_partners")
    )

    def __init__(self, config: Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.thresholds = threshold_fields(config)
        for section, key, value in self.thresholds:
            declared = setting(section, key)
            low, high = declared.minimum, declared.maximum
            field: forms.Field
            if isinstance(value, int):
                top = None if high is None else int(high)
                field = forms.IntegerField(min_value=int(low), max_value=top)
            else:
                field = _decimal(min_value=low, max_value=high)
            field.label = translate(declared.label)
            field.help_text = setting_help(declared)
            field.initial = value
            self.fields[f"{section}.{key}"] = field
        if not self.is_bound:
            self.initial.update(_initial(config))

    def threshold_bound_fields(self) -> list[forms.BoundField]:
        return [self[f"{s}.{k}"] for s, k, _v in self.thresholds]

    def business_bound_fields(self) -> list[forms.BoundField]:
        names = {f"{s}.{k}" for s, k, _v in self.thresholds}
        return [self[name] for name in self.fields if name not in names]

    def clean_timezone(self) -> str:
        zone: str = self.cleaned_data["timezone"].strip()
        if zone not in zoneinfo.available_timezones():
            raise forms.ValidationError(_("Unknown time zone: use a name like Europe/Paris."))
        return zone

    def clean_currency(self) -> str:
        from babel.numbers import is_currency

        code: str = self.cleaned_data["currency"].strip().upper()
        if len(code) != 3 or not code.isalpha() or not is_currency(code):
            raise forms.ValidationError(_("Use a three-letter code such as EUR or VND."))
        return code

    def clean_cost_rates(self) -> dict[str, float]:
        rates: dict[str, float] = {}
        for line in self.cleaned_data["cost_rates"].splitlines():
            if not line.strip():
                continue
            person, sep, rate = line.rpartition("=")
            try:
                value = float(rate.strip().replace(",", "."))
            except ValueError:
                value = -1.0
            if not sep or not person.strip() or value < 0:
                raise forms.ValidationError(
                    _("Write each line as: name = cost, for example Ana = 45.")
                )
            rates[person.strip()] = value
        return rates

    def clean_referral_partners(self) -> list[dict[str, str]]:
        partners = []
        for line in self.cleaned_data["referral_partners"].splitlines():
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 2 or not parts[0] or not parts[1]:
                raise forms.ValidationError(
                    _("Write each partner as: service line | name | contact.")
                )
            partner = {
                "service_line": parts[0],
                "name": parts[1],
                "contact": parts[2] if len(parts) > 2 else "",
            }
            names = _line_names(parts[3] if len(parts) > 3 else "")
            if names:
                partner["service_line_names"] = names
            partners.append(partner)
        return partners

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("day_starts"), data.get("day_ends")
        if start is not None and end is not None and end <= start:
            self.add_error("day_ends", _("The working day must end after it starts."))
        low, high = data.get("target_low"), data.get("target_high")
        if low is not None and high and high < low:
            self.add_error("target_high", _("The highest revenue must not be below the lowest."))
        return data

    def to_toml(self) -> str:
        """The overrides: every value that differs from the defaults, as TOML."""
        data = self.cleaned_data
        business: dict[str, Any] = {
            "name": data["name"],
            "currency": data["currency"],
            "timezone": data["timezone"],
            "language": data["language"],
            "email": data["email"],
            "signatory": data["signatory"],
            "date_order": data["date_order"],
            "target_segment_revenue": [data["target_low"], data["target_high"]],
            "working_days": sorted(data["working_days"]),
            "working_hours": [data["day_starts"], data["day_ends"]],
            "default_cost_rate": data["default_cost_rate"],
            "cost_rates": data["cost_rates"],
            "payment_terms_days": data["payment_terms_days"],
            "referral_partners": data["referral_partners"],
            "staff_see_margins": bool(data["staff_see_margins"]),
            **{name: _lines(data[name]) for name in LIST_FIELDS},
        }
        overrides: dict[str, Any] = {}
        # The defaults as a settings file holds them (lists, tables): what TOML compares to.
        defaults = Config().values["business"]
        changed = {k: v for k, v in business.items() if defaults.get(k, []) != v}
        if changed:
            overrides["business"] = changed
        default_thresholds = {(s, k): v for s, k, v in threshold_fields(Config())}
        for section, key, _value in self.thresholds:
            value = data[f"{section}.{key}"]
            if value != default_thresholds[(section, key)]:
                overrides.setdefault(section, {})[key] = value
        return tomli_w.dumps(overrides)


def _initial(config: Config) -> dict[str, Any]:
    b = config.settings.business
    return {
        "name": b.name,
        "currency": b.currency,
        "timezone": b.timezone,
        "language": b.language,
        "email": b.email,
        "signatory": b.signatory,
        "date_order": b.date_order,
        "own_domains": "\n".join(b.own_domains),
        "target_low": b.target_segment_revenue[0],
        "target_high": b.target_segment_revenue[1],
        "working_days": list(b.working_days),
        "day_starts": b.working_hours[0],
        "day_ends": b.working_hours[1],
        "default_cost_rate": b.default_cost_rate,
        "cost_rates": "\n".join(f"{p} = {number_format(r)}" for p, r in b.cost_rates.items()),
        "payment_terms_days": b.payment_terms_days,
        "staff_see_margins": b.staff_see_margins,
        "referral_partners": "\n".join(
            " | ".join([p.service_line, p.name, p.contact, _names_line(p)]).rstrip(" |")
            for p in config.referral_partners
        ),
        "core_service_lines": "\n".join(b.core_service_lines),
        "winding_down_service_lines": "\n".join(b.winding_down_service_lines),
        "excluded_industries": "\n".join(b.excluded_industries),
        "excluded_tags": "\n".join(b.excluded_tags),
    }


def _names_line(partner: ReferralPartner) -> str:
    """A partner's service line in other languages, as the form shows it: "fr: …; sl: …"."""
    return "; ".join(f"{lang}: {name}" for lang, name in partner.service_line_names.items())


def _line_names(text: str) -> dict[str, str]:
    """ "fr: création de sites web; sl: izdelava spletnih strani" -> {"fr": …, "sl": …}."""
    names = {}
    for item in text.split(";"):
        if not item.strip():
            continue
        lang, sep, name = item.partition(":")
        if not sep or lang.strip() not in LANGUAGES or not name.strip():
            raise forms.ValidationError(
                _("Write the service line in other languages as: fr: …; vi: …; sl: ….")
            )
        names[lang.strip()] = name.strip()
    return names
