# docloc UI strings: Croatian (Croatia) (hr-hr). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Preskoči na glavni sadržaj
menu = Izbornik
table-of-contents = Sadržaj
in-this-article = U ovom članku
language-switcher = Jezik
breadcrumb = Navigacijski put
footer-text = Sadržaj na svim jezicima, izrađeno pomoću alata docloc

article-date = Zadnje ažuriranje: { $date }

fallback-notice = Ova stranica još nije dostupna na jeziku { $locale }. Čitate verziju na jeziku { $fallback }.
fallback-badge = Nije prevedeno

alert-note = Napomena
alert-tip = Savjet
alert-important = Važno
alert-caution = Oprez
alert-warning = Upozorenje

image-enlarge = Odaberite za povećanje
image-description = Opis slike
video-link = Pogledajte videozapis
tab-list-label = Odaberite karticu

redirect-title = Stranica je premještena
redirect-notice = Ova je stranica premještena na adresu { $url }.
redirect-link = Idi na novu stranicu

root-choose-language = Odaberite jezik
landing-more = Prikaži više
hub-highlights = Istaknuti sadržaj
stale-notice = Ovaj je prijevod stariji od najnovije verzije ove stranice.
stale-notice-sections = Odjeljci promijenjeni od tada: { $sections }.
stale-newest-link = Pročitajte najnoviju verziju ({ $language })
switcher-stale = starija verzija


## Search

search = Pretraživanje
search-results = Rezultati pretraživanja
search-no-results = Nema rezultata za „{ $query }”
search-loading = Pretraživanje…
search-unavailable = Pretraživanje ovdje nije dostupno.

## Page not found (404.html)

not-found-title = Stranica nije pronađena
not-found-text = Stranica koju tražite ne postoji ili je premještena.
not-found-home = Idi na početnu stranicu

## End of an article

article-navigation = Prethodni i sljedeći članak
previous-article = Prethodno
next-article = Sljedeće

## Code blocks

code-copy = Kopiraj
code-copied = Kopirano
code-language = Jezik koda

## Page actions and notices

edit-page = Uredi
mt-notice = Ovaj je članak strojno preveden.
mt-notice-source = Izvorna verzija: { $locale }
