# lifelines interface strings, Spanish. Missing strings fall back to English.
