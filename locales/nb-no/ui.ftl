# docloc UI strings: Norwegian Bokmål (Norway) (nb-no). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Gå til hovedinnhold
menu = Meny
table-of-contents = Innholdsfortegnelse
in-this-article = I denne artikkelen
language-switcher = Språk
breadcrumb = Navigasjonssti
footer-text = Innhold på alle språk, bygget med docloc

article-date = Sist oppdatert { $date }

fallback-notice = Denne siden er ikke tilgjengelig på { $locale } ennå. Du leser versjonen på { $fallback }.
fallback-badge = Ikke oversatt

alert-note = Merknad
alert-tip = Tips
alert-important = Viktig
alert-caution = Forsiktig
alert-warning = Advarsel

image-enlarge = Velg for å forstørre
image-description = Bildebeskrivelse
video-link = Se videoen
tab-list-label = Velg en fane

redirect-title = Siden er flyttet
redirect-notice = Denne siden er flyttet til { $url }.
redirect-link = Gå til den nye siden

root-choose-language = Velg språk
landing-more = Se mer
hub-highlights = Fremhevet innhold
stale-notice = Denne oversettelsen er eldre enn den nyeste versjonen av denne siden.
stale-notice-sections = Avsnitt som er endret siden: { $sections }.
stale-newest-link = Les den nyeste versjonen ({ $language })
switcher-stale = eldre versjon


## Search

search = Søk
search-results = Søkeresultater
search-no-results = Ingen resultater for «{ $query }»
search-loading = Søker …
search-unavailable = Søk er ikke tilgjengelig her.

## Page not found (404.html)

not-found-title = Finner ikke siden
not-found-text = Siden du leter etter, finnes ikke eller er flyttet.
not-found-home = Gå til startsiden

## End of an article

article-navigation = Forrige og neste artikkel
previous-article = Forrige
next-article = Neste

## Code blocks

code-copy = Kopier
code-copied = Kopiert
code-language = Kodespråk

## Page actions and notices

edit-page = Rediger
mt-notice = Denne artikkelen er maskinoversatt.
mt-notice-source = Opprinnelig versjon: { $locale }
