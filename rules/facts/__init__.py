"""The facts pack: pack.yml and the Python checks its records name."""
