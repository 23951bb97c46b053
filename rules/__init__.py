"""Built-in rule packs, shipped in the wheel as paperlint.rules: one folder per pack (`pack.yml`
and the Python checks its records name), and the shared vocabularies."""
