from django.contrib import admin

from .models import Approval, AuditEvent


class ReadOnlyAdminMixin:
    """For records that change only through services (validated and audited): the admin may
    browse them but never add, edit or delete."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The audit log is append-only, even for administrators."""

    list_display = ["occurred_at", "actor_label", "action", "target_label", "organization_id"]
    list_filter = ["action"]
    search_fields = ["target_label", "actor_label", "reason", "request_id"]
    date_hierarchy = "occurred_at"


@admin.register(Approval)
class ApprovalAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["target_label", "reference_th", "decided_on", "approved_at"]
