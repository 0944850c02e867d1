# Skjematekster (ID-skjemaet er beskrevet øverst i locales/en-us/forms.ftl).

## Shared

form-locale = nb-no
form-error-prefix = Feil:{" "}
form-error-summary-title = Det har oppstått et problem
form-optional = (valgfritt)
form-select-choose = Velg et alternativ
form-check = Kontroller kravet
form-download = Last ned JSON
form-print = Skriv ut kravet
form-clear = Tøm skjemaet
form-checklist-title = Sjekkliste
form-checklist-progress = { $done } av { $total } punkter fullført
form-status-complete = Fullført
form-status-incomplete = Ikke fullført
form-status-not-needed = Ikke nødvendig
form-draft-offer = Et utkast av dette kravet er lagret i denne nettleseren.
form-draft-offer-hint = Gjenopprett det for å fortsette, eller forkast det. Ingenting nytt lagres før du har valgt.
form-draft-restore = Gjenopprett utkastet
form-draft-discard = Forkast utkastet
form-draft-restored = Utkastet er gjenopprettet.
form-draft-discarded = Utkastet er forkastet.
form-saved-locally = Det du skriver inn, lagres bare i denne nettleseren, som et utkast for dette språket. Ingenting sendes noe sted.
form-no-script = Kontroll av svarene, utkast og nedlasting krever JavaScript. Du kan fortsatt lese og skrive ut dette skjemaet.
form-cleared = Skjemaet er tømt, og utkastet er fjernet.
form-valid = Fant ingen problemer. Last ned eller skriv ut kravet, og skriv det deretter inn i Partnersenter.
form-print-title = Sammendrag av kravet

## CPOR claim

cpor-claim-title = Forbered kravet om kundetilknytning
cpor-claim-intro = Skriv inn det kravet trenger. Det kontrolleres mot reglene i Partnersenter. Last deretter ned eller skriv ut kravet, og skriv det inn i Partnersenter.
cpor-claim-checklist-lead = Du trenger følgende informasjon for å fullføre et krav:
cpor-claim-terms-locale = nb-no

cpor-claim-item-1 = MPN-ID
cpor-claim-item-2 = Kundens domenenavn
cpor-claim-item-3 = Kundens katalog-ID (leier-ID)
cpor-claim-item-4 = Løsningsområde
cpor-claim-item-5 = Aktivitet og kravtype
cpor-claim-item-6 = Kundens kontaktperson
cpor-claim-item-7 = Kundens tekniske kontaktperson (Dynamics 365)
cpor-claim-item-8 = Bedriftens kontaktperson
cpor-claim-item-9 = Kravets navn
cpor-claim-item-10 = Produkter eller arbeidsbelastninger
cpor-claim-item-11 = Bevis på utførelse (PoE)
cpor-claim-item-12 = Detaljer om inntektstilknytning

# Feltnavn i fet skrift i artikkelens sjekkliste, slik den norske oversettelsen av artikkelen
# skriver dem (Microsoft-terminologi; korpuset har ingen nb-no-artikkel).
cpor-claim-term-mpn-id = MPN-ID
cpor-claim-term-domain-name = domenenavn
cpor-claim-term-directory-id = katalog-ID
cpor-claim-term-tenant-id = leier-ID
cpor-claim-term-solution-area = Løsningsområde
cpor-claim-term-activity = Aktivitet
cpor-claim-term-customer-contact-name = kontaktnavn
cpor-claim-term-technical-contact = tekniske kontakt
cpor-claim-term-partner-contact-name = kontaktnavn
cpor-claim-term-claim-name = navn
cpor-claim-term-products = Produkt(er)
cpor-claim-term-proof-of-execution = Bevis på utførelse
cpor-claim-term-dynamics-seller-name = Navn på Dynamics-løsningsselger
cpor-claim-term-customer-name = Kundenavn
cpor-claim-term-isv-solution-name = Navn på ISV-produkt/-løsning

cpor-claim-group-customer-contact = Kundens kontaktperson
cpor-claim-group-technical-contact = Kundens tekniske kontaktperson
cpor-claim-group-partner-contact = Bedriftens kontaktperson
cpor-claim-required-when-solution-area-business-applications = Obligatorisk ved krav for Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Bare for krav om inntektstilknytning.

cpor-claim-mpn-id-label = MPN-ID
cpor-claim-mpn-id-hint = Microsoft Partner Network-ID-en til partnerplasseringen som fremmer kravet, bare sifre, for eksempel 1234567.
cpor-claim-mpn-id-error-required = Skriv inn MPN-ID-en
cpor-claim-mpn-id-error-format = MPN-ID-en kan bare inneholde sifre, for eksempel 1234567

cpor-claim-customer-domain-label = Kundens domenenavn
cpor-claim-customer-domain-hint = For eksempel contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Skriv inn kundens domenenavn
cpor-claim-customer-domain-error-format = Skriv inn et domenenavn i riktig format, for eksempel contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Kundens katalog-ID (leier-ID)
cpor-claim-tenant-id-hint = Katalog-ID-en kalles også leier-ID-en: 32 heksadesimale sifre i fem grupper, for eksempel 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Skriv inn kundens katalog-ID (leier-ID)
cpor-claim-tenant-id-error-format = Skriv inn katalog-ID-en (leier-ID-en) i riktig format, for eksempel 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Løsningsområde
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Velg løsningsområdet

cpor-claim-claim-type-label = Aktivitet og kravtype
cpor-claim-claim-type-pre-sales = Forhåndssalg
cpor-claim-claim-type-usage = Bruk
cpor-claim-claim-type-revenue-association = Inntektstilknytning
cpor-claim-claim-type-revenue-association-hint = Bare Business Applications
cpor-claim-claim-type-revenue-association-error = Inntektstilknytning gjelder bare for Business Applications: Velg Business Applications eller en annen kravtype
cpor-claim-claim-type-error-required = Velg kravtypen

cpor-claim-dynamics-seller-name-label = Navn på selgeren av Dynamics-løsningen
cpor-claim-dynamics-seller-name-error-required = Skriv inn navnet på selgeren av Dynamics-løsningen
cpor-claim-customer-name-label = Kundenavn
cpor-claim-customer-name-error-required = Skriv inn kundens navn
cpor-claim-isv-solution-name-label = Navn på ISV-produktet eller -løsningen
cpor-claim-isv-solution-name-error-required = Skriv inn navnet på ISV-produktet eller -løsningen

cpor-claim-customer-contact-name-label = Navn
cpor-claim-customer-contact-name-error-required = Skriv inn navnet på kundens kontaktperson
cpor-claim-customer-contact-title-label = Stilling
cpor-claim-customer-contact-title-error-required = Skriv inn stillingen til kundens kontaktperson
cpor-claim-customer-contact-email-label = E-postadresse
cpor-claim-customer-contact-email-error-required = Skriv inn e-postadressen til kundens kontaktperson
cpor-claim-customer-contact-email-error-format = Skriv inn en e-postadresse i riktig format, for eksempel name@example.com

cpor-claim-technical-contact-name-label = Navn
cpor-claim-technical-contact-name-error-required = Skriv inn navnet på kundens tekniske kontaktperson
cpor-claim-technical-contact-title-label = Stilling
cpor-claim-technical-contact-title-error-required = Skriv inn stillingen til kundens tekniske kontaktperson
cpor-claim-technical-contact-email-label = E-postadresse
cpor-claim-technical-contact-email-error-required = Skriv inn e-postadressen til kundens tekniske kontaktperson
cpor-claim-technical-contact-email-error-format = Skriv inn en e-postadresse i riktig format, for eksempel name@example.com

cpor-claim-partner-contact-name-label = Navn
cpor-claim-partner-contact-name-error-required = Skriv inn navnet på bedriftens kontaktperson
cpor-claim-partner-contact-email-label = E-postadresse
cpor-claim-partner-contact-email-error-required = Skriv inn e-postadressen til bedriftens kontaktperson
cpor-claim-partner-contact-email-error-format = Skriv inn en e-postadresse i riktig format, for eksempel name@example.com

cpor-claim-claim-name-label = Kravets navn
cpor-claim-claim-name-hint = Et navn du velger for dette kravet, slik at du finner det igjen i Partnersenter.
cpor-claim-claim-name-error-required = Skriv inn et navn på kravet

cpor-claim-products-label = Produkter eller arbeidsbelastninger
cpor-claim-products-hint = Produktene eller arbeidsbelastningene du krever, for eksempel Exchange Online eller Dynamics 365 Sales.
cpor-claim-products-error-required = Skriv inn produktene eller arbeidsbelastningene du krever

cpor-claim-subscription-id-label = Abonnements-ID
cpor-claim-subscription-id-hint = Bare for Dynamics 365, når produktet du krever, har mer enn ett abonnement for denne kunden. En GUID, for eksempel 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Skriv inn abonnements-ID-en i riktig format, for eksempel 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Bevis på utførelse (PoE)
cpor-claim-proof-of-execution-hint = Beskriv beviset, for eksempel en arbeidsbeskrivelse signert av kunden. Selve dokumentet legger du ved i Partnersenter.
cpor-claim-proof-of-execution-error-required = Beskriv beviset på utførelse
