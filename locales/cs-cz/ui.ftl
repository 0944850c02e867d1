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
