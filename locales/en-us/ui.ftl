# UI strings for the docloc theme: site chrome, alert titles, notices.
# Message ids are kebab-case; templates see them as `t.<id with _>`.
# Every locale folder has this file with every message translated; `docloc`
# reports a missing message (ftl-missing-message) or a message whose variables
# differ from the ones used here (ftl-variable-mismatch).
#
# Not translated here, because CLDR already has them:
# - dates (the `$date` below) are formatted in the locale's CLDR long style;
# - locale names in the language switcher are CLDR's names of each locale in its
#   own language ("Deutsch (Deutschland)"). A locale may override its name with a
#   `language-name` message, as zh-cn and zh-tw do to match Microsoft Learn.
#
# Where Microsoft Learn shows the same text, use Learn's wording for the locale.

## Site chrome

# Link for keyboard and screen reader users that jumps over the header.
skip-to-content = Skip to main content
# Label of the button that opens the navigation on small screens.
menu = Menu
# Heading and accessible name of the article navigation (the TOC).
table-of-contents = Table of contents
# Heading of the list of the article's sections, beside the article.
in-this-article = In this article
# Label of the language switcher.
language-switcher = Language
# Accessible name of the breadcrumb navigation above the title.
breadcrumb = Breadcrumb
footer-text = Content in every locale, built with docloc

## Dates

# $date (String) - the page's `ms.date`, already formatted in the locale's CLDR
# long date style ("May 20, 2021", "20. Mai 2021", "2021年5月20日").
article-date = Last updated { $date }

## Fallback (the page is shown in another locale)

# $locale (String) - the reader's locale name; $fallback (String) - the shown locale's name.
# Both are locale names in their own language ("Svenska (Sverige)"), so they
# cannot be inflected: phrase the sentence so that a bare name fits.
fallback-notice = This page is not available in { $locale } yet. You are reading the { $fallback } version.
# Short mark next to a locale in the language switcher whose page is a fallback.
fallback-badge = Not translated

## Alert titles (DocFX `> [!NOTE]` and friends), as Microsoft Learn shows them

alert-note = Note
alert-tip = Tip
alert-important = Important
alert-caution = Caution
alert-warning = Warning

## Media and tabs

# Title of a screenshot that opens at full size when selected.
image-enlarge = Select to enlarge
# Summary of the long description of a complex image.
image-description = Image description
video-link = Watch the video
# Accessible name of a group of content tabs.
tab-list-label = Choose a tab

## Redirect pages

redirect-title = Page moved
# $url (String) - the new address.
redirect-notice = This page has moved to { $url }.
redirect-link = Go to the new page

## Site root, landing and hub pages

root-choose-language = Choose your language
# Link under a landing page card to the rest of its links.
landing-more = See more
hub-highlights = Featured content

# Notice on a translation made from an older version of its source. $sections: the
# changed sections' titles, comma-separated. $language: the newest version's language.
stale-notice = This translation is older than the latest version of this page.
stale-notice-sections = Changed since: { $sections }.
stale-newest-link = Read the latest version ({ $language })
# Mark beside a language in the switcher whose translation is older.
switcher-stale = older version

## Search

# Label of the search box in the header (also its placeholder).
search = Search
# Accessible name of the list of search results.
search-results = Search results
# $query (String) - what the reader typed.
search-no-results = No results for “{ $query }”
# Shown while the search index loads and the query runs.
search-loading = Searching…
# Shown when the search index cannot be loaded (for example from a file: URL).
search-unavailable = Search is not available here.

## Page not found (404.html)

not-found-title = Page not found
not-found-text = The page you are looking for does not exist or has moved.
not-found-home = Go to the home page

## End of an article

# Accessible name of the previous/next links, in TOC order.
article-navigation = Previous and next articles
previous-article = Previous
next-article = Next

## Code blocks

# Button that copies a code block; its text after copying.
code-copy = Copy
code-copied = Copied
# Hidden label read before a code block's language name ("Code language: JSON").
code-language = Code language

## Page actions and notices

# Link to the page's source file in the repository (config `edit_url`).
edit-page = Edit
# Shown on pages whose front matter has `ms.translationtype: MT`.
mt-notice = This article was translated by machine.
# $locale (String) - name of the locale the content was translated from, in its own
# language; a link to that page.
mt-notice-source = Original version: { $locale }
