"""Editing an application's answers (a draft keeps whatever was typed), and its versions."""

from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.formschema import FieldKind
from loetrat.core.formschema.forms import ADD_ROWS_STEP, answers_from_post, table_row_count
from loetrat.core.formschema.schema import answer_problems

from ...forms.applications import AnswersForm
from ...selectors.abilities import application_abilities
from ...selectors.applications import (
    application_attachments,
    application_get_for,
    compare_revisions,
)
from ...services import application_save


def _problems_by_key(schema, data) -> dict:
    grouped = defaultdict(list)
    for problem in answer_problems(schema, data, full=False):
        grouped[problem.key].append(problem.message)
    return dict(grouped)


def _requested_rows(request) -> dict:
    rows = {}
    for name, value in request.GET.items():
        if name.startswith("rows-") and value.isdigit():
            rows[name.removeprefix("rows-")] = int(value)
    return rows


def _render(request, application, form, status=200):
    return render(
        request,
        "awards/applications/edit.html",
        {
            "application": application,
            "form": form,
            "items": form.items(),
            "deadline": application_abilities(request.user, application).deadline,
        },
        status=status,
    )


def _uploads(request, schema) -> dict:
    """The files sent with the form, by file field."""
    return {
        item["key"]: request.FILES.getlist(item["key"])
        for item in schema
        if item["kind"] == FieldKind.FILE and request.FILES.getlist(item["key"])
    }


@require_http_methods(["GET", "POST"])
def application_edit(request, pk):
    application = application_get_for(request.user, pk)
    if not request.user.has_perm("awards.edit_application", application):
        raise PermissionDenied
    schema = application.award_type.form_schema or []
    if request.method == "GET":
        if not application_abilities(request.user, application).can_edit:
            messages.error(
                request,
                _(
                    "This application can no longer be changed: it is %(state)s or its deadline "
                    "has passed. It stays readable here."
                )
                % {"state": application.get_state_display().lower()},
            )
            return redirect("awards:application_detail", application.pk)
        form = AnswersForm(
            application=application,
            problems=_problems_by_key(schema, application.data),
            attachments=application_attachments(application),
            requested_rows=_requested_rows(request),
        )
        return _render(request, application, form)

    form = AnswersForm(
        request.POST,
        application=application,
        attachments=application_attachments(application),
    )
    try:
        revision = application_save(
            application=application,
            actor=request.user,
            data=answers_from_post(schema, request.POST),
            title_th=request.POST.get("title_th", application.title_th),
            title_en=request.POST.get("title_en", ""),
            uploads=_uploads(request, schema),
        )
    except DomainError as exc:
        form.add_error("title_th" if exc.field == "title_th" else None, str(exc.message))
        return _render(request, application, form, status=400)
    for message in revision.refused_uploads:
        messages.error(request, message)
    problems = answer_problems(schema, application.data, full=False)
    if problems:
        messages.warning(
            request,
            _(
                "Saved as version %(number)s. %(count)s answers need fixing before you send it; "
                "they are marked below."
            )
            % {"number": application.revision_count, "count": len(problems)},
        )
    else:
        messages.success(
            request, _("Saved as version %(number)s.") % {"number": application.revision_count}
        )
    add_rows = request.POST.get("add_rows")
    if add_rows:
        item = next((i for i in schema if i["key"] == add_rows), None)
        if item and item["kind"] == FieldKind.TABLE:
            shown = table_row_count(item, len(application.data.get(add_rows) or []))
            posted = request.POST.get(f"{add_rows}-rows", "")
            if posted.isdigit():
                shown = max(shown, int(posted))
            url = reverse("awards:application_edit", args=[application.pk])
            return redirect(f"{url}?rows-{add_rows}={shown + ADD_ROWS_STEP}#field-{add_rows}")
    if request.POST.get("then") == "view":
        return redirect("awards:application_detail", application.pk)
    return redirect("awards:application_edit", application.pk)


@require_safe
def application_revisions(request, pk):
    application = application_get_for(request.user, pk)
    revisions = list(application.revisions.select_related("saved_by").order_by("-number"))
    by_number = {revision.number: revision for revision in revisions}
    old = new = None
    differences = []
    if request.GET.get("a") and request.GET.get("b"):
        try:
            old, new = by_number[int(request.GET["a"])], by_number[int(request.GET["b"])]
        except (KeyError, ValueError):
            raise Http404 from None
        if old.number > new.number:
            old, new = new, old
        differences = compare_revisions(application.award_type.form_schema, old, new)
    return render(
        request,
        "awards/applications/revisions.html",
        {
            "application": application,
            "revisions": revisions,
            "old": old,
            "new": new,
            "differences": differences,
        },
    )
