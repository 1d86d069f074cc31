from django.conf import settings

from .navigation import links_for


def navigation(request):
    user = getattr(request, "user", None)
    return {
        "nav_items": links_for(user, request.path) if user is not None else [],
        "site_debug": settings.DEBUG,
    }
