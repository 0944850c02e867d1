# docloc UI strings: Finnish (Finland) (fi-fi). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Siirry pääsisältöön
menu = Valikko
table-of-contents = Sisällysluettelo
in-this-article = Tässä artikkelissa
language-switcher = Kieli
breadcrumb = Navigointipolku
footer-text = Sisältöä kaikilla kielillä, luotu docloc-työkalulla

article-date = Päivitetty viimeksi { $date }

fallback-notice = Tätä sivua ei ole vielä saatavilla kielellä { $locale }. Luet sivun versiota kielellä { $fallback }.
fallback-badge = Ei käännetty

alert-note = Huomautus
alert-tip = Vihje
alert-important = Tärkeä
alert-caution = Huomio
alert-warning = Varoitus

image-enlarge = Suurenna valitsemalla
image-description = Kuvan kuvaus
video-link = Katso video
tab-list-label = Valitse välilehti

redirect-title = Sivu on siirretty
redirect-notice = Tämä sivu on siirretty osoitteeseen { $url }.
redirect-link = Siirry uudelle sivulle

root-choose-language = Valitse kieli
landing-more = Näytä lisää
hub-highlights = Suositeltu sisältö
stale-notice = Tämä käännös on vanhempi kuin tämän sivun uusin versio.
stale-notice-sections = Käännöksen jälkeen muuttuneet osiot: { $sections }.
stale-newest-link = Lue uusin versio ({ $language })
switcher-stale = vanhempi versio
