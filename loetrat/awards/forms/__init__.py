"""The awards module's forms: cycles and their types, the secretariat's workspace filter and the
application pages."""
