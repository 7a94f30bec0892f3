"""The mail settings pages (owner only): connect the IMAP account ``parting sync`` and
the watch read, and the SMTP server the digest is sent through, as ``parting mail
connect`` does."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from parting.errors import PartingError
from parting.store.models import MailAccount, MailFolder
from parting.web import workspace
from parting.web.access import owner_required
from parting.web.forms import DigestForm, MailboxForm


@owner_required
@require_http_methods(["GET", "POST"])
def mailbox(request: HttpRequest) -> HttpResponse:
    from parting.store.mailbox import connect_imap

    account = MailAccount.objects.filter(kind="imap").first()
    initial = (
        {
            "host": account.host,
            "user": account.user,
            "security": account.security,
            "port": account.port,
            "folders": ", ".join(account.folders),
            "since": account.since,
        }
        if account
        else {}
    )
    form = MailboxForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                connect_imap(
                    data["host"],
                    data["user"],
                    data["password"],
                    port=data["port"],
                    security=data["security"],
                    folders=form.folder_list(),
                    since=data["since"],
                )
            except PartingError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The mailbox is connected."))
                return redirect("mailbox")
        status = 400
    folders = MailFolder.objects.filter(account=account).order_by("name") if account else []
    return render(
        request,
        "parting/mailbox.html",
        {
            "form": form,
            "account": account,
            "folders": folders,
            "timezone": workspace.config().timezone,
            "section": "settings",
        },
        status=status,
    )


@owner_required
@require_http_methods(["GET", "POST"])
def digest_settings(request: HttpRequest) -> HttpResponse:
    """Connect the SMTP server (``action=connect``), or send a test digest through the
    connected one (``action=test``)."""
    from parting.store.watch import connect_smtp, send_test_digest

    account = MailAccount.objects.filter(kind="smtp").first()
    initial = (
        {
            "host": account.host,
            "user": account.user,
            "security": account.security,
            "port": account.port,
            "sender": account.sender,
            "recipient": account.recipient,
        }
        if account
        else {}
    )
    testing = request.method == "POST" and request.POST.get("action") == "test"
    form = DigestForm(None if testing else request.POST or None, initial=initial)
    status = 200
    if testing:
        try:
            sent_to = send_test_digest(request.build_absolute_uri("/"))
        except PartingError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("A test digest was sent to {address}.").format(address=sent_to)
            )
        return redirect("digest_settings")
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                connect_smtp(
                    data["host"],
                    data["user"],
                    data["password"],
                    data["recipient"],
                    sender=data["sender"],
                    port=data["port"],
                    security=data["security"],
                )
            except PartingError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The digest will be sent through this server."))
                return redirect("digest_settings")
        status = 400
    return render(
        request,
        "parting/digest_settings.html",
        {"form": form, "account": account, "section": "settings"},
        status=status,
    )
