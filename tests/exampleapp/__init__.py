"""A small app that exists only in the test settings: it shows that a new module plugs into
the house (an approvable kind, a state machine, a dashboard panel) through core's registries,
without a line changed in meetings or the dashboard."""
