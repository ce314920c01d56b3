"""Fonts, translations and icons shipped with the program (loaded via importlib.resources)."""
