# Șirurile formularelor (schema ID-urilor este descrisă la începutul fișierului locales/en-us/forms.ftl).

## Shared

form-locale = ro-ro
form-error-prefix = Eroare:{" "}
form-error-summary-title = Există o problemă
form-optional = (opțional)
form-select-choose = Alegeți o opțiune
form-check = Verificați revendicarea
form-download = Descărcați JSON
form-print = Imprimați revendicarea
form-clear = Goliți formularul
form-checklist-title = Listă de verificare
form-checklist-progress = Elemente finalizate: { $done } din { $total }
form-status-complete = Finalizat
form-status-incomplete = Nefinalizat
form-status-not-needed = Nu este necesar
form-draft-offer = În acest browser este salvată o schiță a acestei revendicări.
form-draft-offer-hint = Restaurați-o pentru a continua sau renunțați la ea. Nu se salvează nimic nou până nu alegeți.
form-draft-restore = Restaurați schița
form-draft-discard = Renunțați la schiță
form-draft-restored = Schița a fost restaurată.
form-draft-discarded = S-a renunțat la schiță.
form-saved-locally = Ceea ce introduceți este păstrat doar în acest browser, ca schiță pentru această limbă. Nu se trimite nimic nicăieri.
form-no-script = Verificarea răspunsurilor, păstrarea unei schițe și descărcarea necesită JavaScript. Puteți în continuare să citiți și să imprimați acest formular.
form-cleared = Formularul a fost golit, iar schița sa a fost eliminată.
form-valid = Nu s-au găsit probleme. Descărcați sau imprimați revendicarea, apoi introduceți-o în Centrul de parteneri.
form-print-title = Rezumatul revendicării

## CPOR claim

cpor-claim-title = Pregătiți revendicarea de asociere a clientului
cpor-claim-intro = Introduceți informațiile de care are nevoie revendicarea; acestea sunt verificate conform regulilor Centrului de parteneri. Apoi descărcați sau imprimați revendicarea și introduceți-o în Centrul de parteneri.
cpor-claim-checklist-lead = Veți avea nevoie de următoarele informații pentru a finaliza o revendicare:
cpor-claim-terms-locale = ro-ro

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Numele de domeniu al clientului
cpor-claim-item-3 = ID-ul de director (entitate găzduită) al clientului
cpor-claim-item-4 = Domeniul soluției
cpor-claim-item-5 = Activitate și tip de revendicare
cpor-claim-item-6 = Persoana de contact a clientului
cpor-claim-item-7 = Persoana de contact tehnică a clientului (Dynamics 365)
cpor-claim-item-8 = Persoana de contact a companiei dvs.
cpor-claim-item-9 = Numele revendicării
cpor-claim-item-10 = Produse sau sarcini de lucru
cpor-claim-item-11 = Dovada execuției (PoE)
cpor-claim-item-12 = Detaliile asocierii veniturilor

# Numele câmpurilor scrise aldin în lista de verificare a articolului, așa cum le scrie traducerea
# în română a articolului (terminologia Microsoft; corpusul nu are articolul ro-ro).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = numele de domeniu
cpor-claim-term-directory-id = ID-ul de director
cpor-claim-term-tenant-id = ID-ul de entitate găzduită
cpor-claim-term-solution-area = Domeniul soluției
cpor-claim-term-activity = Activitatea
cpor-claim-term-customer-contact-name = Numele persoanei de contact
cpor-claim-term-technical-contact = persoanei de contact tehnice
cpor-claim-term-partner-contact-name = Numele persoanei de contact
cpor-claim-term-claim-name = nume
cpor-claim-term-products = Produsele
cpor-claim-term-proof-of-execution = Dovada execuției
cpor-claim-term-dynamics-seller-name = Numele vânzătorului soluției Dynamics
cpor-claim-term-customer-name = Numele clientului
cpor-claim-term-isv-solution-name = Numele produsului/soluției ISV

cpor-claim-group-customer-contact = Persoana de contact a clientului dvs.
cpor-claim-group-technical-contact = Persoana de contact tehnică a clientului dvs.
cpor-claim-group-partner-contact = Persoana de contact a companiei dvs.
cpor-claim-required-when-solution-area-business-applications = Obligatoriu pentru revendicările Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Numai pentru revendicările de asociere a veniturilor.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = ID-ul Microsoft Partner Network al locației partenerului care face revendicarea, numai cifre, de exemplu 1234567.
cpor-claim-mpn-id-error-required = Introduceți ID-ul MPN
cpor-claim-mpn-id-error-format = ID-ul MPN trebuie să conțină numai cifre, de exemplu 1234567

cpor-claim-customer-domain-label = Numele de domeniu al clientului
cpor-claim-customer-domain-hint = De exemplu, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Introduceți numele de domeniu al clientului
cpor-claim-customer-domain-error-format = Introduceți un nume de domeniu în formatul corect, de exemplu contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID-ul de director (entitate găzduită) al clientului
cpor-claim-tenant-id-hint = ID-ul de director se mai numește ID de entitate găzduită: 32 de cifre hexazecimale în cinci grupuri, de exemplu 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Introduceți ID-ul de director (entitate găzduită) al clientului
cpor-claim-tenant-id-error-format = Introduceți ID-ul de director (entitate găzduită) în formatul corect, de exemplu 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Domeniul soluției
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Selectați domeniul soluției

cpor-claim-claim-type-label = Activitate și tip de revendicare
cpor-claim-claim-type-pre-sales = Pre-vânzare
cpor-claim-claim-type-usage = Utilizare
cpor-claim-claim-type-revenue-association = Asocierea veniturilor
cpor-claim-claim-type-revenue-association-hint = Numai Business Applications
cpor-claim-claim-type-revenue-association-error = Asocierea veniturilor este disponibilă numai pentru Business Applications: selectați Business Applications sau alt tip de revendicare
cpor-claim-claim-type-error-required = Selectați tipul de revendicare

cpor-claim-dynamics-seller-name-label = Numele vânzătorului soluției Dynamics
cpor-claim-dynamics-seller-name-error-required = Introduceți numele vânzătorului soluției Dynamics
cpor-claim-customer-name-label = Numele clientului
cpor-claim-customer-name-error-required = Introduceți numele clientului
cpor-claim-isv-solution-name-label = Numele produsului sau al soluției ISV
cpor-claim-isv-solution-name-error-required = Introduceți numele produsului sau al soluției ISV

cpor-claim-customer-contact-name-label = Nume
cpor-claim-customer-contact-name-error-required = Introduceți numele persoanei de contact a clientului dvs.
cpor-claim-customer-contact-title-label = Funcție
cpor-claim-customer-contact-title-error-required = Introduceți funcția persoanei de contact a clientului dvs.
cpor-claim-customer-contact-email-label = Adresă de e-mail
cpor-claim-customer-contact-email-error-required = Introduceți adresa de e-mail a persoanei de contact a clientului dvs.
cpor-claim-customer-contact-email-error-format = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

cpor-claim-technical-contact-name-label = Nume
cpor-claim-technical-contact-name-error-required = Introduceți numele persoanei de contact tehnice a clientului dvs.
cpor-claim-technical-contact-title-label = Funcție
cpor-claim-technical-contact-title-error-required = Introduceți funcția persoanei de contact tehnice a clientului dvs.
cpor-claim-technical-contact-email-label = Adresă de e-mail
cpor-claim-technical-contact-email-error-required = Introduceți adresa de e-mail a persoanei de contact tehnice a clientului dvs.
cpor-claim-technical-contact-email-error-format = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

cpor-claim-partner-contact-name-label = Nume
cpor-claim-partner-contact-name-error-required = Introduceți numele persoanei de contact a companiei dvs.
cpor-claim-partner-contact-email-label = Adresă de e-mail
cpor-claim-partner-contact-email-error-required = Introduceți adresa de e-mail a persoanei de contact a companiei dvs.
cpor-claim-partner-contact-email-error-format = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

cpor-claim-claim-name-label = Numele revendicării
cpor-claim-claim-name-hint = Un nume pe care îl alegeți pentru această revendicare, ca să o găsiți din nou în Centrul de parteneri.
cpor-claim-claim-name-error-required = Introduceți un nume pentru revendicare

cpor-claim-products-label = Produse sau sarcini de lucru
cpor-claim-products-hint = Produsele sau sarcinile de lucru pe care le revendicați, de exemplu Exchange Online sau Dynamics 365 Sales.
cpor-claim-products-error-required = Introduceți produsele sau sarcinile de lucru pe care le revendicați

cpor-claim-subscription-id-label = ID abonament
cpor-claim-subscription-id-hint = Numai pentru Dynamics 365, când produsul pe care îl revendicați are mai multe abonamente pentru acest client. Un GUID, de exemplu 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Introduceți ID-ul abonamentului în formatul corect, de exemplu 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Dovada execuției (PoE)
cpor-claim-proof-of-execution-hint = Descrieți dovada, de exemplu o descriere a lucrărilor semnată de client. Documentul propriu-zis îl atașați în Centrul de parteneri.
cpor-claim-proof-of-execution-error-required = Descrieți dovada execuției
