# docloc UI strings: Basque (Spain) (eu-es). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Joan eduki nagusira
menu = Menua
table-of-contents = Aurkibidea
in-this-article = Artikulu honetan
language-switcher = Hizkuntza
breadcrumb = Nabigazio-bidea
footer-text = Edukia hizkuntza guztietan, docloc bidez sortua

article-date = Azken eguneratzea: { $date }

fallback-notice = Orri hau ez dago oraindik hizkuntza honetan: { $locale }. Hizkuntza honetako bertsioa irakurtzen ari zara: { $fallback }.
fallback-badge = Itzuli gabe

alert-note = Oharra
alert-tip = Aholkua
alert-important = Garrantzitsua
alert-caution = Kontuz
alert-warning = Abisua

image-enlarge = Hautatu handitzeko
image-description = Irudiaren deskribapena
video-link = Ikusi bideoa
tab-list-label = Aukeratu fitxa bat

redirect-title = Orria lekuz aldatu da
redirect-notice = Orri hau helbide honetara eraman da: { $url }
redirect-link = Joan orri berrira

root-choose-language = Aukeratu hizkuntza
landing-more = Ikusi gehiago
hub-highlights = Eduki nabarmenduak
stale-notice = Itzulpen hau orri honen azken bertsioa baino zaharragoa da.
stale-notice-sections = Ordutik aldatutako atalak: { $sections }.
stale-newest-link = Irakurri azken bertsioa ({ $language })
switcher-stale = bertsio zaharragoa


## Search

search = Bilatu
search-results = Bilaketaren emaitzak
search-no-results = Ez dago emaitzarik “{ $query }” bilatzean
search-loading = Bilatzen…
search-unavailable = Bilaketa ez dago erabilgarri hemen.

## Page not found (404.html)

not-found-title = Ez da aurkitu orria
not-found-text = Bilatzen ari zaren orria ez dago edo lekuz aldatu da.
not-found-home = Joan hasierako orrira

## End of an article

article-navigation = Aurreko eta hurrengo artikuluak
previous-article = Aurrekoa
next-article = Hurrengoa

## Code blocks

code-copy = Kopiatu
code-copied = Kopiatuta
code-language = Kodearen lengoaia

## Page actions and notices

edit-page = Editatu
mt-notice = Artikulu hau makina bidez itzuli da.
mt-notice-source = Jatorrizko bertsioa: { $locale }
