# lifelines interface strings, French. Missing strings fall back to English.
