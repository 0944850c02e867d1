# docloc UI strings: Slovenian (Slovenia) (sl-si). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Preskoči na glavno vsebino
menu = Meni
table-of-contents = Kazalo vsebine
in-this-article = V tem članku
language-switcher = Jezik
breadcrumb = Drobtinice
footer-text = Vsebina v vseh jezikih, izdelano z orodjem docloc

article-date = Zadnja posodobitev: { $date }

fallback-notice = Ta stran še ni na voljo v jeziku { $locale }. Berete različico v jeziku { $fallback }.
fallback-badge = Ni prevedeno

alert-note = Opomba
alert-tip = Namig
alert-important = Pomembno
alert-caution = Previdno
alert-warning = Opozorilo

image-enlarge = Izberite za povečavo
image-description = Opis slike
video-link = Oglejte si videoposnetek
tab-list-label = Izberite zavihek

redirect-title = Stran je premaknjena
redirect-notice = Ta stran je bila premaknjena na { $url }.
redirect-link = Pojdi na novo stran

root-choose-language = Izberite jezik
landing-more = Prikaži več
hub-highlights = Izpostavljena vsebina
stale-notice = Ta prevod je starejši od najnovejše različice te strani.
stale-notice-sections = Od takrat spremenjeni razdelki: { $sections }.
stale-newest-link = Preberite najnovejšo različico ({ $language })
switcher-stale = starejša različica


## Search

search = Iskanje
search-results = Rezultati iskanja
search-no-results = Ni rezultatov za »{ $query }«
search-loading = Iskanje …
search-unavailable = Iskanje tukaj ni na voljo.

## Page not found (404.html)

not-found-title = Strani ni mogoče najti
not-found-text = Stran, ki jo iščete, ne obstaja ali pa je bila premaknjena.
not-found-home = Pojdi na domačo stran

## End of an article

article-navigation = Prejšnji in naslednji članek
previous-article = Prejšnje
next-article = Naslednje

## Code blocks

code-copy = Kopiraj
code-copied = Kopirano
code-language = Jezik kode

## Page actions and notices

edit-page = Uredi
mt-notice = Ta članek je bil strojno preveden.
mt-notice-source = Izvirna različica: { $locale }
