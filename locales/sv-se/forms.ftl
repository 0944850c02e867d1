# Formulärtexter (id-schemat beskrivs överst i locales/en-us/forms.ftl).

## Shared

form-locale = sv-se
form-error-prefix = Fel:{" "}
form-error-summary-title = Det finns ett problem
form-optional = (valfritt)
form-select-choose = Välj ett alternativ
form-check = Kontrollera anspråket
form-download = Ladda ned JSON
form-print = Skriv ut anspråket
form-clear = Rensa formuläret
form-checklist-title = Checklista
form-checklist-progress = { $done } av { $total } punkter klara
form-status-complete = Klar
form-status-incomplete = Inte klar
form-status-not-needed = Behövs inte
form-draft-offer = Ett utkast av det här anspråket finns sparat i den här webbläsaren.
form-draft-offer-hint = Återställ det för att fortsätta, eller ta bort det. Inget nytt sparas förrän du har valt.
form-draft-restore = Återställ utkastet
form-draft-discard = Ta bort utkastet
form-draft-restored = Utkastet är återställt.
form-draft-discarded = Utkastet är borttaget.
form-saved-locally = Det du fyller i sparas bara i den här webbläsaren, som ett utkast för det här språket. Inget skickas någonstans.
form-no-script = Kontroll av svaren, utkast och nedladdning kräver JavaScript. Du kan fortfarande läsa och skriva ut formuläret.
form-cleared = Formuläret är rensat och utkastet borttaget.
form-valid = Inga problem hittades. Ladda ned eller skriv ut anspråket och fyll sedan i det i Partnercenter.
form-print-title = Sammanfattning av anspråket

## CPOR claim

cpor-claim-title = Förbered ditt anspråk på kundassociation
cpor-claim-intro = Fyll i det som anspråket kräver; det kontrolleras mot reglerna i Partnercenter. Ladda sedan ned eller skriv ut det och fyll i det i Partnercenter.
cpor-claim-checklist-lead = Du behöver följande information för att slutföra ett anspråk:
cpor-claim-terms-locale = sv-se

cpor-claim-item-1 = MPN-ID
cpor-claim-item-2 = Kundens domännamn
cpor-claim-item-3 = Kundens katalog-ID (klientorganisations-ID)
cpor-claim-item-4 = Lösningsområde
cpor-claim-item-5 = Aktivitet och typ av anspråk
cpor-claim-item-6 = Kundens kontaktperson
cpor-claim-item-7 = Kundens tekniska kontaktperson (Dynamics 365)
cpor-claim-item-8 = Ditt företags kontaktperson
cpor-claim-item-9 = Anspråkets namn
cpor-claim-item-10 = Produkter eller arbetsbelastningar
cpor-claim-item-11 = Bevis på utförande (PoE)
cpor-claim-item-12 = Uppgifter för intäktsassociation

# Fetstilta fältnamn i artikelns checklista (som artikeln skriver dem).
cpor-claim-term-mpn-id = MPN-ID
cpor-claim-term-domain-name = domännamn
cpor-claim-term-directory-id = katalog-ID
cpor-claim-term-tenant-id = klientorganisations-ID
cpor-claim-term-solution-area = Lösningsområdet
cpor-claim-term-activity = aktivitet
cpor-claim-term-customer-contact-name = kontaktnamn
cpor-claim-term-technical-contact = tekniska kontaktnamn
cpor-claim-term-partner-contact-name = kontaktnamn
cpor-claim-term-claim-name = namn
cpor-claim-term-products = produkter
cpor-claim-term-proof-of-execution = PoE (Proof of Execution)
cpor-claim-term-dynamics-seller-name = Dynamics-lösnings säljarnamn
cpor-claim-term-customer-name = Kundnamn
cpor-claim-term-isv-solution-name = Namn på ISV-produkt/lösning

cpor-claim-group-customer-contact = Kundens kontaktperson
cpor-claim-group-technical-contact = Kundens tekniska kontaktperson
cpor-claim-group-partner-contact = Ditt företags kontaktperson
cpor-claim-required-when-solution-area-business-applications = Krävs för anspråk inom Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Bara för anspråk på intäktsassociation.

cpor-claim-mpn-id-label = MPN-ID
cpor-claim-mpn-id-hint = Microsoft Partner Network-ID för den partnerplats som gör anspråket, bara siffror, till exempel 1234567.
cpor-claim-mpn-id-error-required = Ange ditt MPN-ID
cpor-claim-mpn-id-error-format = MPN-ID får bara innehålla siffror, till exempel 1234567

cpor-claim-customer-domain-label = Kundens domännamn
cpor-claim-customer-domain-hint = Till exempel contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Ange kundens domännamn
cpor-claim-customer-domain-error-format = Ange ett domännamn i rätt format, till exempel contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Kundens katalog-ID (klientorganisations-ID)
cpor-claim-tenant-id-hint = Katalog-ID kallas också klientorganisations-ID: 32 hexadecimala siffror i fem grupper, till exempel 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Ange kundens katalog-ID (klientorganisations-ID)
cpor-claim-tenant-id-error-format = Ange katalog-ID (klientorganisations-ID) i rätt format, till exempel 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Lösningsområde
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Välj lösningsområde

cpor-claim-claim-type-label = Aktivitet och typ av anspråk
cpor-claim-claim-type-pre-sales = Förförsäljning
cpor-claim-claim-type-usage = Användning
cpor-claim-claim-type-revenue-association = Intäktsassociation
cpor-claim-claim-type-revenue-association-hint = Bara Business Applications
cpor-claim-claim-type-revenue-association-error = Intäktsassociation gäller bara Business Applications: välj Business Applications eller en annan typ av anspråk
cpor-claim-claim-type-error-required = Välj typ av anspråk

cpor-claim-dynamics-seller-name-label = Namn på säljaren av Dynamics-lösningen
cpor-claim-dynamics-seller-name-error-required = Ange namnet på säljaren av Dynamics-lösningen
cpor-claim-customer-name-label = Kundnamn
cpor-claim-customer-name-error-required = Ange kundens namn
cpor-claim-isv-solution-name-label = Namn på ISV-produkten eller ISV-lösningen
cpor-claim-isv-solution-name-error-required = Ange namnet på ISV-produkten eller ISV-lösningen

cpor-claim-customer-contact-name-label = Namn
cpor-claim-customer-contact-name-error-required = Ange namnet på kundens kontaktperson
cpor-claim-customer-contact-title-label = Befattning
cpor-claim-customer-contact-title-error-required = Ange befattningen för kundens kontaktperson
cpor-claim-customer-contact-email-label = E-postadress
cpor-claim-customer-contact-email-error-required = Ange e-postadressen till kundens kontaktperson
cpor-claim-customer-contact-email-error-format = Ange en e-postadress i rätt format, till exempel name@example.com

cpor-claim-technical-contact-name-label = Namn
cpor-claim-technical-contact-name-error-required = Ange namnet på kundens tekniska kontaktperson
cpor-claim-technical-contact-title-label = Befattning
cpor-claim-technical-contact-title-error-required = Ange befattningen för kundens tekniska kontaktperson
cpor-claim-technical-contact-email-label = E-postadress
cpor-claim-technical-contact-email-error-required = Ange e-postadressen till kundens tekniska kontaktperson
cpor-claim-technical-contact-email-error-format = Ange en e-postadress i rätt format, till exempel name@example.com

cpor-claim-partner-contact-name-label = Namn
cpor-claim-partner-contact-name-error-required = Ange namnet på ditt företags kontaktperson
cpor-claim-partner-contact-email-label = E-postadress
cpor-claim-partner-contact-email-error-required = Ange e-postadressen till ditt företags kontaktperson
cpor-claim-partner-contact-email-error-format = Ange en e-postadress i rätt format, till exempel name@example.com

cpor-claim-claim-name-label = Anspråkets namn
cpor-claim-claim-name-hint = Ett namn du väljer för anspråket, så att du hittar det igen i Partnercenter.
cpor-claim-claim-name-error-required = Ange ett namn på anspråket

cpor-claim-products-label = Produkter eller arbetsbelastningar
cpor-claim-products-hint = De produkter eller arbetsbelastningar du gör anspråk på, till exempel Exchange Online eller Dynamics 365 Sales.
cpor-claim-products-error-required = Ange de produkter eller arbetsbelastningar du gör anspråk på

cpor-claim-subscription-id-label = Prenumerations-ID
cpor-claim-subscription-id-hint = Bara för Dynamics 365, när produkten du gör anspråk på har flera prenumerationer för den här kunden. Ett GUID, till exempel 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Ange prenumerations-ID i rätt format, till exempel 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Bevis på utförande (PoE)
cpor-claim-proof-of-execution-hint = Beskriv beviset, till exempel en arbetsbeskrivning som kunden har undertecknat. Själva dokumentet bifogar du i Partnercenter.
cpor-claim-proof-of-execution-error-required = Beskriv beviset på utförande
