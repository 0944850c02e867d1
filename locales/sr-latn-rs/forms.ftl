# Tekstovi obrazaca (šema ID-ova opisana je na početku datoteke locales/en-us/forms.ftl).

## Shared

form-locale = sr-latn-rs
form-error-prefix = Greška:{" "}
form-error-summary-title = Došlo je do problema
form-optional = (opcionalno)
form-select-choose = Izaberite opciju
form-check = Proveri zahtev
form-download = Preuzmi JSON
form-print = Odštampaj zahtev
form-clear = Obriši obrazac
form-checklist-title = Kontrolna lista
form-checklist-progress = Završene stavke: { $done } od { $total }
form-status-complete = Završeno
form-status-incomplete = Nije završeno
form-status-not-needed = Nije potrebno
form-draft-offer = U ovom pregledaču je sačuvana radna verzija ovog zahteva.
form-draft-offer-hint = Vratite je da biste nastavili ili je odbacite. Dok ne izaberete, ništa novo se ne čuva.
form-draft-restore = Vrati radnu verziju
form-draft-discard = Odbaci radnu verziju
form-draft-restored = Radna verzija je vraćena.
form-draft-discarded = Radna verzija je odbačena.
form-saved-locally = Ono što unesete čuva se samo u ovom pregledaču, kao radna verzija za ovaj jezik. Ništa se nigde ne šalje.
form-no-script = Za proveru odgovora, čuvanje radne verzije i preuzimanje potreban je JavaScript. Obrazac i dalje možete da pročitate i odštampate.
form-cleared = Obrazac je obrisan, a njegova radna verzija uklonjena.
form-valid = Nisu pronađeni problemi. Preuzmite ili odštampajte zahtev, a zatim ga unesite u Partnerskom centru.
form-print-title = Rezime zahteva

## CPOR claim

cpor-claim-title = Pripremite zahtev za povezivanje klijenta
cpor-claim-intro = Unesite podatke koji su potrebni za zahtev; proveravaju se prema pravilima Partnerskog centra. Zatim preuzmite ili odštampajte zahtev i unesite ga u Partnerskom centru.
cpor-claim-checklist-lead = Da biste dovršili zahtev, biće vam potrebne sledeće informacije:
cpor-claim-terms-locale = sr-latn-rs

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = Ime domena klijenta
cpor-claim-item-3 = ID direktorijuma (zakupca) klijenta
cpor-claim-item-4 = Oblast rešenja
cpor-claim-item-5 = Aktivnost i tip zahteva
cpor-claim-item-6 = Kontakt klijenta
cpor-claim-item-7 = Tehnički kontakt klijenta (Dynamics 365)
cpor-claim-item-8 = Kontakt vaše kompanije
cpor-claim-item-9 = Naziv zahteva
cpor-claim-item-10 = Proizvodi ili radna opterećenja
cpor-claim-item-11 = Dokaz o izvršenju (PoE)
cpor-claim-item-12 = Detalji o povezivanju prihoda

# Podebljani nazivi polja na kontrolnoj listi u članku, onako kako ih piše srpski prevod članka
# (Microsoft terminologija; korpus nema članak sr-latn-rs).
cpor-claim-term-mpn-id = MPN ID
cpor-claim-term-domain-name = ime domena
cpor-claim-term-directory-id = ID direktorijuma
cpor-claim-term-tenant-id = ID zakupca
cpor-claim-term-solution-area = Oblast rešenja
cpor-claim-term-activity = Aktivnost
cpor-claim-term-customer-contact-name = Ime kontakta
cpor-claim-term-technical-contact = tehničkog kontakta
cpor-claim-term-partner-contact-name = Ime kontakta
cpor-claim-term-claim-name = naziv
cpor-claim-term-products = Proizvodi
cpor-claim-term-proof-of-execution = Dokaz o izvršenju
cpor-claim-term-dynamics-seller-name = Naziv prodavca Dynamics rešenja
cpor-claim-term-customer-name = Naziv klijenta
cpor-claim-term-isv-solution-name = Naziv ISV proizvoda/rešenja

cpor-claim-group-customer-contact = Kontakt vašeg klijenta
cpor-claim-group-technical-contact = Tehnički kontakt vašeg klijenta
cpor-claim-group-partner-contact = Kontakt vaše kompanije
cpor-claim-required-when-solution-area-business-applications = Obavezno za zahteve za Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Samo za zahteve za povezivanje prihoda.

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = Microsoft Partner Network ID lokacije partnera koja podnosi zahtev, samo cifre, na primer 1234567.
cpor-claim-mpn-id-error-required = Unesite svoj MPN ID
cpor-claim-mpn-id-error-format = MPN ID sme da sadrži samo cifre, na primer 1234567

cpor-claim-customer-domain-label = Ime domena klijenta
cpor-claim-customer-domain-hint = Na primer, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Unesite ime domena klijenta
cpor-claim-customer-domain-error-format = Unesite ime domena u ispravnom formatu, na primer contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID direktorijuma (zakupca) klijenta
cpor-claim-tenant-id-hint = ID direktorijuma se naziva i ID zakupca: 32 heksadecimalne cifre u pet grupa, na primer 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Unesite ID direktorijuma (zakupca) klijenta
cpor-claim-tenant-id-error-format = Unesite ID direktorijuma (zakupca) u ispravnom formatu, na primer 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Oblast rešenja
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Izaberite oblast rešenja

cpor-claim-claim-type-label = Aktivnost i tip zahteva
cpor-claim-claim-type-pre-sales = Pretprodaja
cpor-claim-claim-type-usage = Korišćenje
cpor-claim-claim-type-revenue-association = Povezivanje prihoda
cpor-claim-claim-type-revenue-association-hint = Samo Business Applications
cpor-claim-claim-type-revenue-association-error = Povezivanje prihoda je dostupno samo za Business Applications: izaberite Business Applications ili neki drugi tip zahteva
cpor-claim-claim-type-error-required = Izaberite tip zahteva

cpor-claim-dynamics-seller-name-label = Naziv prodavca Dynamics rešenja
cpor-claim-dynamics-seller-name-error-required = Unesite naziv prodavca Dynamics rešenja
cpor-claim-customer-name-label = Naziv klijenta
cpor-claim-customer-name-error-required = Unesite naziv klijenta
cpor-claim-isv-solution-name-label = Naziv ISV proizvoda ili rešenja
cpor-claim-isv-solution-name-error-required = Unesite naziv ISV proizvoda ili rešenja

cpor-claim-customer-contact-name-label = Ime i prezime
cpor-claim-customer-contact-name-error-required = Unesite ime i prezime kontakta vašeg klijenta
cpor-claim-customer-contact-title-label = Radno mesto
cpor-claim-customer-contact-title-error-required = Unesite radno mesto kontakta vašeg klijenta
cpor-claim-customer-contact-email-label = E-adresa
cpor-claim-customer-contact-email-error-required = Unesite e-adresu kontakta vašeg klijenta
cpor-claim-customer-contact-email-error-format = Unesite e-adresu u ispravnom formatu, na primer name@example.com

cpor-claim-technical-contact-name-label = Ime i prezime
cpor-claim-technical-contact-name-error-required = Unesite ime i prezime tehničkog kontakta vašeg klijenta
cpor-claim-technical-contact-title-label = Radno mesto
cpor-claim-technical-contact-title-error-required = Unesite radno mesto tehničkog kontakta vašeg klijenta
cpor-claim-technical-contact-email-label = E-adresa
cpor-claim-technical-contact-email-error-required = Unesite e-adresu tehničkog kontakta vašeg klijenta
cpor-claim-technical-contact-email-error-format = Unesite e-adresu u ispravnom formatu, na primer name@example.com

cpor-claim-partner-contact-name-label = Ime i prezime
cpor-claim-partner-contact-name-error-required = Unesite ime i prezime kontakta vaše kompanije
cpor-claim-partner-contact-email-label = E-adresa
cpor-claim-partner-contact-email-error-required = Unesite e-adresu kontakta vaše kompanije
cpor-claim-partner-contact-email-error-format = Unesite e-adresu u ispravnom formatu, na primer name@example.com

cpor-claim-claim-name-label = Naziv zahteva
cpor-claim-claim-name-hint = Naziv koji izaberete za ovaj zahtev, da biste ga ponovo pronašli u Partnerskom centru.
cpor-claim-claim-name-error-required = Unesite naziv zahteva

cpor-claim-products-label = Proizvodi ili radna opterećenja
cpor-claim-products-hint = Proizvodi ili radna opterećenja na koje se zahtev odnosi, na primer Exchange Online ili Dynamics 365 Sales.
cpor-claim-products-error-required = Unesite proizvode ili radna opterećenja na koje se zahtev odnosi

cpor-claim-subscription-id-label = ID pretplate
cpor-claim-subscription-id-hint = Samo za Dynamics 365, kada proizvod na koji se zahtev odnosi ima više pretplata za ovog klijenta. GUID, na primer 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Unesite ID pretplate u ispravnom formatu, na primer 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Dokaz o izvršenju (PoE)
cpor-claim-proof-of-execution-hint = Opišite dokaz, na primer opis posla koji je potpisao klijent. Sam dokument prilažete u Partnerskom centru.
cpor-claim-proof-of-execution-error-required = Opišite dokaz o izvršenju
