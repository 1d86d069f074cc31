from django import template

from ..audit import action_label, change_rows

register = template.Library()

register.filter("action_label", action_label)
register.filter("change_rows", change_rows)
