"""Attachments (downloaded only through here, by people who may see the application) and the
submission receipt."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from loetrat.core.errors import DomainError
from loetrat.core.files import private_download, private_file_response

from ...selectors.applications import application_get_for, attachment_get_for
from ...services import application_receipt_pdf, attachment_remove
from ...services.receipts import receipt_context


@require_safe
def attachment_download(request, pk, attachment_pk):
    attachment = attachment_get_for(request.user, pk, attachment_pk)
    return private_file_response(
        attachment.file, filename=attachment.original_name, content_type=attachment.content_type
    )


@require_POST
def attachment_delete(request, pk, attachment_pk):
    attachment = attachment_get_for(request.user, pk, attachment_pk)
    try:
        attachment_remove(attachment=attachment, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("%(name)s was removed.") % {"name": attachment.original_name})
    if request.POST.get("then") == "edit":
        return redirect("awards:application_edit", pk)
    return redirect("awards:application_detail", pk)


def _submitted(request, pk):
    application = application_get_for(request.user, pk)
    if not application.reference:
        raise Http404
    return application


@require_safe
def application_receipt(request, pk):
    application = _submitted(request, pk)
    return render(request, "awards/applications/receipt.html", receipt_context(application))


@require_safe
def application_receipt_download(request, pk):
    application = _submitted(request, pk)
    return private_download(
        application_receipt_pdf(application),
        filename=f"{application.reference}.pdf",
        content_type="application/pdf",
    )
