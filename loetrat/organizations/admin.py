from django.contrib import admin

from loetrat.core.admin import ReadOnlyAdminMixin

from .models import Membership, Organization, OrganizationName


class FormerNameInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = OrganizationName
    extra = 0


@admin.register(Organization)
class OrganizationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Browsing only: changes go through the services (import, secretariat pages)."""

    list_display = ["code", "name_th", "kind", "parent", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["code", "name_th", "name_en", "abbreviation_th", "abbreviation_en"]
    inlines = [FormerNameInline]


@admin.register(Membership)
class MembershipAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["user", "role", "organization", "starts_on", "ends_on"]
    list_filter = ["role"]
    search_fields = ["user__username", "organization__name_th"]
