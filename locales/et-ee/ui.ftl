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
