# docloc UI strings: Serbian, Latin (Serbia) (sr-latn-rs). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Pređi na glavni sadržaj
menu = Meni
table-of-contents = Sadržaj
in-this-article = U ovom članku
language-switcher = Jezik
breadcrumb = Putanja navigacije
footer-text = Sadržaj na svim jezicima, napravljeno pomoću alatke docloc

article-date = Poslednje ažuriranje: { $date }

fallback-notice = Ova stranica još nije dostupna na jeziku { $locale }. Čitate verziju na jeziku { $fallback }.
fallback-badge = Nije prevedeno

alert-note = Napomena
alert-tip = Savet
alert-important = Važno
alert-caution = Oprez
alert-warning = Upozorenje

image-enlarge = Izaberite da biste uvećali
image-description = Opis slike
video-link = Pogledajte video
tab-list-label = Izaberite karticu

redirect-title = Stranica je premeštena
redirect-notice = Ova stranica je premeštena na adresu { $url }.
redirect-link = Idi na novu stranicu

root-choose-language = Izaberite jezik
landing-more = Prikaži još
hub-highlights = Istaknuti sadržaj
stale-notice = Ovaj prevod je stariji od najnovije verzije ove stranice.
stale-notice-sections = Odeljci promenjeni od tada: { $sections }.
stale-newest-link = Pročitajte najnoviju verziju ({ $language })
switcher-stale = starija verzija


## Search

search = Pretraga
search-results = Rezultati pretrage
search-no-results = Nema rezultata za „{ $query }“
search-loading = Pretraga je u toku…
search-unavailable = Pretraga ovde nije dostupna.

## Page not found (404.html)

not-found-title = Stranica nije pronađena
not-found-text = Stranica koju tražite ne postoji ili je premeštena.
not-found-home = Idi na početnu stranicu

## End of an article

article-navigation = Prethodni i sledeći članak
previous-article = Prethodno
next-article = Sledeće

## Code blocks

code-copy = Kopiraj
code-copied = Kopirano
code-language = Jezik koda

## Page actions and notices

edit-page = Uredi
mt-notice = Ovaj članak je mašinski preveden.
mt-notice-source = Originalna verzija: { $locale }
