# UI strings for the docloc theme: site chrome, alert titles, notices.
# Message ids are kebab-case; templates see them as `t.<id with _>`.

## Locale

# The locale's name in its own language, shown in the language switcher.
language-name = English (United States)

## Site chrome

skip-to-content = Skip to main content
# Label of the button that opens the navigation on small screens.
menu = Menu
table-of-contents = Table of contents
in-this-article = In this article
# Label of the language switcher.
language-switcher = Language
breadcrumb = Breadcrumb
footer-text = Content in every locale, built with docloc

## Dates

# $date (String) - a date already formatted with `date-format`.
article-date = Last updated { $date }
# $year, $month, $day (Number) - the date's parts, month 1-12;
# $month2, $day2 (String) - month and day zero-padded to two digits.
date-format = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }

## Fallback (the page is shown in another locale)

# $locale (String) - the reader's locale name; $fallback (String) - the shown locale's name.
fallback-notice = This page is not available in { $locale } yet. You are reading the { $fallback } version.
# Short mark next to a locale in the language switcher whose page is a fallback.
fallback-badge = Not translated

## Alert titles (DocFX `> [!NOTE]` and friends)

alert-note = Note
alert-tip = Tip
alert-important = Important
alert-caution = Caution
alert-warning = Warning

## Media and tabs

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
landing-more = See more
hub-highlights = Featured content
