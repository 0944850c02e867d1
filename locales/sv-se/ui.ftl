# docloc UI strings: Swedish (Sweden) (sv-se). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Hoppa till huvudinnehållet
menu = Meny
table-of-contents = Innehållsförteckning
in-this-article = I den här artikeln
language-switcher = Språk
breadcrumb = Sökväg
footer-text = Innehåll på alla språk, byggt med docloc

article-date = Senast uppdaterad { $date }

fallback-notice = Den här sidan finns inte på { $locale } än. Du läser versionen på { $fallback }.
fallback-badge = Inte översatt

alert-note = Obs!
alert-tip = Tips
alert-important = Viktigt
alert-caution = Försiktighet
alert-warning = Varning

image-enlarge = Välj för att förstora
image-description = Bildbeskrivning
video-link = Titta på videon
tab-list-label = Välj en flik

redirect-title = Sidan har flyttats
redirect-notice = Den här sidan har flyttats till { $url }.
redirect-link = Gå till den nya sidan

root-choose-language = Välj språk
landing-more = Visa mer
hub-highlights = Utvalt innehåll
stale-notice = Den här översättningen är äldre än den senaste versionen av sidan.
stale-notice-sections = Avsnitt som har ändrats sedan dess: { $sections }.
stale-newest-link = Läs den senaste versionen ({ $language })
switcher-stale = äldre version


## Search

search = Sök
search-results = Sökresultat
search-no-results = Inga resultat för ”{ $query }”
search-loading = Söker…
search-unavailable = Sökning är inte tillgänglig här.

## Page not found (404.html)

not-found-title = Sidan hittades inte
not-found-text = Sidan du letar efter finns inte eller har flyttats.
not-found-home = Gå till startsidan

## End of an article

article-navigation = Föregående och nästa artikel
previous-article = Föregående
next-article = Nästa

## Code blocks

code-copy = Kopiera
code-copied = Kopierat
code-language = Kodspråk

## Page actions and notices

edit-page = Redigera
mt-notice = Den här artikeln har maskinöversatts.
mt-notice-source = Originalversion: { $locale }
