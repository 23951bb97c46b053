"""The un-terms pack: pack.yml and the Python checks its records name."""
