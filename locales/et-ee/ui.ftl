# docloc UI strings: Estonian (Estonia) (et-ee). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Liigu põhisisu juurde
menu = Menüü
table-of-contents = Sisukord
in-this-article = Selles artiklis
language-switcher = Keel
breadcrumb = Navigeerimisrada
footer-text = Sisu kõigis keeltes, koostatud docloc’iga

article-date = Viimati värskendatud: { $date }

fallback-notice = See leht pole veel keeles { $locale } saadaval. Loete lehe versiooni keeles { $fallback }.
fallback-badge = Tõlkimata

alert-note = Märkus
alert-tip = Näpunäide
alert-important = Tähtis
alert-caution = Ettevaatust
alert-warning = Hoiatus

image-enlarge = Valige suurendamiseks
image-description = Pildi kirjeldus
video-link = Vaadake videot
tab-list-label = Valige vahekaart

redirect-title = Leht on teisaldatud
redirect-notice = See leht on teisaldatud aadressile { $url }.
redirect-link = Mine uuele lehele

root-choose-language = Valige keel
landing-more = Kuva rohkem
hub-highlights = Esiletõstetud sisu
stale-notice = See tõlge on vanem kui selle lehe uusim versioon.
stale-notice-sections = Pärast tõlkimist muudetud jaotised: { $sections }.
stale-newest-link = Lugege uusimat versiooni ({ $language })
switcher-stale = vanem versioon


## Search

search = Otsi
search-results = Otsingutulemid
search-no-results = Päringule „{ $query }“ ei leitud tulemusi
search-loading = Otsimine…
search-unavailable = Otsing pole siin saadaval.

## Page not found (404.html)

not-found-title = Lehte ei leitud
not-found-text = Otsitavat lehte pole olemas või see on teisaldatud.
not-found-home = Mine avalehele

## End of an article

article-navigation = Eelmine ja järgmine artikkel
previous-article = Eelmine
next-article = Järgmine

## Code blocks

code-copy = Kopeeri
code-copied = Kopeeritud
code-language = Koodi keel

## Page actions and notices

edit-page = Redigeeri
mt-notice = See artikkel on masintõlgitud.
mt-notice-source = Algversioon: { $locale }
