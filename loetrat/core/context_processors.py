from django.conf import settings

from .navigation import items_for


def navigation(request):
    user = getattr(request, "user", None)
    return {
        "nav_items": items_for(user) if user is not None else [],
        "site_debug": settings.DEBUG,
    }
