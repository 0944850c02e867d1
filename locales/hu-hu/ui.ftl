# docloc UI strings: Hungarian (Hungary) (hu-hu). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Ugrás a fő tartalomra
menu = Menü
table-of-contents = Tartalomjegyzék
in-this-article = Ebben a cikkben
language-switcher = Nyelv
breadcrumb = Navigációs útvonal
footer-text = Tartalom minden nyelven, a docloc segítségével készítve

article-date = Utolsó frissítés: { $date }

fallback-notice = Ez a lap még nem érhető el a következő nyelven: { $locale }. Ön a következő nyelvű változatot olvassa: { $fallback }.
fallback-badge = Nincs lefordítva

alert-note = Megjegyzés
alert-tip = Tipp
alert-important = Fontos
alert-caution = Figyelem
alert-warning = Figyelmeztetés

image-enlarge = Válassza ki a nagyításhoz
image-description = A kép leírása
video-link = Videó megtekintése
tab-list-label = Válasszon lapot

redirect-title = A lap áthelyeződött
redirect-notice = Ez a lap új helyre került: { $url }
redirect-link = Ugrás az új lapra

root-choose-language = Válassza ki a nyelvet
landing-more = Továbbiak megjelenítése
hub-highlights = Kiemelt tartalom
stale-notice = Ez a fordítás régebbi, mint a lap legújabb változata.
stale-notice-sections = A fordítás óta módosult szakaszok: { $sections }.
stale-newest-link = A legújabb változat elolvasása ({ $language })
switcher-stale = régebbi változat


## Search

search = Keresés
search-results = Keresési eredmények
search-no-results = Nincs találat a következőre: „{ $query }”
search-loading = Keresés folyamatban…
search-unavailable = A keresés itt nem érhető el.

## Page not found (404.html)

not-found-title = A lap nem található
not-found-text = A keresett lap nem létezik, vagy áthelyezték.
not-found-home = Ugrás a kezdőlapra

## End of an article

article-navigation = Előző és következő cikk
previous-article = Előző
next-article = Következő

## Code blocks

code-copy = Másolás
code-copied = Másolva
code-language = Kód nyelve

## Page actions and notices

edit-page = Szerkesztés
mt-notice = Ezt a cikket gépi fordítással fordították le.
mt-notice-source = Eredeti verzió: { $locale }
