from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from ..panels import object_panels as panels_for_object

register = template.Library()


@register.simple_tag(takes_context=True)
def object_panels(context, obj):
    """The sections other apps add to this object's page, rendered in their order."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None:
        return ""
    rendered = (
        render_to_string(panel.template, {"panel": panel, **panel.context}, request=request)
        for panel in panels_for_object(obj, user)
    )
    return mark_safe("".join(rendered))  # each part is a rendered template
