"""The inbox: a person's notices, newest first; opening one marks it read and goes to its page;
the choice of which kinds also come by e-mail."""

from itertools import groupby

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from ..errors import DomainError
from ..inbox import (
    email_choices,
    email_choices_save,
    notice_get_for,
    notice_mark_read,
    notices_mark_all_read,
    notices_of,
    rendered_rows,
)
from ..notices import notice_kinds

PER_PAGE = 25


@require_safe
def inbox(request):
    unread_only = request.GET.get("show") == "unread"
    page = Paginator(notices_of(request.user, unread=unread_only), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "core/inbox.html",
        {"page_obj": page, "rows": rendered_rows(page.object_list), "unread_only": unread_only},
    )


@require_safe
def notice_open(request, pk: int):
    """Mark the notice read and go where it points."""
    notice = notice_mark_read(notice=notice_get_for(request.user, pk))
    if not url_has_allowed_host_and_scheme(notice.url, allowed_hosts={request.get_host()}):
        return redirect("inbox:list")
    return redirect(notice.url)


def _back(request):
    """Back to the page of the inbox the person was on."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("inbox:list")


@require_POST
def notice_read(request, pk: int):
    notice_mark_read(notice=notice_get_for(request.user, pk))
    return _back(request)


@require_POST
def notices_read_all(request):
    count = notices_mark_all_read(user=request.user)
    messages.success(
        request,
        _("%(count)s notices marked as read.") % {"count": count}
        if count
        else _("Every notice was already read."),
    )
    return _back(request)


class EmailChoicesForm(forms.Form):
    email_kinds = forms.MultipleChoiceField(
        label=gettext_lazy("Send me these by e-mail"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email_kinds"].choices = [(kind.key, kind.label) for kind in notice_kinds()]


def preferences(request):
    """Which kinds of notice reach the person by e-mail (the inbox always gets all of them)."""
    choices = email_choices(request.user)
    form = EmailChoicesForm(
        request.POST or None,
        initial={"email_kinds": [choice.kind.key for choice in choices if choice.email]},
    )
    if request.method == "POST" and form.is_valid():
        try:
            email_choices_save(user=request.user, email_kinds=form.cleaned_data["email_kinds"])
        except DomainError as error:
            form.add_error("email_kinds", error.message)
        else:
            messages.success(request, _("Your e-mail choices are saved."))
            return redirect("inbox:preferences")
    checked = set(form["email_kinds"].value() or [])
    groups = [
        (group, [(choice.kind, choice.kind.key in checked) for choice in items])
        for group, items in groupby(choices, key=lambda choice: choice.kind.group)
    ]
    return render(
        request,
        "core/inbox_preferences.html",
        {"form": form, "groups": groups, "has_email": bool(request.user.email)},
    )
