# Texty formulářů (schéma ID je popsáno na začátku souboru locales/en-us/forms.ftl).

## Shared

form-locale = cs-cz
form-error-prefix = Chyba:{" "}
form-error-summary-title = Vyskytl se problém
form-optional = (nepovinné)
form-select-choose = Zvolte možnost
form-check = Zkontrolovat nárok
form-download = Stáhnout JSON
form-print = Vytisknout nárok
form-clear = Vymazat formulář
form-checklist-title = Kontrolní seznam
form-checklist-progress = Dokončené položky: { $done } z { $total }
form-status-complete = Dokončeno
form-status-incomplete = Nedokončeno
form-status-not-needed = Není potřeba
form-draft-offer = V tomto prohlížeči je uložený koncept tohoto nároku.
form-draft-offer-hint = Obnovte ho a pokračujte, nebo ho zahoďte. Dokud se nerozhodnete, nic nového se neukládá.
form-draft-restore = Obnovit koncept
form-draft-discard = Zahodit koncept
form-draft-restored = Koncept je obnovený.
form-draft-discarded = Koncept je zahozený.
form-saved-locally = Zadané údaje se uchovávají jen v tomto prohlížeči jako koncept pro tento jazyk. Nikam se nic neodesílá.
form-no-script = Kontrola odpovědí, uchování konceptu a stažení vyžadují JavaScript. Formulář si i tak můžete přečíst a vytisknout.
form-cleared = Formulář je vymazaný a jeho koncept odebraný.
form-valid = Nenašly se žádné problémy. Stáhněte nebo vytiskněte nárok a potom ho zadejte v Partnerském centru.
form-print-title = Souhrn nároku

## CPOR claim

cpor-claim-title = Příprava nároku na přidružení zákazníka
cpor-claim-intro = Zadejte údaje, které nárok vyžaduje. Zkontrolují se podle pravidel Partnerského centra. Potom nárok stáhněte nebo vytiskněte a zadejte ho v Partnerském centru.
cpor-claim-checklist-lead = K dokončení nároku budete potřebovat následující informace:
cpor-claim-terms-locale = cs-cz

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Název domény zákazníka
cpor-claim-item-3 = ID adresáře (tenanta) zákazníka
cpor-claim-item-4 = Oblast řešení
cpor-claim-item-5 = Aktivita a typ nároku
cpor-claim-item-6 = Kontaktní osoba zákazníka
cpor-claim-item-7 = Technická kontaktní osoba zákazníka (Dynamics 365)
cpor-claim-item-8 = Kontaktní osoba vaší společnosti
cpor-claim-item-9 = Název nároku
cpor-claim-item-10 = Produkty nebo úlohy
cpor-claim-item-11 = Doklad o provedení (PoE)
cpor-claim-item-12 = Podrobnosti o přidružení výnosů

# Tučně psané názvy polí v kontrolním seznamu článku, jak je píše český překlad článku
# (terminologie Microsoftu; korpus článek cs-cz neobsahuje).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = název domény
cpor-claim-term-directory-id = ID adresáře
cpor-claim-term-tenant-id = ID tenanta
cpor-claim-term-solution-area = Oblast řešení
cpor-claim-term-activity = Aktivita
cpor-claim-term-customer-contact-name = Jméno kontaktu
cpor-claim-term-technical-contact = technického kontaktu
cpor-claim-term-partner-contact-name = Jméno kontaktu
cpor-claim-term-claim-name = název
cpor-claim-term-products = Produkty
cpor-claim-term-proof-of-execution = Doklad o provedení
cpor-claim-term-dynamics-seller-name = Název prodejce řešení Dynamics
cpor-claim-term-customer-name = Název zákazníka
cpor-claim-term-isv-solution-name = Název produktu nebo řešení ISV

cpor-claim-group-customer-contact = Kontaktní osoba vašeho zákazníka
cpor-claim-group-technical-contact = Technická kontaktní osoba vašeho zákazníka
cpor-claim-group-partner-contact = Kontaktní osoba vaší společnosti
cpor-claim-required-when-solution-area-business-applications = Povinné u nároků pro Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Jen u nároků na přidružení výnosů.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = ID Microsoft Partner Network pro umístění partnera, které nárok uplatňuje, jen číslice, například 1234567.
cpor-claim-mpn-id-error-required = Zadejte svoje ID MPN
cpor-claim-mpn-id-error-format = ID MPN smí obsahovat jen číslice, například 1234567

cpor-claim-customer-domain-label = Název domény zákazníka
cpor-claim-customer-domain-hint = Například contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Zadejte název domény zákazníka
cpor-claim-customer-domain-error-format = Zadejte název domény ve správném formátu, například contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID adresáře (tenanta) zákazníka
cpor-claim-tenant-id-hint = ID adresáře se také označuje jako ID tenanta: 32 šestnáctkových číslic v pěti skupinách, například 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Zadejte ID adresáře (tenanta) zákazníka
cpor-claim-tenant-id-error-format = Zadejte ID adresáře (tenanta) ve správném formátu, například 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Oblast řešení
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Vyberte oblast řešení

cpor-claim-claim-type-label = Aktivita a typ nároku
cpor-claim-claim-type-pre-sales = Předprodej
cpor-claim-claim-type-usage = Využití
cpor-claim-claim-type-revenue-association = Přidružení výnosů
cpor-claim-claim-type-revenue-association-hint = Jen Business Applications
cpor-claim-claim-type-revenue-association-error = Přidružení výnosů je jen pro Business Applications: vyberte Business Applications nebo jiný typ nároku
cpor-claim-claim-type-error-required = Vyberte typ nároku

cpor-claim-dynamics-seller-name-label = Název prodejce řešení Dynamics
cpor-claim-dynamics-seller-name-error-required = Zadejte název prodejce řešení Dynamics
cpor-claim-customer-name-label = Název zákazníka
cpor-claim-customer-name-error-required = Zadejte název zákazníka
cpor-claim-isv-solution-name-label = Název produktu nebo řešení ISV
cpor-claim-isv-solution-name-error-required = Zadejte název produktu nebo řešení ISV

cpor-claim-customer-contact-name-label = Jméno
cpor-claim-customer-contact-name-error-required = Zadejte jméno kontaktní osoby vašeho zákazníka
cpor-claim-customer-contact-title-label = Pozice
cpor-claim-customer-contact-title-error-required = Zadejte pozici kontaktní osoby vašeho zákazníka
cpor-claim-customer-contact-email-label = E-mailová adresa
cpor-claim-customer-contact-email-error-required = Zadejte e-mailovou adresu kontaktní osoby vašeho zákazníka
cpor-claim-customer-contact-email-error-format = Zadejte e-mailovou adresu ve správném formátu, například name@example.com

cpor-claim-technical-contact-name-label = Jméno
cpor-claim-technical-contact-name-error-required = Zadejte jméno technické kontaktní osoby vašeho zákazníka
cpor-claim-technical-contact-title-label = Pozice
cpor-claim-technical-contact-title-error-required = Zadejte pozici technické kontaktní osoby vašeho zákazníka
cpor-claim-technical-contact-email-label = E-mailová adresa
cpor-claim-technical-contact-email-error-required = Zadejte e-mailovou adresu technické kontaktní osoby vašeho zákazníka
cpor-claim-technical-contact-email-error-format = Zadejte e-mailovou adresu ve správném formátu, například name@example.com

cpor-claim-partner-contact-name-label = Jméno
cpor-claim-partner-contact-name-error-required = Zadejte jméno kontaktní osoby vaší společnosti
cpor-claim-partner-contact-email-label = E-mailová adresa
cpor-claim-partner-contact-email-error-required = Zadejte e-mailovou adresu kontaktní osoby vaší společnosti
cpor-claim-partner-contact-email-error-format = Zadejte e-mailovou adresu ve správném formátu, například name@example.com

cpor-claim-claim-name-label = Název nároku
cpor-claim-claim-name-hint = Název, který tomuto nároku zvolíte, abyste ho v Partnerském centru znovu našli.
cpor-claim-claim-name-error-required = Zadejte název nároku

cpor-claim-products-label = Produkty nebo úlohy
cpor-claim-products-hint = Produkty nebo úlohy, na které uplatňujete nárok, například Exchange Online nebo Dynamics 365 Sales.
cpor-claim-products-error-required = Zadejte produkty nebo úlohy, na které uplatňujete nárok

cpor-claim-subscription-id-label = ID předplatného
cpor-claim-subscription-id-hint = Jen pro Dynamics 365, pokud má produkt, na který uplatňujete nárok, pro tohoto zákazníka více předplatných. Identifikátor GUID, například 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Zadejte ID předplatného ve správném formátu, například 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Doklad o provedení (PoE)
cpor-claim-proof-of-execution-hint = Popište doklad, například popis prací podepsaný zákazníkem. Samotný dokument připojíte v Partnerském centru.
cpor-claim-proof-of-execution-error-required = Popište doklad o provedení
