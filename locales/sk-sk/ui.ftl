# docloc UI strings: Slovak (Slovakia) (sk-sk). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Preskočiť na hlavný obsah
menu = Ponuka
table-of-contents = Obsah
in-this-article = V tomto článku
language-switcher = Jazyk
breadcrumb = Navigačná cesta
footer-text = Obsah vo všetkých jazykoch, vytvorené pomocou nástroja docloc

article-date = Posledná aktualizácia: { $date }

fallback-notice = Táto stránka zatiaľ nie je k dispozícii v jazyku { $locale }. Čítate verziu v jazyku { $fallback }.
fallback-badge = Nepreložené

alert-note = Poznámka
alert-tip = Tip
alert-important = Dôležité
alert-caution = Upozornenie
alert-warning = Varovanie

image-enlarge = Výberom zväčšíte
image-description = Popis obrázka
video-link = Pozrite si video
tab-list-label = Vyberte kartu

redirect-title = Stránka bola presunutá
redirect-notice = Táto stránka bola presunutá na adresu { $url }.
redirect-link = Prejsť na novú stránku

root-choose-language = Vyberte si jazyk
landing-more = Zobraziť viac
hub-highlights = Odporúčaný obsah
stale-notice = Tento preklad je starší ako najnovšia verzia tejto stránky.
stale-notice-sections = Odvtedy zmenené sekcie: { $sections }.
stale-newest-link = Prečítajte si najnovšiu verziu ({ $language })
switcher-stale = staršia verzia


## Search

search = Hľadať
search-results = Výsledky hľadania
search-no-results = Pre „{ $query }“ sa nenašli žiadne výsledky
search-loading = Hľadá sa…
search-unavailable = Hľadanie tu nie je k dispozícii.

## Page not found (404.html)

not-found-title = Stránka sa nenašla
not-found-text = Stránka, ktorú hľadáte, neexistuje alebo bola presunutá.
not-found-home = Prejsť na domovskú stránku

## End of an article

article-navigation = Predchádzajúci a nasledujúci článok
previous-article = Predchádzajúce
next-article = Ďalej

## Code blocks

code-copy = Kopírovať
code-copied = Skopírované
code-language = Jazyk kódu

## Page actions and notices

edit-page = Upraviť
mt-notice = Tento článok bol preložený strojovo.
mt-notice-source = Pôvodná verzia: { $locale }
