# Teksty formularzy (schemat identyfikatorów opisano na początku locales/en-us/forms.ftl).

## Shared

form-locale = pl-pl
form-error-prefix = Błąd:{" "}
form-error-summary-title = Wystąpił problem
form-optional = (opcjonalnie)
form-select-choose = Wybierz opcję
form-check = Sprawdź roszczenie
form-download = Pobierz JSON
form-print = Drukuj roszczenie
form-clear = Wyczyść formularz
form-checklist-title = Lista kontrolna
form-checklist-progress = Ukończone pozycje: { $done } z { $total }
form-status-complete = Gotowe
form-status-incomplete = Niegotowe
form-status-not-needed = Niewymagane
form-draft-offer = W tej przeglądarce zapisano wersję roboczą tego roszczenia.
form-draft-offer-hint = Przywróć ją, aby kontynuować, albo ją odrzuć. Dopóki nie wybierzesz, nic nowego nie jest zapisywane.
form-draft-restore = Przywróć wersję roboczą
form-draft-discard = Odrzuć wersję roboczą
form-draft-restored = Przywrócono wersję roboczą.
form-draft-discarded = Odrzucono wersję roboczą.
form-saved-locally = Wprowadzone dane są przechowywane tylko w tej przeglądarce, jako wersja robocza dla tego języka. Nic nie jest nigdzie wysyłane.
form-no-script = Sprawdzanie odpowiedzi, wersja robocza i pobieranie wymagają JavaScriptu. Formularz można nadal przeczytać i wydrukować.
form-cleared = Wyczyszczono formularz i usunięto wersję roboczą.
form-valid = Nie znaleziono problemów. Pobierz lub wydrukuj roszczenie, a następnie wprowadź je w Centrum partnerskim.
form-print-title = Podsumowanie roszczenia

## CPOR claim

cpor-claim-title = Przygotuj roszczenie dotyczące skojarzenia klienta
cpor-claim-intro = Wprowadź informacje potrzebne do roszczenia — zostaną sprawdzone według reguł Centrum partnerskiego. Następnie pobierz je lub wydrukuj i wprowadź w Centrum partnerskim.
cpor-claim-checklist-lead = Do ukończenia roszczenia potrzebne są następujące informacje:
cpor-claim-terms-locale = pl-pl

cpor-claim-item-1 = Identyfikator MPN
cpor-claim-item-2 = Nazwa domeny klienta
cpor-claim-item-3 = Identyfikator katalogu (dzierżawy) klienta
cpor-claim-item-4 = Obszar rozwiązania
cpor-claim-item-5 = Działanie i typ roszczenia
cpor-claim-item-6 = Kontakt po stronie klienta
cpor-claim-item-7 = Kontakt techniczny klienta (Dynamics 365)
cpor-claim-item-8 = Kontakt w Twojej firmie
cpor-claim-item-9 = Nazwa roszczenia
cpor-claim-item-10 = Produkty lub obciążenia
cpor-claim-item-11 = Dowód wykonania (PoE)
cpor-claim-item-12 = Szczegóły skojarzenia przychodu

# Pogrubione nazwy pól z listy kontrolnej artykułu (tak, jak zapisuje je artykuł).
cpor-claim-term-mpn-id = Identyfikator MPN
cpor-claim-term-domain-name = Nazwa domeny
cpor-claim-term-directory-id = Identyfikator katalogu
cpor-claim-term-tenant-id = identyfikator dzierżawy
cpor-claim-term-solution-area = Obszar Rozwiązanie
cpor-claim-term-activity = działanie
cpor-claim-term-customer-contact-name = Nazwa kontaktu
cpor-claim-term-technical-contact = kontaktu technicznego
cpor-claim-term-partner-contact-name = Nazwa kontaktu
cpor-claim-term-claim-name = nazwę
cpor-claim-term-products = Produkty
cpor-claim-term-proof-of-execution = Dowód wykonania
cpor-claim-term-dynamics-seller-name = Nazwa sprzedawcy rozwiązania Dynamics
cpor-claim-term-customer-name = Nazwa klienta
cpor-claim-term-isv-solution-name = Nazwa produktu/rozwiązania isv

cpor-claim-group-customer-contact = Kontakt po stronie klienta
cpor-claim-group-technical-contact = Kontakt techniczny klienta
cpor-claim-group-partner-contact = Kontakt w Twojej firmie
cpor-claim-required-when-solution-area-business-applications = Wymagane w roszczeniach Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Tylko w roszczeniach dotyczących skojarzenia przychodu.

cpor-claim-mpn-id-label = Identyfikator MPN
cpor-claim-mpn-id-hint = Identyfikator Microsoft Partner Network lokalizacji partnera, która składa roszczenie, same cyfry, na przykład 1234567.
cpor-claim-mpn-id-error-required = Wpisz identyfikator MPN
cpor-claim-mpn-id-error-format = Identyfikator MPN może zawierać tylko cyfry, na przykład 1234567

cpor-claim-customer-domain-label = Nazwa domeny klienta
cpor-claim-customer-domain-hint = Na przykład contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Wpisz nazwę domeny klienta
cpor-claim-customer-domain-error-format = Wpisz nazwę domeny w poprawnym formacie, na przykład contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Identyfikator katalogu (dzierżawy) klienta
cpor-claim-tenant-id-hint = Identyfikator katalogu nazywany jest też identyfikatorem dzierżawy: 32 cyfry szesnastkowe w pięciu grupach, na przykład 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Wpisz identyfikator katalogu (dzierżawy) klienta
cpor-claim-tenant-id-error-format = Wpisz identyfikator katalogu (dzierżawy) w poprawnym formacie, na przykład 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Obszar rozwiązania
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Wybierz obszar rozwiązania

cpor-claim-claim-type-label = Działanie i typ roszczenia
cpor-claim-claim-type-pre-sales = Przedsprzedaż
cpor-claim-claim-type-usage = Użycie
cpor-claim-claim-type-revenue-association = Skojarzenie przychodu
cpor-claim-claim-type-revenue-association-hint = Tylko Business Applications
cpor-claim-claim-type-revenue-association-error = Skojarzenie przychodu dotyczy tylko Business Applications: wybierz Business Applications albo inny typ roszczenia
cpor-claim-claim-type-error-required = Wybierz typ roszczenia

cpor-claim-dynamics-seller-name-label = Nazwa sprzedawcy rozwiązania Dynamics
cpor-claim-dynamics-seller-name-error-required = Wpisz nazwę sprzedawcy rozwiązania Dynamics
cpor-claim-customer-name-label = Nazwa klienta
cpor-claim-customer-name-error-required = Wpisz nazwę klienta
cpor-claim-isv-solution-name-label = Nazwa produktu lub rozwiązania ISV
cpor-claim-isv-solution-name-error-required = Wpisz nazwę produktu lub rozwiązania ISV

cpor-claim-customer-contact-name-label = Imię i nazwisko
cpor-claim-customer-contact-name-error-required = Wpisz imię i nazwisko osoby kontaktowej klienta
cpor-claim-customer-contact-title-label = Stanowisko
cpor-claim-customer-contact-title-error-required = Wpisz stanowisko osoby kontaktowej klienta
cpor-claim-customer-contact-email-label = Adres e-mail
cpor-claim-customer-contact-email-error-required = Wpisz adres e-mail osoby kontaktowej klienta
cpor-claim-customer-contact-email-error-format = Wpisz adres e-mail w poprawnym formacie, na przykład name@example.com

cpor-claim-technical-contact-name-label = Imię i nazwisko
cpor-claim-technical-contact-name-error-required = Wpisz imię i nazwisko technicznej osoby kontaktowej klienta
cpor-claim-technical-contact-title-label = Stanowisko
cpor-claim-technical-contact-title-error-required = Wpisz stanowisko technicznej osoby kontaktowej klienta
cpor-claim-technical-contact-email-label = Adres e-mail
cpor-claim-technical-contact-email-error-required = Wpisz adres e-mail technicznej osoby kontaktowej klienta
cpor-claim-technical-contact-email-error-format = Wpisz adres e-mail w poprawnym formacie, na przykład name@example.com

cpor-claim-partner-contact-name-label = Imię i nazwisko
cpor-claim-partner-contact-name-error-required = Wpisz imię i nazwisko osoby kontaktowej w Twojej firmie
cpor-claim-partner-contact-email-label = Adres e-mail
cpor-claim-partner-contact-email-error-required = Wpisz adres e-mail osoby kontaktowej w Twojej firmie
cpor-claim-partner-contact-email-error-format = Wpisz adres e-mail w poprawnym formacie, na przykład name@example.com

cpor-claim-claim-name-label = Nazwa roszczenia
cpor-claim-claim-name-hint = Nazwa, którą nadajesz temu roszczeniu, aby później znaleźć je w Centrum partnerskim.
cpor-claim-claim-name-error-required = Wpisz nazwę roszczenia

cpor-claim-products-label = Produkty lub obciążenia
cpor-claim-products-hint = Produkty lub obciążenia, których dotyczy roszczenie, na przykład Exchange Online lub Dynamics 365 Sales.
cpor-claim-products-error-required = Wpisz produkty lub obciążenia, których dotyczy roszczenie

cpor-claim-subscription-id-label = Identyfikator subskrypcji
cpor-claim-subscription-id-hint = Tylko dla Dynamics 365, gdy wybrany produkt ma kilka subskrypcji tego klienta. Identyfikator GUID, na przykład 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Wpisz identyfikator subskrypcji w poprawnym formacie, na przykład 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Dowód wykonania (PoE)
cpor-claim-proof-of-execution-hint = Opisz dowód, na przykład zakres prac (SOW) podpisany przez klienta. Sam dokument dołączasz w Centrum partnerskim.
cpor-claim-proof-of-execution-error-required = Opisz dowód wykonania
