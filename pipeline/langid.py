"""Offline language identification: py3langid's bundled model, loaded once, no downloads."""

from __future__ import annotations

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Longest sample handed to the model: cost grows linearly with input and 600 characters
# already decide the language of a news body (about 0.17 ms per call on one core).
MAX_SAMPLE_CHARS = 600


@functools.cache
def _identifier() -> LanguageIdentifier:
    """The bundled model, loaded on first use (~0.4 s): processes that never classify never pay for it."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# py3langid also knows languages that have no ISO 639-1 code; the published column is ISO 639-1,
# so a variety maps to its macrolanguage where one exists (Egyptian Arabic -> ar), else to 'und'.
_MACROLANGUAGE = {"arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "gug": "gn", "hbo": "he", "grc": "el"}


def iso639_1(code: str) -> str:
    """The ISO 639-1 code of a py3langid label ('und' when the language has none)."""
    if len(code) == 2:
        return code
    if code in _MACROLANGUAGE:
        return _MACROLANGUAGE[code]
    import pycountry

    lang = pycountry.languages.get(alpha_3=code)
    return getattr(lang, "alpha_2", None) or "und"


def _sample(text: str, *, max_chars: int) -> str:
    """The middle max_chars of text: bodies often open with a dateline and end with a note."""
    if len(text) <= max_chars:
        return text
    start = (len(text) - max_chars) // 2
    return text[start : start + max_chars]


def detect_language(text: str, *, max_chars: int = MAX_SAMPLE_CHARS) -> tuple[str, float]:
    """ISO 639-1 code and probability of text's language; ('und', 0.0) when it has no letters."""
    sample = _sample(text.replace("\x00", ""), max_chars=max_chars)
    if not any(ch.isalpha() for ch in sample):
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    return iso639_1(str(lang)), float(prob)
