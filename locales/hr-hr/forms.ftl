# Tekstovi obrazaca (shema ID-ova opisana je na početku datoteke locales/en-us/forms.ftl).

## Shared

form-locale = hr-hr
form-error-prefix = Pogreška:{" "}
form-error-summary-title = Došlo je do problema
form-optional = (neobavezno)
form-select-choose = Odaberite mogućnost
form-check = Provjeri zahtjev
form-download = Preuzmi JSON
form-print = Ispiši zahtjev
form-clear = Očisti obrazac
form-checklist-title = Popis za provjeru
form-checklist-progress = Dovršene stavke: { $done } od { $total }
form-status-complete = Dovršeno
form-status-incomplete = Nije dovršeno
form-status-not-needed = Nije potrebno
form-draft-offer = U ovom je pregledniku spremljena skica ovog zahtjeva.
form-draft-offer-hint = Vratite je da biste nastavili ili je odbacite. Dok ne odaberete, ništa se novo ne sprema.
form-draft-restore = Vrati skicu
form-draft-discard = Odbaci skicu
form-draft-restored = Skica je vraćena.
form-draft-discarded = Skica je odbačena.
form-saved-locally = Ono što unesete čuva se samo u ovom pregledniku, kao skica za ovaj jezik. Ništa se nikamo ne šalje.
form-no-script = Za provjeru odgovora, čuvanje skice i preuzimanje potreban je JavaScript. Obrazac i dalje možete pročitati i ispisati.
form-cleared = Obrazac je očišćen, a njegova skica uklonjena.
form-valid = Nisu pronađeni problemi. Preuzmite ili ispišite zahtjev, a zatim ga unesite u Partnerskom centru.
form-print-title = Sažetak zahtjeva

## CPOR claim

cpor-claim-title = Pripremite zahtjev za povezivanje klijenta
cpor-claim-intro = Unesite podatke koji su potrebni za zahtjev; provjeravaju se prema pravilima Partnerskog centra. Zatim preuzmite ili ispišite zahtjev i unesite ga u Partnerskom centru.
cpor-claim-checklist-lead = Za dovršetak zahtjeva trebat će vam sljedeće informacije:
cpor-claim-terms-locale = hr-hr

cpor-claim-item-1 = ID MPN-a
cpor-claim-item-2 = Naziv domene klijenta
cpor-claim-item-3 = ID direktorija (klijenta) klijenta
cpor-claim-item-4 = Područje rješenja
cpor-claim-item-5 = Aktivnost i vrsta zahtjeva
cpor-claim-item-6 = Kontakt klijenta
cpor-claim-item-7 = Tehnički kontakt klijenta (Dynamics 365)
cpor-claim-item-8 = Kontakt vaše tvrtke
cpor-claim-item-9 = Naziv zahtjeva
cpor-claim-item-10 = Proizvodi ili radna opterećenja
cpor-claim-item-11 = Dokaz o izvršenju (PoE)
cpor-claim-item-12 = Pojedinosti o povezivanju prihoda

# Podebljani nazivi polja na popisu za provjeru u članku, kako ih piše hrvatski prijevod
# članka (Microsoftova terminologija; korpus nema članak hr-hr).
cpor-claim-term-mpn-id = ID MPN-a
cpor-claim-term-domain-name = naziv domene
cpor-claim-term-directory-id = ID direktorija
cpor-claim-term-tenant-id = ID klijenta
cpor-claim-term-solution-area = Područje rješenja
cpor-claim-term-activity = Aktivnost
cpor-claim-term-customer-contact-name = Ime kontakta
cpor-claim-term-technical-contact = tehničkog kontakta
cpor-claim-term-partner-contact-name = Ime kontakta
cpor-claim-term-claim-name = naziv
cpor-claim-term-products = Proizvodi
cpor-claim-term-proof-of-execution = Dokaz o izvršenju
cpor-claim-term-dynamics-seller-name = Naziv prodavača rješenja Dynamics
cpor-claim-term-customer-name = Naziv klijenta
cpor-claim-term-isv-solution-name = Naziv proizvoda/rješenja ISV-a

cpor-claim-group-customer-contact = Kontakt vašeg klijenta
cpor-claim-group-technical-contact = Tehnički kontakt vašeg klijenta
cpor-claim-group-partner-contact = Kontakt vaše tvrtke
cpor-claim-required-when-solution-area-business-applications = Obavezno za zahtjeve za Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Samo za zahtjeve za povezivanje prihoda.

cpor-claim-mpn-id-label = ID MPN-a
cpor-claim-mpn-id-hint = ID u mreži Microsoft Partner Network za lokaciju partnera koja podnosi zahtjev, samo znamenke, na primjer 1234567.
cpor-claim-mpn-id-error-required = Unesite svoj ID MPN-a
cpor-claim-mpn-id-error-format = ID MPN-a smije sadržavati samo znamenke, na primjer 1234567

cpor-claim-customer-domain-label = Naziv domene klijenta
cpor-claim-customer-domain-hint = Na primjer, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Unesite naziv domene klijenta
cpor-claim-customer-domain-error-format = Unesite naziv domene u ispravnom obliku, na primjer contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID direktorija (klijenta) klijenta
cpor-claim-tenant-id-hint = ID direktorija naziva se i ID klijenta: 32 heksadecimalne znamenke u pet grupa, na primjer 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Unesite ID direktorija (klijenta) klijenta
cpor-claim-tenant-id-error-format = Unesite ID direktorija (klijenta) u ispravnom obliku, na primjer 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Područje rješenja
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Odaberite područje rješenja

cpor-claim-claim-type-label = Aktivnost i vrsta zahtjeva
cpor-claim-claim-type-pre-sales = Predprodaja
cpor-claim-claim-type-usage = Korištenje
cpor-claim-claim-type-revenue-association = Povezivanje prihoda
cpor-claim-claim-type-revenue-association-hint = Samo Business Applications
cpor-claim-claim-type-revenue-association-error = Povezivanje prihoda dostupno je samo za Business Applications: odaberite Business Applications ili neku drugu vrstu zahtjeva
cpor-claim-claim-type-error-required = Odaberite vrstu zahtjeva

cpor-claim-dynamics-seller-name-label = Naziv prodavača rješenja Dynamics
cpor-claim-dynamics-seller-name-error-required = Unesite naziv prodavača rješenja Dynamics
cpor-claim-customer-name-label = Naziv klijenta
cpor-claim-customer-name-error-required = Unesite naziv klijenta
cpor-claim-isv-solution-name-label = Naziv proizvoda ili rješenja ISV-a
cpor-claim-isv-solution-name-error-required = Unesite naziv proizvoda ili rješenja ISV-a

cpor-claim-customer-contact-name-label = Ime i prezime
cpor-claim-customer-contact-name-error-required = Unesite ime i prezime kontakta vašeg klijenta
cpor-claim-customer-contact-title-label = Radno mjesto
cpor-claim-customer-contact-title-error-required = Unesite radno mjesto kontakta vašeg klijenta
cpor-claim-customer-contact-email-label = Adresa e-pošte
cpor-claim-customer-contact-email-error-required = Unesite adresu e-pošte kontakta vašeg klijenta
cpor-claim-customer-contact-email-error-format = Unesite adresu e-pošte u ispravnom obliku, na primjer name@example.com

cpor-claim-technical-contact-name-label = Ime i prezime
cpor-claim-technical-contact-name-error-required = Unesite ime i prezime tehničkog kontakta vašeg klijenta
cpor-claim-technical-contact-title-label = Radno mjesto
cpor-claim-technical-contact-title-error-required = Unesite radno mjesto tehničkog kontakta vašeg klijenta
cpor-claim-technical-contact-email-label = Adresa e-pošte
cpor-claim-technical-contact-email-error-required = Unesite adresu e-pošte tehničkog kontakta vašeg klijenta
cpor-claim-technical-contact-email-error-format = Unesite adresu e-pošte u ispravnom obliku, na primjer name@example.com

cpor-claim-partner-contact-name-label = Ime i prezime
cpor-claim-partner-contact-name-error-required = Unesite ime i prezime kontakta vaše tvrtke
cpor-claim-partner-contact-email-label = Adresa e-pošte
cpor-claim-partner-contact-email-error-required = Unesite adresu e-pošte kontakta vaše tvrtke
cpor-claim-partner-contact-email-error-format = Unesite adresu e-pošte u ispravnom obliku, na primjer name@example.com

cpor-claim-claim-name-label = Naziv zahtjeva
cpor-claim-claim-name-hint = Naziv koji odaberete za ovaj zahtjev kako biste ga ponovno pronašli u Partnerskom centru.
cpor-claim-claim-name-error-required = Unesite naziv zahtjeva

cpor-claim-products-label = Proizvodi ili radna opterećenja
cpor-claim-products-hint = Proizvodi ili radna opterećenja na koje se zahtjev odnosi, na primjer Exchange Online ili Dynamics 365 Sales.
cpor-claim-products-error-required = Unesite proizvode ili radna opterećenja na koje se zahtjev odnosi

cpor-claim-subscription-id-label = ID pretplate
cpor-claim-subscription-id-hint = Samo za Dynamics 365, kada proizvod na koji se zahtjev odnosi ima više pretplata za ovog klijenta. GUID, na primjer 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Unesite ID pretplate u ispravnom obliku, na primjer 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Dokaz o izvršenju (PoE)
cpor-claim-proof-of-execution-hint = Opišite dokaz, na primjer opis posla koji je potpisao klijent. Sam dokument prilažete u Partnerskom centru.
cpor-claim-proof-of-execution-error-required = Opišite dokaz o izvršenju
