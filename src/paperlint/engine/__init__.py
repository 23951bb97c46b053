"""The rule engine: rule records loaded from packs, kinds that run them, and the runner."""
