"""One award type: its whole configuration shown readably, and the secretariat's edit pages,
one per part (basics, window, criteria version, levels, stages, eligibility, form)."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.forms import add_service_error
from loetrat.core.formschema import FieldKind
from loetrat.core.formschema.schema import field_label
from loetrat.organizations.enums import OrganizationKind

from ..enums import CycleStatus, PartnerRole, StageKind
from ..forms.cycles import FormSchemaForm, TypeBasicsForm, TypeFrameworkForm, TypeWindowForm
from ..forms.type_config import EligibilityForm, levels_formset, stages_formset
from ..selectors.cycles import award_type_get_for, cycle_get_for, type_extensions
from ..services import award_type_create, award_type_remove, award_type_update
from ..services.type_config import award_type_problems

MANAGE = "awards.manage_cycle"

SECTIONS = {
    "basics": gettext_lazy("Names and description"),
    "window": gettext_lazy("Application window"),
    "framework": gettext_lazy("Criteria version"),
    "levels": gettext_lazy("Award levels"),
    "stages": gettext_lazy("Stages"),
    "eligibility": gettext_lazy("Eligibility rules"),
    "form": gettext_lazy("Application form"),
}


def choice_label(choices, value) -> str:
    """The translated label of a stored code; the code itself when it is unknown."""
    try:
        return str(choices(value).label)
    except (ValueError, TypeError):
        return str(value)


def preview_fields(schema) -> list[dict]:
    """The form's fields for the preview, with their label and kind in the reader's language."""
    return [
        {
            **item,
            "label": field_label(item),
            "kind_label": choice_label(FieldKind, item.get("kind")),
        }
        for item in schema or []
        if isinstance(item, dict)
    ]


def readable_stages(stage_plan) -> list[dict]:
    return [
        {**stage, "kind_label": choice_label(StageKind, stage.get("kind"))}
        for stage in stage_plan or []
        if isinstance(stage, dict)
    ]


def readable_eligibility(rules, schema) -> dict:
    """The eligibility rules with labels instead of codes, for the type page."""
    rules = rules if isinstance(rules, dict) else {}
    table = rules.get("results_table") if isinstance(rules.get("results_table"), dict) else None
    results_table = None
    if table:
        fields = {item.get("key"): item for item in schema or [] if isinstance(item, dict)}
        key = table.get("field", "")
        results_table = {
            "key": key,
            "label": field_label(fields[key]) if key in fields else key,
            "min_years": table.get("min_years", 3),
        }
    return {
        "organization_kinds": [
            choice_label(OrganizationKind, kind) for kind in rules.get("organization_kinds") or []
        ],
        "repeat_win_years": rules.get("repeat_win_years"),
        "results_table": results_table,
        "partner_roles": [
            choice_label(PartnerRole, role) for role in rules.get("partner_roles_required") or []
        ],
    }


def framework_url(version) -> str:
    if version is None:
        return ""
    try:
        return reverse("frameworks:version", args=[version.framework.code, version.label])
    except NoReverseMatch:
        return ""


@permission_required("awards.view_cycle", raise_exception=True)
@require_safe
def type_detail(request, pk):
    award_type = award_type_get_for(request.user, pk)
    manage = request.user.has_perm(MANAGE)
    return render(
        request,
        "awards/cycles/type_detail.html",
        {
            "award_type": award_type,
            "cycle": award_type.cycle,
            "manage": manage,
            "editable": manage and award_type.cycle.status != CycleStatus.CLOSED,
            "removable": manage and award_type.cycle.status == CycleStatus.DRAFT,
            "problems": award_type_problems(award_type) if manage else [],
            "fields": preview_fields(award_type.form_schema),
            "stages": readable_stages(award_type.stage_plan),
            "eligibility": readable_eligibility(award_type.eligibility, award_type.form_schema),
            "framework_url": framework_url(award_type.framework_version) if manage else "",
            "extensions": type_extensions(award_type) if manage else [],
            "sections": SECTIONS,
        },
    )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def type_create(request, year):
    cycle = cycle_get_for(request.user, year)
    form = TypeBasicsForm(
        request.POST or None,
        cycle=cycle,
        creating=True,
        initial={"subject": "work", "max_file_mb": 10, "max_total_mb": 50},
    )
    if request.method == "POST" and form.is_valid():
        fields = form.service_fields()
        try:
            award_type = award_type_create(actor=request.user, **fields)
        except (DomainError, ValidationError) as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, _("The type %(code)s was added.") % {"code": award_type.code})
            return redirect("awards:type", award_type.pk)
    return render(
        request,
        "awards/cycles/form_page.html",
        {
            "form": form,
            "cycle": cycle,
            "title": _("New award type in %(cycle)s") % {"cycle": cycle.name},
            "submit_label": _("Add type"),
            "cancel_url": reverse("awards:cycle", args=[cycle.year_be]),
        },
        status=400 if form.errors else 200,
    )


def _build(section, award_type, data):
    """The form (or formset) of one section, bound to `data` when given."""
    if section == "basics":
        return TypeBasicsForm(
            data, cycle=award_type.cycle, initial=TypeBasicsForm.initial_for(award_type)
        )
    if section == "window":
        return TypeWindowForm(data, initial=TypeWindowForm.initial_for(award_type))
    if section == "framework":
        return TypeFrameworkForm(data, initial={"framework_version": award_type.framework_version})
    if section == "levels":
        return levels_formset(data, award_type=award_type)
    if section == "stages":
        return stages_formset(data, award_type=award_type)
    if section == "eligibility":
        return EligibilityForm(
            data, award_type=award_type, initial=EligibilityForm.initial_for(award_type)
        )
    return FormSchemaForm(data, initial=FormSchemaForm.initial_for(award_type))


def _changes(section, form) -> dict:
    if section == "basics":
        return form.service_fields()
    if section == "window":
        return {
            "opens_at": form.cleaned_data["opens_at"],
            "closes_at": form.cleaned_data["closes_at"],
        }
    if section == "framework":
        return {"framework_version": form.cleaned_data["framework_version"]}
    if section == "levels":
        return {"levels": form.to_json()}
    if section == "stages":
        return {"stage_plan": form.to_json()}
    if section == "eligibility":
        return {"eligibility": form.to_json()}
    return {"form_schema": form.cleaned_data["form_schema"]}


def _show_error(form, exc):
    """A service error on a formset goes above the table; on a form, beside its field."""
    if hasattr(form, "management_form"):
        form._non_form_errors = form.error_class(
            [*form.non_form_errors(), str(getattr(exc, "message", exc))]
        )
    else:
        add_service_error(
            form,
            exc,
            {"opens_at": "opens_on", "closes_at": "closes_on", "form_schema": "form_schema"},
        )


@permission_required(MANAGE, raise_exception=True)
@require_http_methods(["GET", "POST"])
def type_edit(request, pk, section):
    award_type = award_type_get_for(request.user, pk)
    if section not in SECTIONS:
        return redirect("awards:type", award_type.pk)
    if award_type.cycle.status == CycleStatus.CLOSED:
        messages.error(request, _("The cycle is closed; its types can no longer change."))
        return redirect("awards:type", award_type.pk)
    form = _build(section, award_type, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            award_type_update(award_type=award_type, actor=request.user, **_changes(section, form))
        except (DomainError, ValidationError) as exc:
            _show_error(form, exc)
        else:
            messages.success(request, _("The changes were saved."))
            return redirect("awards:type", award_type.pk)
    version = award_type.framework_version
    preview = preview_fields(award_type.form_schema) if section == "form" else []
    return render(
        request,
        "awards/cycles/type_edit.html",
        {
            "award_type": award_type,
            "cycle": award_type.cycle,
            "section": section,
            "title": SECTIONS[section],
            "form": form,
            "is_formset": hasattr(form, "management_form"),
            "version_warning": section == "framework"
            and version is not None
            and version.status != "approved",
            "preview": preview,
        },
        status=400 if request.method == "POST" else 200,
    )


@permission_required(MANAGE, raise_exception=True)
@require_POST
def type_remove(request, pk):
    award_type = award_type_get_for(request.user, pk)
    year = award_type.cycle.year_be
    try:
        award_type_remove(award_type=award_type, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("awards:type", award_type.pk)
    messages.success(request, _("The type %(code)s was removed.") % {"code": award_type.code})
    return redirect("awards:cycle", year)
