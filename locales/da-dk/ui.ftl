# docloc UI strings: Danish (Denmark) (da-dk). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Spring til hovedindhold
menu = Menu
table-of-contents = Indholdsfortegnelse
in-this-article = I denne artikel
language-switcher = Sprog
breadcrumb = Brødkrummesti
footer-text = Indhold på alle sprog, bygget med docloc

article-date = Senest opdateret den { $date }

fallback-notice = Denne side findes endnu ikke på { $locale }. Du læser versionen på { $fallback }.
fallback-badge = Ikke oversat

alert-note = Bemærk
alert-tip = Tip
alert-important = Vigtigt
alert-caution = Forsigtig
alert-warning = Advarsel

image-enlarge = Vælg for at forstørre
image-description = Billedbeskrivelse
video-link = Se videoen
tab-list-label = Vælg en fane

redirect-title = Siden er flyttet
redirect-notice = Denne side er flyttet til { $url }.
redirect-link = Gå til den nye side

root-choose-language = Vælg dit sprog
landing-more = Se mere
hub-highlights = Fremhævet indhold
stale-notice = Denne oversættelse er ældre end den nyeste version af denne side.
stale-notice-sections = Afsnit, der er ændret siden: { $sections }.
stale-newest-link = Læs den nyeste version ({ $language })
switcher-stale = ældre version


## Search

search = Søg
search-results = Søgeresultater
search-no-results = Ingen resultater for “{ $query }”
search-loading = Søger…
search-unavailable = Søgning er ikke tilgængelig her.

## Page not found (404.html)

not-found-title = Siden blev ikke fundet
not-found-text = Den side, du leder efter, findes ikke eller er flyttet.
not-found-home = Gå til startsiden

## End of an article

article-navigation = Forrige og næste artikel
previous-article = Forrige
next-article = Næste

## Code blocks

code-copy = Kopiér
code-copied = Kopieret
code-language = Kodesprog

## Page actions and notices

edit-page = Rediger
mt-notice = Denne artikel er maskinoversat.
mt-notice-source = Oprindelig version: { $locale }
