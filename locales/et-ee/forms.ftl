# Vormide stringid (ID-skeem on kirjeldatud faili locales/en-us/forms.ftl alguses).

## Shared

form-locale = et-ee
form-error-prefix = Tõrge:{" "}
form-error-summary-title = Ilmnes probleem
form-optional = (valikuline)
form-select-choose = Valige suvand
form-check = Kontrolli nõuet
form-download = Laadi JSON alla
form-print = Prindi nõue
form-clear = Tühjenda vorm
form-checklist-title = Kontroll-loend
form-checklist-progress = Valmis üksused: { $done }/{ $total }
form-status-complete = Valmis
form-status-incomplete = Pole valmis
form-status-not-needed = Pole vajalik
form-draft-offer = Selles brauseris on selle nõude mustand salvestatud.
form-draft-offer-hint = Jätkamiseks taastage see või loobuge sellest. Enne kui valite, ei salvestata midagi uut.
form-draft-restore = Taasta mustand
form-draft-discard = Loobu mustandist
form-draft-restored = Mustand on taastatud.
form-draft-discarded = Mustandist on loobutud.
form-saved-locally = Sisestatud andmeid hoitakse ainult selles brauseris selle keele mustandina. Midagi ei saadeta kuhugi.
form-no-script = Vastuste kontrollimiseks, mustandi hoidmiseks ja allalaadimiseks on vaja JavaScripti. Saate seda vormi siiski lugeda ja printida.
form-cleared = Vorm on tühjendatud ja selle mustand eemaldatud.
form-valid = Probleeme ei leitud. Laadige nõue alla või printige see ja sisestage see seejärel Partnerikeskuses.
form-print-title = Nõude kokkuvõte

## CPOR claim

cpor-claim-title = Kliendi seostamise nõude ettevalmistamine
cpor-claim-intro = Sisestage nõude jaoks vajalik teave; seda kontrollitakse Partnerikeskuse reeglite järgi. Seejärel laadige nõue alla või printige see ja sisestage see Partnerikeskuses.
cpor-claim-checklist-lead = Nõude lõpuleviimiseks on teil vaja järgmist teavet:
cpor-claim-terms-locale = et-ee

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = Kliendi domeeninimi
cpor-claim-item-3 = Kliendi kataloogi (rentniku) ID
cpor-claim-item-4 = Lahendusala
cpor-claim-item-5 = Tegevus ja nõude tüüp
cpor-claim-item-6 = Kliendi kontaktisik
cpor-claim-item-7 = Kliendi tehniline kontaktisik (Dynamics 365)
cpor-claim-item-8 = Teie ettevõtte kontaktisik
cpor-claim-item-9 = Nõude nimi
cpor-claim-item-10 = Tooted või töökoormused
cpor-claim-item-11 = Täitmise tõend (PoE)
cpor-claim-item-12 = Tulu seostamise üksikasjad

# Artikli kontroll-loendi paksus kirjas väljanimed nii, nagu artikli eestikeelne tõlge need
# kirjutab (Microsofti terminoloogia; korpuses pole et-ee artiklit).
cpor-claim-term-mpn-id = MPN ID
cpor-claim-term-domain-name = domeeninimi
cpor-claim-term-directory-id = kataloogi ID
cpor-claim-term-tenant-id = rentniku ID
cpor-claim-term-solution-area = Lahendusala
cpor-claim-term-activity = Tegevus
cpor-claim-term-customer-contact-name = Kontaktisiku nimi
cpor-claim-term-technical-contact = tehnilise kontaktisiku
cpor-claim-term-partner-contact-name = Kontaktisiku nimi
cpor-claim-term-claim-name = nime
cpor-claim-term-products = Tooted
cpor-claim-term-proof-of-execution = Täitmise tõend
cpor-claim-term-dynamics-seller-name = Dynamicsi lahenduse müüja nimi
cpor-claim-term-customer-name = Kliendi nimi
cpor-claim-term-isv-solution-name = ISV toote/lahenduse nimi

cpor-claim-group-customer-contact = Teie kliendi kontaktisik
cpor-claim-group-technical-contact = Teie kliendi tehniline kontaktisik
cpor-claim-group-partner-contact = Teie ettevõtte kontaktisik
cpor-claim-required-when-solution-area-business-applications = Nõutav Business Applicationsi (Dynamics 365) nõuete puhul.
cpor-claim-shown-when-claim-type-revenue-association = Ainult tulu seostamise nõuete puhul.

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = Nõude esitava partneri asukoha Microsoft Partner Networki ID, ainult numbrid, näiteks 1234567.
cpor-claim-mpn-id-error-required = Sisestage oma MPN ID
cpor-claim-mpn-id-error-format = MPN ID tohib sisaldada ainult numbreid, näiteks 1234567

cpor-claim-customer-domain-label = Kliendi domeeninimi
cpor-claim-customer-domain-hint = Näiteks contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Sisestage kliendi domeeninimi
cpor-claim-customer-domain-error-format = Sisestage domeeninimi õiges vormingus, näiteks contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Kliendi kataloogi (rentniku) ID
cpor-claim-tenant-id-hint = Kataloogi ID-d nimetatakse ka rentniku ID-ks: 32 kuueteistkümnendnumbrit viies rühmas, näiteks 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Sisestage kliendi kataloogi (rentniku) ID
cpor-claim-tenant-id-error-format = Sisestage kataloogi (rentniku) ID õiges vormingus, näiteks 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Lahendusala
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Valige lahendusala

cpor-claim-claim-type-label = Tegevus ja nõude tüüp
cpor-claim-claim-type-pre-sales = Eelmüük
cpor-claim-claim-type-usage = Kasutus
cpor-claim-claim-type-revenue-association = Tulu seostamine
cpor-claim-claim-type-revenue-association-hint = Ainult Business Applications
cpor-claim-claim-type-revenue-association-error = Tulu seostamine on saadaval ainult Business Applicationsi jaoks: valige Business Applications või muu nõude tüüp
cpor-claim-claim-type-error-required = Valige nõude tüüp

cpor-claim-dynamics-seller-name-label = Dynamicsi lahenduse müüja nimi
cpor-claim-dynamics-seller-name-error-required = Sisestage Dynamicsi lahenduse müüja nimi
cpor-claim-customer-name-label = Kliendi nimi
cpor-claim-customer-name-error-required = Sisestage kliendi nimi
cpor-claim-isv-solution-name-label = ISV toote või lahenduse nimi
cpor-claim-isv-solution-name-error-required = Sisestage ISV toote või lahenduse nimi

cpor-claim-customer-contact-name-label = Nimi
cpor-claim-customer-contact-name-error-required = Sisestage teie kliendi kontaktisiku nimi
cpor-claim-customer-contact-title-label = Ametinimetus
cpor-claim-customer-contact-title-error-required = Sisestage teie kliendi kontaktisiku ametinimetus
cpor-claim-customer-contact-email-label = Meiliaadress
cpor-claim-customer-contact-email-error-required = Sisestage teie kliendi kontaktisiku meiliaadress
cpor-claim-customer-contact-email-error-format = Sisestage meiliaadress õiges vormingus, näiteks name@example.com

cpor-claim-technical-contact-name-label = Nimi
cpor-claim-technical-contact-name-error-required = Sisestage teie kliendi tehnilise kontaktisiku nimi
cpor-claim-technical-contact-title-label = Ametinimetus
cpor-claim-technical-contact-title-error-required = Sisestage teie kliendi tehnilise kontaktisiku ametinimetus
cpor-claim-technical-contact-email-label = Meiliaadress
cpor-claim-technical-contact-email-error-required = Sisestage teie kliendi tehnilise kontaktisiku meiliaadress
cpor-claim-technical-contact-email-error-format = Sisestage meiliaadress õiges vormingus, näiteks name@example.com

cpor-claim-partner-contact-name-label = Nimi
cpor-claim-partner-contact-name-error-required = Sisestage teie ettevõtte kontaktisiku nimi
cpor-claim-partner-contact-email-label = Meiliaadress
cpor-claim-partner-contact-email-error-required = Sisestage teie ettevõtte kontaktisiku meiliaadress
cpor-claim-partner-contact-email-error-format = Sisestage meiliaadress õiges vormingus, näiteks name@example.com

cpor-claim-claim-name-label = Nõude nimi
cpor-claim-claim-name-hint = Nimi, mille sellele nõudele valite, et see Partnerikeskuses uuesti üles leida.
cpor-claim-claim-name-error-required = Sisestage nõude nimi

cpor-claim-products-label = Tooted või töökoormused
cpor-claim-products-hint = Tooted või töökoormused, mida nõue puudutab, näiteks Exchange Online või Dynamics 365 Sales.
cpor-claim-products-error-required = Sisestage tooted või töökoormused, mida nõue puudutab

cpor-claim-subscription-id-label = Tellimuse ID
cpor-claim-subscription-id-hint = Ainult Dynamics 365 puhul, kui nõutaval tootel on selle kliendi jaoks mitu tellimust. GUID, näiteks 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Sisestage tellimuse ID õiges vormingus, näiteks 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Täitmise tõend (PoE)
cpor-claim-proof-of-execution-hint = Kirjeldage tõendit, näiteks kliendi allkirjastatud tööde kirjeldust. Dokumendi enda lisate Partnerikeskuses.
cpor-claim-proof-of-execution-error-required = Kirjeldage täitmise tõendit
