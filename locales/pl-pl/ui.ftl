# docloc UI strings: Polish (Poland) (pl-pl). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Przejdź do treści głównej
menu = Menu
table-of-contents = Spis treści
in-this-article = W tym artykule
language-switcher = Język
breadcrumb = Ścieżka nawigacji
footer-text = Treści we wszystkich językach, zbudowane za pomocą docloc

article-date = Ostatnia aktualizacja: { $date }

fallback-notice = Ta strona nie jest jeszcze dostępna w języku: { $locale }. Czytasz wersję w języku: { $fallback }.
fallback-badge = Brak tłumaczenia

alert-note = Uwaga
alert-tip = Porada
alert-important = Ważne
alert-caution = Przestroga
alert-warning = Ostrzeżenie

image-enlarge = Wybierz, aby powiększyć
image-description = Opis obrazu
video-link = Obejrzyj wideo
tab-list-label = Wybierz kartę

redirect-title = Strona została przeniesiona
redirect-notice = Ta strona została przeniesiona pod adres { $url }.
redirect-link = Przejdź do nowej strony

root-choose-language = Wybierz język
landing-more = Zobacz więcej
hub-highlights = Polecane treści
stale-notice = To tłumaczenie jest starsze niż najnowsza wersja tej strony.
stale-notice-sections = Sekcje zmienione od tego czasu: { $sections }.
stale-newest-link = Przeczytaj najnowszą wersję ({ $language })
switcher-stale = starsza wersja


## Search

search = Wyszukaj
search-results = Wyniki wyszukiwania
search-no-results = Brak wyników dla „{ $query }”
search-loading = Trwa wyszukiwanie…
search-unavailable = Wyszukiwanie nie jest tutaj dostępne.

## Page not found (404.html)

not-found-title = Nie znaleziono strony
not-found-text = Szukana strona nie istnieje lub została przeniesiona.
not-found-home = Przejdź do strony głównej

## End of an article

article-navigation = Poprzedni i następny artykuł
previous-article = Poprzedni
next-article = Następny

## Code blocks

code-copy = Kopiuj
code-copied = Skopiowano
code-language = Język kodu

## Page actions and notices

edit-page = Edytuj
mt-notice = Ten artykuł został przetłumaczony maszynowo.
mt-notice-source = Wersja oryginalna: { $locale }
