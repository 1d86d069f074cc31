from django.conf import settings

from .inbox import InboxBadge
from .navigation import links_for


def navigation(request):
    user = getattr(request, "user", None)
    return {
        "nav_items": links_for(user, request.path) if user is not None else [],
        "site_debug": settings.DEBUG,
    }


def inbox(request):
    """The unread count in the header, read only when a page shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"inbox": InboxBadge(user)}
