# UI strings of bilingual side-by-side (sxs) pages, whose every sentence carries its
# English source (see templates/partials/bilingual.html).

# The page-level toggle that shows every sentence's English source instead of the translation.
bilingual-show-english = Show English
# The same toggle, while the English is shown: back to the translation.
bilingual-show-translation = Show translation
# How a reader finds one sentence's English source.
bilingual-hint = Point to or select a sentence to see its English source.
