"""Pure rules: forms, validation, problems, errors, indicators, locations (no Qt, SQL or HTTP)."""
