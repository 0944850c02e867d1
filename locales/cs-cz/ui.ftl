# docloc UI strings: Czech (Czechia) (cs-cz). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Přeskočit na hlavní obsah
menu = Nabídka
table-of-contents = Obsah
in-this-article = V tomto článku
language-switcher = Jazyk
breadcrumb = Popis cesty
footer-text = Obsah ve všech jazycích, vytvořeno pomocí nástroje docloc

article-date = Poslední aktualizace: { $date }

fallback-notice = Tato stránka zatím není k dispozici v jazyce { $locale }. Čtete verzi v jazyce { $fallback }.
fallback-badge = Nepřeloženo

alert-note = Poznámka
alert-tip = Tip
alert-important = Důležité
alert-caution = Upozornění
alert-warning = Varování

image-enlarge = Výběrem zvětšíte
image-description = Popis obrázku
video-link = Podívejte se na video
tab-list-label = Vyberte kartu

redirect-title = Stránka byla přesunuta
redirect-notice = Tato stránka byla přesunuta na adresu { $url }.
redirect-link = Přejít na novou stránku

root-choose-language = Vyberte jazyk
landing-more = Zobrazit více
hub-highlights = Doporučený obsah
stale-notice = Tento překlad je starší než nejnovější verze této stránky.
stale-notice-sections = Oddíly změněné od překladu: { $sections }.
stale-newest-link = Přečtěte si nejnovější verzi ({ $language })
switcher-stale = starší verze


## Search

search = Hledat
search-results = Výsledky hledání
search-no-results = Pro „{ $query }“ nejsou žádné výsledky
search-loading = Hledá se…
search-unavailable = Hledání tady není k dispozici.

## Page not found (404.html)

not-found-title = Stránka nebyla nalezena
not-found-text = Stránka, kterou hledáte, neexistuje nebo byla přesunuta.
not-found-home = Přejít na domovskou stránku

## End of an article

article-navigation = Předchozí a další článek
previous-article = Předchozí
next-article = Další

## Code blocks

code-copy = Kopírovat
code-copied = Zkopírováno
code-language = Jazyk kódu

## Page actions and notices

edit-page = Upravit
mt-notice = Tento článek byl přeložen strojově.
mt-notice-source = Původní verze: { $locale }
