# Ciągi interfejsu witryny dokumentacji (polski).

## Ustawienia regionalne

language-name = Polski

## Elementy witryny

skip-to-content = Przejdź do treści głównej
menu = Menu
table-of-contents = Spis treści
in-this-article = W tym artykule
language-switcher = Język
breadcrumb = Ścieżka nawigacji
footer-text = Treści we wszystkich językach, zbudowane za pomocą docloc

## Daty

article-date = Ostatnia aktualizacja: { $date }
date-format = { $day2 }.{ $month2 }.{ $year }

## Wersja zastępcza (strona wyświetlana w innym języku)

fallback-notice = Ta strona nie jest jeszcze dostępna w języku: { $locale }. Czytasz wersję w języku: { $fallback }.
fallback-badge = Brak tłumaczenia

## Tytuły alertów

alert-note = Uwaga
alert-tip = Porada
alert-important = Ważne
alert-caution = Przestroga
alert-warning = Ostrzeżenie

## Multimedia i karty

image-enlarge = Wybierz, aby powiększyć
image-description = Opis obrazu
video-link = Obejrzyj wideo
tab-list-label = Wybierz kartę

## Strony przekierowania

redirect-title = Strona została przeniesiona
redirect-notice = Ta strona została przeniesiona pod adres { $url }.
redirect-link = Przejdź do nowej strony

## Strona główna, strony docelowe i centra

root-choose-language = Wybierz język
landing-more = Zobacz więcej
hub-highlights = Polecane treści
