# Texty formulárov (schéma ID je opísaná na začiatku súboru locales/en-us/forms.ftl).

## Shared

form-locale = sk-sk
form-error-prefix = Chyba:{" "}
form-error-summary-title = Vyskytol sa problém
form-optional = (voliteľné)
form-select-choose = Vyberte možnosť
form-check = Skontrolovať nárok
form-download = Stiahnuť JSON
form-print = Vytlačiť nárok
form-clear = Vymazať formulár
form-checklist-title = Kontrolný zoznam
form-checklist-progress = Dokončené položky: { $done } z { $total }
form-status-complete = Dokončené
form-status-incomplete = Nedokončené
form-status-not-needed = Nie je potrebné
form-draft-offer = V tomto prehliadači je uložený koncept tohto nároku.
form-draft-offer-hint = Obnovte ho a pokračujte, alebo ho zahoďte. Kým sa nerozhodnete, nič nové sa neukladá.
form-draft-restore = Obnoviť koncept
form-draft-discard = Zahodiť koncept
form-draft-restored = Koncept je obnovený.
form-draft-discarded = Koncept je zahodený.
form-saved-locally = Zadané údaje sa uchovávajú len v tomto prehliadači ako koncept pre tento jazyk. Nikam sa nič neodosiela.
form-no-script = Kontrola odpovedí, uchovanie konceptu a stiahnutie vyžadujú JavaScript. Formulár si aj tak môžete prečítať a vytlačiť.
form-cleared = Formulár je vymazaný a jeho koncept odstránený.
form-valid = Nenašli sa žiadne problémy. Stiahnite alebo vytlačte nárok a potom ho zadajte v Partnerskom centre.
form-print-title = Súhrn nároku

## CPOR claim

cpor-claim-title = Príprava nároku na priradenie zákazníka
cpor-claim-intro = Zadajte údaje, ktoré nárok vyžaduje. Skontrolujú sa podľa pravidiel Partnerského centra. Potom nárok stiahnite alebo vytlačte a zadajte ho v Partnerskom centre.
cpor-claim-checklist-lead = Na dokončenie nároku budete potrebovať nasledujúce informácie:
cpor-claim-terms-locale = sk-sk

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Názov domény zákazníka
cpor-claim-item-3 = ID adresára (nájomníka) zákazníka
cpor-claim-item-4 = Oblasť riešenia
cpor-claim-item-5 = Aktivita a typ nároku
cpor-claim-item-6 = Kontaktná osoba zákazníka
cpor-claim-item-7 = Technická kontaktná osoba zákazníka (Dynamics 365)
cpor-claim-item-8 = Kontaktná osoba vašej spoločnosti
cpor-claim-item-9 = Názov nároku
cpor-claim-item-10 = Produkty alebo pracovné zaťaženia
cpor-claim-item-11 = Doklad o vykonaní (PoE)
cpor-claim-item-12 = Podrobnosti o priradení výnosov

# Tučným písmom písané názvy polí v kontrolnom zozname článku, ako ich píše slovenský preklad
# článku (terminológia Microsoftu; korpus článok sk-sk neobsahuje).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = názov domény
cpor-claim-term-directory-id = ID adresára
cpor-claim-term-tenant-id = ID nájomníka
cpor-claim-term-solution-area = Oblasť riešenia
cpor-claim-term-activity = Aktivita
cpor-claim-term-customer-contact-name = Meno kontaktu
cpor-claim-term-technical-contact = technického kontaktu
cpor-claim-term-partner-contact-name = Meno kontaktu
cpor-claim-term-claim-name = názov
cpor-claim-term-products = Produkty
cpor-claim-term-proof-of-execution = Doklad o vykonaní
cpor-claim-term-dynamics-seller-name = Názov predajcu riešenia Dynamics
cpor-claim-term-customer-name = Názov zákazníka
cpor-claim-term-isv-solution-name = Názov produktu alebo riešenia ISV

cpor-claim-group-customer-contact = Kontaktná osoba vášho zákazníka
cpor-claim-group-technical-contact = Technická kontaktná osoba vášho zákazníka
cpor-claim-group-partner-contact = Kontaktná osoba vašej spoločnosti
cpor-claim-required-when-solution-area-business-applications = Povinné pri nárokoch pre Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Len pri nárokoch na priradenie výnosov.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = ID Microsoft Partner Network pre umiestnenie partnera, ktoré nárok uplatňuje, len číslice, napríklad 1234567.
cpor-claim-mpn-id-error-required = Zadajte svoje ID MPN
cpor-claim-mpn-id-error-format = ID MPN môže obsahovať len číslice, napríklad 1234567

cpor-claim-customer-domain-label = Názov domény zákazníka
cpor-claim-customer-domain-hint = Napríklad contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Zadajte názov domény zákazníka
cpor-claim-customer-domain-error-format = Zadajte názov domény v správnom formáte, napríklad contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID adresára (nájomníka) zákazníka
cpor-claim-tenant-id-hint = ID adresára sa označuje aj ako ID nájomníka: 32 šestnástkových číslic v piatich skupinách, napríklad 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Zadajte ID adresára (nájomníka) zákazníka
cpor-claim-tenant-id-error-format = Zadajte ID adresára (nájomníka) v správnom formáte, napríklad 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Oblasť riešenia
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Vyberte oblasť riešenia

cpor-claim-claim-type-label = Aktivita a typ nároku
cpor-claim-claim-type-pre-sales = Predpredaj
cpor-claim-claim-type-usage = Využitie
cpor-claim-claim-type-revenue-association = Priradenie výnosov
cpor-claim-claim-type-revenue-association-hint = Len Business Applications
cpor-claim-claim-type-revenue-association-error = Priradenie výnosov je len pre Business Applications: vyberte Business Applications alebo iný typ nároku
cpor-claim-claim-type-error-required = Vyberte typ nároku

cpor-claim-dynamics-seller-name-label = Názov predajcu riešenia Dynamics
cpor-claim-dynamics-seller-name-error-required = Zadajte názov predajcu riešenia Dynamics
cpor-claim-customer-name-label = Názov zákazníka
cpor-claim-customer-name-error-required = Zadajte názov zákazníka
cpor-claim-isv-solution-name-label = Názov produktu alebo riešenia ISV
cpor-claim-isv-solution-name-error-required = Zadajte názov produktu alebo riešenia ISV

cpor-claim-customer-contact-name-label = Meno
cpor-claim-customer-contact-name-error-required = Zadajte meno kontaktnej osoby vášho zákazníka
cpor-claim-customer-contact-title-label = Pozícia
cpor-claim-customer-contact-title-error-required = Zadajte pozíciu kontaktnej osoby vášho zákazníka
cpor-claim-customer-contact-email-label = E-mailová adresa
cpor-claim-customer-contact-email-error-required = Zadajte e-mailovú adresu kontaktnej osoby vášho zákazníka
cpor-claim-customer-contact-email-error-format = Zadajte e-mailovú adresu v správnom formáte, napríklad name@example.com

cpor-claim-technical-contact-name-label = Meno
cpor-claim-technical-contact-name-error-required = Zadajte meno technickej kontaktnej osoby vášho zákazníka
cpor-claim-technical-contact-title-label = Pozícia
cpor-claim-technical-contact-title-error-required = Zadajte pozíciu technickej kontaktnej osoby vášho zákazníka
cpor-claim-technical-contact-email-label = E-mailová adresa
cpor-claim-technical-contact-email-error-required = Zadajte e-mailovú adresu technickej kontaktnej osoby vášho zákazníka
cpor-claim-technical-contact-email-error-format = Zadajte e-mailovú adresu v správnom formáte, napríklad name@example.com

cpor-claim-partner-contact-name-label = Meno
cpor-claim-partner-contact-name-error-required = Zadajte meno kontaktnej osoby vašej spoločnosti
cpor-claim-partner-contact-email-label = E-mailová adresa
cpor-claim-partner-contact-email-error-required = Zadajte e-mailovú adresu kontaktnej osoby vašej spoločnosti
cpor-claim-partner-contact-email-error-format = Zadajte e-mailovú adresu v správnom formáte, napríklad name@example.com

cpor-claim-claim-name-label = Názov nároku
cpor-claim-claim-name-hint = Názov, ktorý tomuto nároku zvolíte, aby ste ho v Partnerskom centre znova našli.
cpor-claim-claim-name-error-required = Zadajte názov nároku

cpor-claim-products-label = Produkty alebo pracovné zaťaženia
cpor-claim-products-hint = Produkty alebo pracovné zaťaženia, na ktoré uplatňujete nárok, napríklad Exchange Online alebo Dynamics 365 Sales.
cpor-claim-products-error-required = Zadajte produkty alebo pracovné zaťaženia, na ktoré uplatňujete nárok

cpor-claim-subscription-id-label = ID predplatného
cpor-claim-subscription-id-hint = Len pre Dynamics 365, ak má produkt, na ktorý uplatňujete nárok, pre tohto zákazníka viac predplatných. Identifikátor GUID, napríklad 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Zadajte ID predplatného v správnom formáte, napríklad 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Doklad o vykonaní (PoE)
cpor-claim-proof-of-execution-hint = Opíšte doklad, napríklad opis prác podpísaný zákazníkom. Samotný dokument priložíte v Partnerskom centre.
cpor-claim-proof-of-execution-error-required = Opíšte doklad o vykonaní
