# docloc UI strings: Romanian (Romania) (ro-ro). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Salt la conținutul principal
menu = Meniu
table-of-contents = Cuprins
in-this-article = În acest articol
language-switcher = Limbă
breadcrumb = Traseu de navigare
footer-text = Conținut în toate limbile, creat cu docloc

article-date = Ultima actualizare: { $date }

fallback-notice = Această pagină nu este încă disponibilă în limba { $locale }. Citiți versiunea în limba { $fallback }.
fallback-badge = Netradus

alert-note = Notă
alert-tip = Sfat
alert-important = Important
alert-caution = Atenție
alert-warning = Avertisment

image-enlarge = Selectați pentru a mări
image-description = Descrierea imaginii
video-link = Urmăriți videoclipul
tab-list-label = Alegeți o filă

redirect-title = Pagina a fost mutată
redirect-notice = Această pagină a fost mutată la { $url }.
redirect-link = Accesați pagina nouă

root-choose-language = Alegeți limba
landing-more = Afișați mai multe
hub-highlights = Conținut recomandat
stale-notice = Această traducere este mai veche decât cea mai recentă versiune a acestei pagini.
stale-notice-sections = Secțiuni modificate de atunci: { $sections }.
stale-newest-link = Citiți cea mai recentă versiune ({ $language })
switcher-stale = versiune mai veche


## Search

search = Căutare
search-results = Rezultatele căutării
search-no-results = Niciun rezultat pentru „{ $query }”
search-loading = Se caută…
search-unavailable = Căutarea nu este disponibilă aici.

## Page not found (404.html)

not-found-title = Pagina nu a fost găsită
not-found-text = Pagina pe care o căutați nu există sau a fost mutată.
not-found-home = Accesați pagina de pornire

## End of an article

article-navigation = Articolul anterior și următorul
previous-article = Anterior
next-article = Următor

## Code blocks

code-copy = Copiați
code-copied = Copiat
code-language = Limbajul codului

## Page actions and notices

edit-page = Editați
mt-notice = Acest articol a fost tradus automat.
mt-notice-source = Versiunea originală: { $locale }
