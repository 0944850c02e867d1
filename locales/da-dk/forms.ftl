# Formulartekster (id-skemaet er beskrevet øverst i locales/en-us/forms.ftl).

## Shared

form-locale = da-dk
form-error-prefix = Fejl:{" "}
form-error-summary-title = Der er et problem
form-optional = (valgfrit)
form-select-choose = Vælg en indstilling
form-check = Kontrollér kravet
form-download = Hent JSON
form-print = Udskriv kravet
form-clear = Ryd formularen
form-checklist-title = Tjekliste
form-checklist-progress = { $done } af { $total } punkter fuldført
form-status-complete = Fuldført
form-status-incomplete = Ikke fuldført
form-status-not-needed = Ikke nødvendigt
form-draft-offer = Der er gemt en kladde af dette krav i denne browser.
form-draft-offer-hint = Gendan den for at fortsætte, eller kassér den. Der gemmes ikke noget nyt, før du har valgt.
form-draft-restore = Gendan kladden
form-draft-discard = Kassér kladden
form-draft-restored = Kladden er gendannet.
form-draft-discarded = Kladden er kasseret.
form-saved-locally = Det, du angiver, gemmes kun i denne browser som en kladde for dette sprog. Der sendes ikke noget nogen steder hen.
form-no-script = Kontrol af svarene, kladden og download kræver JavaScript. Du kan stadig læse og udskrive formularen.
form-cleared = Formularen er ryddet, og kladden er fjernet.
form-valid = Der blev ikke fundet nogen problemer. Hent eller udskriv kravet, og angiv det derefter i Partnercenter.
form-print-title = Oversigt over kravet

## CPOR claim

cpor-claim-title = Forbered dit krav om kundetilknytning
cpor-claim-intro = Angiv de oplysninger, kravet skal have. De kontrolleres i forhold til reglerne i Partnercenter. Hent eller udskriv derefter kravet, og angiv det i Partnercenter.
cpor-claim-checklist-lead = Du skal bruge følgende oplysninger for at fuldføre et krav:
cpor-claim-terms-locale = da-dk

cpor-claim-item-1 = MPN-id
cpor-claim-item-2 = Kundens domænenavn
cpor-claim-item-3 = Kundens mappe-id (lejer-id)
cpor-claim-item-4 = Løsningsområde
cpor-claim-item-5 = Aktivitet og type krav
cpor-claim-item-6 = Kundens kontaktperson
cpor-claim-item-7 = Kundens tekniske kontaktperson (Dynamics 365)
cpor-claim-item-8 = Din virksomheds kontaktperson
cpor-claim-item-9 = Kravets navn
cpor-claim-item-10 = Produkter eller arbejdsbelastninger
cpor-claim-item-11 = Bevis for udførelse (PoE)
cpor-claim-item-12 = Oplysninger om indtægtstilknytning

# Feltnavne med fed skrift i artiklens tjekliste, som den danske oversættelse af artiklen skriver
# dem (Microsoft-terminologi; korpusset har ingen da-dk-artikel).
cpor-claim-term-mpn-id = MPN-id
cpor-claim-term-domain-name = domænenavn
cpor-claim-term-directory-id = mappe-id
cpor-claim-term-tenant-id = lejer-id
cpor-claim-term-solution-area = Løsningsområde
cpor-claim-term-activity = Aktivitet
cpor-claim-term-customer-contact-name = kontaktnavn
cpor-claim-term-technical-contact = tekniske kontakt
cpor-claim-term-partner-contact-name = kontaktnavn
cpor-claim-term-claim-name = navn
cpor-claim-term-products = Produkt(er)
cpor-claim-term-proof-of-execution = Bevis for udførelse
cpor-claim-term-dynamics-seller-name = Navn på Dynamics-løsningssælger
cpor-claim-term-customer-name = Kundenavn
cpor-claim-term-isv-solution-name = Navn på ISV-produkt/-løsning

cpor-claim-group-customer-contact = Din kundes kontaktperson
cpor-claim-group-technical-contact = Din kundes tekniske kontaktperson
cpor-claim-group-partner-contact = Din virksomheds kontaktperson
cpor-claim-required-when-solution-area-business-applications = Påkrævet ved krav for Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Kun for krav om indtægtstilknytning.

cpor-claim-mpn-id-label = MPN-id
cpor-claim-mpn-id-hint = Microsoft Partner Network-id'et for den partnerplacering, der fremsætter kravet, kun cifre, for eksempel 1234567.
cpor-claim-mpn-id-error-required = Angiv dit MPN-id
cpor-claim-mpn-id-error-format = MPN-id'et må kun indeholde cifre, f.eks. 1234567

cpor-claim-customer-domain-label = Kundens domænenavn
cpor-claim-customer-domain-hint = For eksempel contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Angiv kundens domænenavn
cpor-claim-customer-domain-error-format = Angiv et domænenavn i det korrekte format, f.eks. contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Kundens mappe-id (lejer-id)
cpor-claim-tenant-id-hint = Mappe-id'et kaldes også lejer-id'et: 32 hexadecimale cifre i fem grupper, for eksempel 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Angiv kundens mappe-id (lejer-id)
cpor-claim-tenant-id-error-format = Angiv mappe-id'et (lejer-id'et) i det korrekte format, f.eks. 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Løsningsområde
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Vælg løsningsområdet

cpor-claim-claim-type-label = Aktivitet og type krav
cpor-claim-claim-type-pre-sales = Førsalg
cpor-claim-claim-type-usage = Forbrug
cpor-claim-claim-type-revenue-association = Indtægtstilknytning
cpor-claim-claim-type-revenue-association-hint = Kun Business Applications
cpor-claim-claim-type-revenue-association-error = Indtægtstilknytning gælder kun for Business Applications: Vælg Business Applications eller en anden type krav
cpor-claim-claim-type-error-required = Vælg typen af krav

cpor-claim-dynamics-seller-name-label = Navn på Dynamics-løsningssælgeren
cpor-claim-dynamics-seller-name-error-required = Angiv navnet på Dynamics-løsningssælgeren
cpor-claim-customer-name-label = Kundenavn
cpor-claim-customer-name-error-required = Angiv kundens navn
cpor-claim-isv-solution-name-label = Navn på ISV-produktet eller -løsningen
cpor-claim-isv-solution-name-error-required = Angiv navnet på ISV-produktet eller -løsningen

cpor-claim-customer-contact-name-label = Navn
cpor-claim-customer-contact-name-error-required = Angiv navnet på din kundes kontaktperson
cpor-claim-customer-contact-title-label = Stilling
cpor-claim-customer-contact-title-error-required = Angiv stillingen for din kundes kontaktperson
cpor-claim-customer-contact-email-label = Mailadresse
cpor-claim-customer-contact-email-error-required = Angiv mailadressen på din kundes kontaktperson
cpor-claim-customer-contact-email-error-format = Angiv en mailadresse i det korrekte format, f.eks. name@example.com

cpor-claim-technical-contact-name-label = Navn
cpor-claim-technical-contact-name-error-required = Angiv navnet på din kundes tekniske kontaktperson
cpor-claim-technical-contact-title-label = Stilling
cpor-claim-technical-contact-title-error-required = Angiv stillingen for din kundes tekniske kontaktperson
cpor-claim-technical-contact-email-label = Mailadresse
cpor-claim-technical-contact-email-error-required = Angiv mailadressen på din kundes tekniske kontaktperson
cpor-claim-technical-contact-email-error-format = Angiv en mailadresse i det korrekte format, f.eks. name@example.com

cpor-claim-partner-contact-name-label = Navn
cpor-claim-partner-contact-name-error-required = Angiv navnet på din virksomheds kontaktperson
cpor-claim-partner-contact-email-label = Mailadresse
cpor-claim-partner-contact-email-error-required = Angiv mailadressen på din virksomheds kontaktperson
cpor-claim-partner-contact-email-error-format = Angiv en mailadresse i det korrekte format, f.eks. name@example.com

cpor-claim-claim-name-label = Kravets navn
cpor-claim-claim-name-hint = Et navn, du selv vælger til dette krav, så du kan finde det igen i Partnercenter.
cpor-claim-claim-name-error-required = Angiv et navn til kravet

cpor-claim-products-label = Produkter eller arbejdsbelastninger
cpor-claim-products-hint = De produkter eller arbejdsbelastninger, du gør krav på, for eksempel Exchange Online eller Dynamics 365 Sales.
cpor-claim-products-error-required = Angiv de produkter eller arbejdsbelastninger, du gør krav på

cpor-claim-subscription-id-label = Abonnements-id
cpor-claim-subscription-id-hint = Kun for Dynamics 365, når det produkt, du gør krav på, har mere end ét abonnement for denne kunde. Et GUID, for eksempel 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Angiv abonnements-id'et i det korrekte format, f.eks. 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Bevis for udførelse (PoE)
cpor-claim-proof-of-execution-hint = Beskriv beviset, f.eks. en arbejdsbeskrivelse, som kunden har underskrevet. Selve dokumentet vedhæfter du i Partnercenter.
cpor-claim-proof-of-execution-error-required = Beskriv beviset for udførelse
