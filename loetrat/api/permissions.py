from django.core.exceptions import PermissionDenied


def require_perm(request, permission: str, obj=None) -> None:
    """Refuse (403 in the API's error format) unless the caller holds the permission."""
    if not request.user.has_perm(permission, obj):
        raise PermissionDenied
