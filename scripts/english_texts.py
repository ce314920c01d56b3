ENGLISH: dict[str, str] = {}
BY_CONTEXT: dict[tuple[str, str], str] = {}
