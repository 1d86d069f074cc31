"""Documents of an agenda item: the secretariat uploads and removes them from the meeting page
(a refused upload comes back to the page with the reason beside the file field); people who may
read the meeting download them, only through here."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from loetrat.core.errors import DomainError
from loetrat.core.files import private_file_response
from loetrat.core.forms import add_service_error

from ..forms.documents import AgendaDocumentForm, document_prefix
from ..selectors import agenda_item_get_for, meeting_get_for
from ..selectors.documents import agenda_document_get_for
from ..services import agenda_document_add, agenda_document_remove
from .meetings import MANAGE, VIEW, _render


def _item_url(item) -> str:
    return reverse("meetings:meeting", args=[item.meeting_id]) + f"#item-{item.pk}"


@permission_required(MANAGE, raise_exception=True)
@require_POST
def agenda_document_add_view(request, pk):
    item = agenda_item_get_for(request.user, pk)
    meeting = meeting_get_for(request.user, item.meeting_id)
    form = AgendaDocumentForm(request.POST, request.FILES, prefix=document_prefix(item.pk))
    status = 400
    if form.is_valid():
        try:
            document = agenda_document_add(
                agenda_item=item,
                title_th=form.cleaned_data["title_th"],
                upload=form.cleaned_data["file"],
                actor=request.user,
            )
        except DomainError as exc:
            add_service_error(form, exc)
            status = exc.status
        else:
            messages.success(
                request,
                _("%(title)s was added to item %(position)s.")
                % {"title": document.title_th, "position": item.label},
            )
            return redirect(_item_url(item))
    return _render(request, meeting, document_posted=(item.pk, form), status=status)


@permission_required(MANAGE, raise_exception=True)
@require_POST
def agenda_document_remove_view(request, pk):
    document = agenda_document_get_for(request.user, pk)
    try:
        agenda_document_remove(document=document, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("%(name)s was removed.") % {"name": document.title_th})
    return redirect(_item_url(document.agenda_item))


@permission_required(VIEW, raise_exception=True)
@require_GET
def agenda_document_download(request, pk):
    document = agenda_document_get_for(request.user, pk)
    return private_file_response(
        document.file, filename=document.original_name, content_type="application/pdf"
    )
