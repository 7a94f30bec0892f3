"""The web forms: each validates what a person types before anything is stored."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from parting.ingest.detect import FORMATS, format_label
from parting.schema import INCIDENT_KINDS, JUDGEMENT_KINDS, SEVERITIES
from parting.web import labels
from parting.words import formats


class DayInput(forms.TextInput):
    """A date written in the reader's order ("31/03/2026" in French, "03/31/2026" in
    English), never the browser's own date picker, whose order follows the browser's
    language rather than the page's."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"inputmode": "numeric", "autocomplete": "off", **(attrs or {})})

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].setdefault("placeholder", formats.day_input_hint(get_language()))
        return context

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, date):
            return formats.day_input(value, get_language())
        shown = super().format_value(value)
        return None if shown is None else str(shown)


class DayField(forms.DateField):
    """Reads a date in the reader's order (or year first); says which order it expects."""

    widget = DayInput

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, date):
            return value
        found = formats.parse_day_input(str(value), get_language())
        if found is None:
            raise forms.ValidationError(
                _("Write the date as %(hint)s, for example %(example)s.")
                % {
                    "hint": formats.day_input_hint(get_language()),
                    "example": formats.day_input(date(2026, 3, 31), get_language()),
                },
                code="invalid",
            )
        return found


class NewUserForm(forms.Form):
    """The owner at set-up, or a staff member the owner adds."""

    username = forms.CharField(label=_("User name"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput)
    password_again = forms.CharField(label=_("Password, again"), widget=forms.PasswordInput)

    def clean_username(self) -> str:
        name: str = self.cleaned_data["username"].strip()
        if get_user_model().objects.filter(username__iexact=name).exists():
            raise forms.ValidationError(_("That user name is taken."))
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, second = data.get("password"), data.get("password_again")
        if first and second and first != second:
            self.add_error("password_again", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data


class InviteForm(forms.Form):
    """A staff member who sets their own password with a one-time link."""

    username = forms.CharField(label=_("User name"), max_length=150)

    def clean_username(self) -> str:
        name: str = self.cleaned_data["username"].strip()
        if get_user_model().objects.filter(username__iexact=name).exists():
            raise forms.ValidationError(_("That user name is taken."))
        return name


class IncidentForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What happened"),
        choices=[(k, labels.INCIDENT_LABELS.get(k, k)) for k in INCIDENT_KINDS],
    )
    severity = forms.ChoiceField(
        label=_("Severity"),
        choices=[(s, labels.SEVERITY_CHOICES.get(s, s)) for s in SEVERITIES],
        initial="medium",
    )
    date = DayField(label=_("Date"), initial=date.today)
    staff = forms.CharField(label=_("Staff involved"), max_length=200, required=False)
    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, required=False
    )


class JudgementForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Your judgement"),
        choices=[(k, labels.JUDGEMENT_LABELS.get(k, k)) for k in JUDGEMENT_KINDS],
    )
    note = forms.CharField(
        label=_("Why"), widget=forms.Textarea(attrs={"rows": 2}), max_length=5000, required=False
    )


class AddressForm(forms.Form):
    """How letters address the client's contact (parting.playbook.address)."""

    salutation = forms.ChoiceField(
        label=_("Salutation"),
        choices=[("", _("Not known")), ("mr", _("Mr")), ("ms", _("Ms"))],
        required=False,
    )
    formality = forms.ChoiceField(
        label=_("Formality"),
        choices=[
            ("", _("Usual business form")),
            ("senior", _("Deferential (ông/bà)")),
            ("familiar", _("Familiar (first name, tu, tikanje, em)")),
        ],
        required=False,
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


# Folders (a Maildir) cannot be uploaded; every other importer's format can be chosen.
UPLOADABLE = tuple(f for f in FORMATS if f != "maildir")


def import_formats() -> list[tuple[str, str]]:
    return [("", str(_("Recognise it for me")))] + [(f, format_label(f)) for f in UPLOADABLE]


class UploadForm(forms.Form):
    # Django moves declared fields off the class, so this does not shadow ``Form.files``.
    files = MultipleFileField(label=_("Files"))  # type: ignore[assignment]
    format = forms.ChoiceField(label=_("Format"), required=False, choices=import_formats)
    dry_run = forms.BooleanField(label=_("Only check, change nothing"), required=False)


class LetterCheckForm(forms.Form):
    text = forms.CharField(
        label=_("Your draft"), widget=forms.Textarea(attrs={"rows": 12}), max_length=20000
    )


def _sealed_password(*, required: bool) -> forms.CharField:
    """A mail server's password: sealed with the workspace key, never shown back."""
    return forms.CharField(
        label=_("Password"),
        required=required,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_("Kept encrypted with the workspace's key; never shown again."),
    )


def _connection(tls: Any, starttls: Any) -> forms.ChoiceField:
    """How a mail server is reached; the two labels name the protocol's usual ports."""
    return forms.ChoiceField(
        label=_("Connection"),
        choices=[
            ("tls", tls),
            ("starttls", starttls),
            ("insecure", _("Unencrypted (only a server on this computer)")),
        ],
        initial="tls",
    )


class MailboxForm(forms.Form):
    """The mailbox Parting reads (IMAP), as ``parting mail connect``. The password is
    never shown back: the field is always empty on the page."""

    host = forms.CharField(label=_("IMAP server"), max_length=300)
    user = forms.CharField(label=_("User name"), max_length=300)
    password = _sealed_password(required=True)
    security = _connection(_("TLS (port 993)"), _("STARTTLS (port 143)"))
    port = forms.IntegerField(label=_("Port"), required=False, min_value=1, max_value=65535)
    folders = forms.CharField(
        label=_("Folders"),
        initial="INBOX, Sent",
        max_length=1000,
        help_text=_("Separated by commas. The Sent folder counts as your own messages."),
    )
    since = DayField(label=_("Skip mail older than"), required=False)

    def folder_list(self) -> list[str]:
        return [f.strip() for f in self.cleaned_data["folders"].split(",") if f.strip()]


class DigestForm(forms.Form):
    """The server the digest is sent through (SMTP), as ``parting mail connect --smtp``.
    The password is never shown back."""

    host = forms.CharField(label=_("SMTP server"), max_length=300)
    user = forms.CharField(
        label=_("User name"),
        max_length=300,
        required=False,
        help_text=_("Leave empty for a server that needs no log-in."),
    )
    password = _sealed_password(required=False)
    security = _connection(_("TLS (port 465)"), _("STARTTLS (port 587)"))
    port = forms.IntegerField(label=_("Port"), required=False, min_value=1, max_value=65535)
    sender = forms.EmailField(
        label=_("From"),
        required=False,
        max_length=300,
        help_text=_("The digest's sender; by default the user name, if it is an address."),
    )
    recipient = forms.EmailField(
        label=_("To"), max_length=300, help_text=_("Who receives the digest.")
    )
