from django.contrib import admin

from .models import Membership, Organization, OrganizationName


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class FormerNameInline(ReadOnlyInline):
    model = OrganizationName


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    """Browsing only: changes go through the services (import, secretariat pages) so that they
    are validated and audited."""

    list_display = ["code", "name_th", "kind", "parent", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["code", "name_th", "name_en", "abbreviation_th", "abbreviation_en"]
    inlines = [FormerNameInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "organization", "starts_on", "ends_on"]
    list_filter = ["role"]
    search_fields = ["user__username", "organization__name_th"]
    raw_id_fields = ["user", "organization"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
