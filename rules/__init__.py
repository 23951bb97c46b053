"""Built-in rule packs: YAML data, shipped in the wheel as paperlint.rules."""
