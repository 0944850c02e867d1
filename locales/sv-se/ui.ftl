# Gränssnittssträngar för dokumentationswebbplatsen (svenska).

## Språkinställning

language-name = Svenska

## Webbplatsens ramar

skip-to-content = Hoppa till huvudinnehållet
menu = Meny
table-of-contents = Innehållsförteckning
in-this-article = I den här artikeln
language-switcher = Språk
breadcrumb = Sökväg
footer-text = Innehåll på alla språk, byggt med docloc

## Datum

article-date = Senast uppdaterad { $date }
date-format = { $year }-{ $month2 }-{ $day2 }

## Reservspråk (sidan visas på ett annat språk)

fallback-notice = Den här sidan finns inte på { $locale } än. Du läser versionen på { $fallback }.
fallback-badge = Inte översatt

## Rubriker för aviseringar

alert-note = Obs!
alert-tip = Tips
alert-important = Viktigt
alert-caution = Försiktighet
alert-warning = Varning

## Media och flikar

image-enlarge = Välj för att förstora
image-description = Bildbeskrivning
video-link = Titta på videon
tab-list-label = Välj en flik

## Omdirigeringssidor

redirect-title = Sidan har flyttats
redirect-notice = Den här sidan har flyttats till { $url }.
redirect-link = Gå till den nya sidan

## Startsida, landningssidor och hubbar

root-choose-language = Välj språk
landing-more = Visa mer
hub-highlights = Utvalt innehåll
