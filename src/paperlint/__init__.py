"""paperlint: a linter and fact-check assistant for Model United Nations position papers."""

__version__ = "0.1.0"
