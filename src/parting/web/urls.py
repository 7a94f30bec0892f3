"""Every page of the web app. Client ids come from imports and may hold any character,
so they sit last in a path (``<path:…>``) and are reversed with ``{% url %}``."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import views as auth_views
from django.urls import URLPattern, URLResolver, include, path, re_path
from django.views.static import serve

from parting.web.views import (
    accounts,
    clients,
    exports,
    imports,
    mailbox,
    plans,
    portfolio,
    scoring,
    settings_page,
)

STATIC_DIR = Path(__file__).parent / "static"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", portfolio.portfolio, name="portfolio"),
    path("what-if/", portfolio.what_if_update, name="what_if"),
    path("portfolio.csv", exports.portfolio_csv, name="portfolio_csv"),
    path("seen/", portfolio.seen, name="changes_seen"),
    path("clients/<path:client_id>", clients.client, name="client"),
    path(
        "clients-evidence/<path:client_id>", exports.client_evidence_csv, name="client_evidence_csv"
    ),
    path("clients-print/<path:client_id>", exports.client_print, name="client_print"),
    path("clients-timeline/<path:client_id>", clients.client_timeline, name="client_timeline"),
    path("incidents/new/<path:client_id>", clients.log_incident, name="log_incident"),
    path("judgements/new/<path:client_id>", clients.record_judgement, name="record_judgement"),
    path("clients-address/<path:client_id>", clients.set_address, name="set_address"),
    path("incidents/<int:incident_pk>/edit", clients.edit_incident, name="edit_incident"),
    path("incidents/<int:incident_pk>/remove", clients.remove_incident, name="remove_incident"),
    path("judgements/<int:judgement_pk>/remove", clients.remove_judgement, name="remove_judgement"),
    path("plans/", plans.overview, name="plan_overview"),
    path("plans/<path:client_id>", plans.plan, name="plan"),
    path("plan-open/<path:client_id>", plans.open_plan, name="open_plan"),
    path("plan/<int:plan_id>/step/<int:number>", plans.mark_step, name="mark_step"),
    path("plan/<int:plan_id>/check", plans.check_draft, name="check_letter"),
    path("plan/<int:plan_id>/print", plans.plan_print, name="plan_print"),
    path("plan/<int:plan_id>/letter", plans.printable_letter, name="letter"),
    path("plan/<int:plan_id>/letter.eml", plans.letter_eml, name="letter_eml"),
    path("plan/<int:plan_id>/meeting.ics", plans.meeting_ics, name="meeting_ics"),
    path("import/", imports.upload, name="import"),
    path("import/link/<int:ref_id>", imports.link, name="link_unmatched"),
    path("import/merge", imports.merge, name="merge_clients"),
    path("import/jobs/<int:job_pk>", imports.import_job, name="import_job"),
    path("demo/load", imports.load_demo, name="load_demo"),
    path("demo/remove", imports.remove_demo, name="remove_demo"),
    path("import/<int:batch_pk>/delete", imports.delete_import, name="delete_import"),
    path("changes/<int:entry_pk>/undo", imports.undo_change, name="undo_change"),
    path("settings/", settings_page.settings_page, name="settings"),
    path("settings/mailbox/", mailbox.mailbox, name="mailbox"),
    path("settings/digest/", mailbox.digest_settings, name="digest_settings"),
    path("scoring/", scoring.status, name="scoring"),
    path("scoring/rescore", scoring.rescore_now, name="rescore_now"),
    path("people/", accounts.people, name="people"),
    path("people/invite", accounts.invite, name="invite_member"),
    path("people/<int:user_pk>/remove", accounts.remove_member, name="remove_member"),
    path("people/<int:user_pk>/role", accounts.change_role, name="change_role"),
    path("people/<int:user_pk>/password-link", accounts.password_link, name="password_link"),
    path(
        "password/set/<uidb64>/<token>/",
        accounts.SetPassword.as_view(),
        name="password_set",
    ),
    path("account/password/", accounts.change_password, name="change_password"),
    path("setup/", accounts.setup, name="setup"),
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="parting/login.html"),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    # A local tool serves its own few static files (no web server in front of it);
    # only this folder, never uploads.
    re_path(r"^static/(?P<path>.*)$", serve, {"document_root": STATIC_DIR}, name="static"),
]
