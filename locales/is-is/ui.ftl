# docloc UI strings: Icelandic (Iceland) (is-is). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Fara í aðalefni
menu = Valmynd
table-of-contents = Efnisyfirlit
in-this-article = Í þessari grein
language-switcher = Tungumál
breadcrumb = Brauðmolaslóð
footer-text = Efni á öllum tungumálum, smíðað með docloc

article-date = Síðast uppfært { $date }

fallback-notice = Þessi síða er ekki enn til á tungumálinu { $locale }. Þú ert að lesa útgáfuna á tungumálinu { $fallback }.
fallback-badge = Ekki þýtt

alert-note = Athugasemd
alert-tip = Ábending
alert-important = Mikilvægt
alert-caution = Varúð
alert-warning = Viðvörun

image-enlarge = Veldu til að stækka
image-description = Lýsing myndar
video-link = Horfa á myndskeiðið
tab-list-label = Veldu flipa

redirect-title = Síðan hefur verið færð
redirect-notice = Þessi síða hefur verið færð á { $url }.
redirect-link = Fara á nýju síðuna

root-choose-language = Veldu tungumál
landing-more = Sjá meira
hub-highlights = Valið efni
stale-notice = Þessi þýðing er eldri en nýjasta útgáfa þessarar síðu.
stale-notice-sections = Hlutar sem hafa breyst síðan: { $sections }.
stale-newest-link = Lesa nýjustu útgáfuna ({ $language })
switcher-stale = eldri útgáfa


## Search

search = Leita
search-results = Leitarniðurstöður
search-no-results = Engar niðurstöður fyrir „{ $query }“
search-loading = Leitar…
search-unavailable = Leit er ekki í boði hér.

## Page not found (404.html)

not-found-title = Síðan fannst ekki
not-found-text = Síðan sem þú leitar að er ekki til eða hefur verið færð.
not-found-home = Fara á forsíðu

## End of an article

article-navigation = Fyrri og næsta grein
previous-article = Fyrri
next-article = Næsta

## Code blocks

code-copy = Afrita
code-copied = Afritað
code-language = Forritunarmál

## Page actions and notices

edit-page = Breyta
mt-notice = Þessi grein var vélþýdd.
mt-notice-source = Upprunaleg útgáfa: { $locale }
