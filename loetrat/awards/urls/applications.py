"""Applications: agency coordinators, agency heads, partners and the secretariat."""

from django.urls import path

from ..views.applications import detail, editing, files, listing

urlpatterns = [
    path("", listing.application_list, name="application_list"),
    path("new/", listing.application_new, name="application_new"),
    path("<int:pk>/", detail.application_detail, name="application_detail"),
    path("<int:pk>/edit/", editing.application_edit, name="application_edit"),
    path("<int:pk>/revisions/", editing.application_revisions, name="application_revisions"),
    path("<int:pk>/actions/<str:action>/", detail.application_action, name="application_action"),
    path("<int:pk>/partners/", detail.application_partner_add, name="application_partner_add"),
    path(
        "<int:pk>/partners/<int:partner_pk>/remove/",
        detail.application_partner_delete,
        name="application_partner_remove",
    ),
    path("<int:pk>/extension/", detail.application_extension, name="application_extension"),
    path(
        "<int:pk>/files/<int:attachment_pk>/",
        files.attachment_download,
        name="application_attachment",
    ),
    path(
        "<int:pk>/files/<int:attachment_pk>/remove/",
        files.attachment_delete,
        name="application_attachment_remove",
    ),
    path("<int:pk>/receipt/", files.application_receipt, name="application_receipt"),
    path(
        "<int:pk>/receipt.pdf", files.application_receipt_download, name="application_receipt_pdf"
    ),
]
