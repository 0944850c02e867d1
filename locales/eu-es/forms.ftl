# Inprimakien testuak (IDen eskema locales/en-us/forms.ftl fitxategiaren hasieran azaltzen da).

## Shared

form-locale = eu-es
form-error-prefix = Errorea:{" "}
form-error-summary-title = Arazo bat dago
form-optional = (aukerakoa)
form-select-choose = Aukeratu bat
form-check = Egiaztatu erreklamazioa
form-download = Deskargatu JSON fitxategia
form-print = Inprimatu erreklamazioa
form-clear = Garbitu inprimakia
form-checklist-title = Egiaztapen-zerrenda
form-checklist-progress = Osatutako elementuak: { $done }/{ $total }
form-status-complete = Osatuta
form-status-incomplete = Osatu gabe
form-status-not-needed = Ez da behar
form-draft-offer = Erreklamazio honen zirriborro bat dago gordeta arakatzaile honetan.
form-draft-offer-hint = Leheneratu jarraitzeko, edo baztertu. Aukeratu arte, ez da ezer berririk gordetzen.
form-draft-restore = Leheneratu zirriborroa
form-draft-discard = Baztertu zirriborroa
form-draft-restored = Zirriborroa leheneratu da.
form-draft-discarded = Zirriborroa baztertu da.
form-saved-locally = Idazten duzuna arakatzaile honetan soilik gordetzen da, hizkuntza honetarako zirriborro gisa. Ez da ezer inora bidaltzen.
form-no-script = Erantzunak egiaztatzeko, zirriborroa gordetzeko eta deskargatzeko, JavaScript behar da. Hala ere, inprimaki hau irakurri eta inprimatu dezakezu.
form-cleared = Inprimakia garbitu eta haren zirriborroa kendu da.
form-valid = Ez da arazorik aurkitu. Deskargatu edo inprimatu erreklamazioa, eta, ondoren, idatzi Bazkideen zentroan.
form-print-title = Erreklamazioaren laburpena

## CPOR claim

cpor-claim-title = Prestatu bezero-loturaren erreklamazioa
cpor-claim-intro = Idatzi erreklamazioak behar duen informazioa; Bazkideen zentroaren arauen arabera egiaztatzen da. Ondoren, deskargatu edo inprimatu erreklamazioa, eta idatzi Bazkideen zentroan.
cpor-claim-checklist-lead = Informazio hau beharko duzu erreklamazio bat osatzeko:
cpor-claim-terms-locale = eu-es

cpor-claim-item-1 = MPN IDa
cpor-claim-item-2 = Bezeroaren domeinu-izena
cpor-claim-item-3 = Bezeroaren direktorioaren (maizterraren) IDa
cpor-claim-item-4 = Soluzio-eremua
cpor-claim-item-5 = Jarduera eta erreklamazio mota
cpor-claim-item-6 = Bezeroaren kontaktua
cpor-claim-item-7 = Bezeroaren kontaktu teknikoa (Dynamics 365)
cpor-claim-item-8 = Zure enpresaren kontaktua
cpor-claim-item-9 = Erreklamazioaren izena
cpor-claim-item-10 = Produktuak edo lan-kargak
cpor-claim-item-11 = Exekuzio-froga (PoE)
cpor-claim-item-12 = Diru-sarreren loturaren xehetasunak

# Artikuluaren egiaztapen-zerrendan letra lodiz idatzitako eremu-izenak, artikuluaren euskarazko
# itzulpenak idazten dituen moduan (Microsoften terminologia; corpusak ez du eu-es artikulurik).
cpor-claim-term-mpn-id = MPN IDa
cpor-claim-term-domain-name = domeinu-izena
cpor-claim-term-directory-id = direktorioaren IDa
cpor-claim-term-tenant-id = maizterraren IDa
cpor-claim-term-solution-area = Soluzio-eremua
cpor-claim-term-activity = Jarduera
cpor-claim-term-customer-contact-name = kontaktuaren izena
cpor-claim-term-technical-contact = kontaktu teknikoaren
cpor-claim-term-partner-contact-name = kontaktuaren izena
cpor-claim-term-claim-name = izena
cpor-claim-term-products = Produktuak
cpor-claim-term-proof-of-execution = Exekuzio-froga
cpor-claim-term-dynamics-seller-name = Dynamics soluzioaren saltzailearen izena
cpor-claim-term-customer-name = Bezeroaren izena
cpor-claim-term-isv-solution-name = ISV produktuaren/soluzioaren izena

cpor-claim-group-customer-contact = Zure bezeroaren kontaktua
cpor-claim-group-technical-contact = Zure bezeroaren kontaktu teknikoa
cpor-claim-group-partner-contact = Zure enpresaren kontaktua
cpor-claim-required-when-solution-area-business-applications = Derrigorrezkoa Business Applications (Dynamics 365) erreklamazioetan.
cpor-claim-shown-when-claim-type-revenue-association = Diru-sarreren loturaren erreklamazioetarako soilik.

cpor-claim-mpn-id-label = MPN IDa
cpor-claim-mpn-id-hint = Erreklamazioa egiten duen bazkidearen kokapenaren Microsoft Partner Network IDa, zenbakiz soilik; adibidez, 1234567.
cpor-claim-mpn-id-error-required = Idatzi zure MPN IDa
cpor-claim-mpn-id-error-format = MPN IDak zenbakiak soilik izan ditzake; adibidez, 1234567

cpor-claim-customer-domain-label = Bezeroaren domeinu-izena
cpor-claim-customer-domain-hint = Adibidez, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Idatzi bezeroaren domeinu-izena
cpor-claim-customer-domain-error-format = Idatzi domeinu-izena formatu egokian; adibidez, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Bezeroaren direktorioaren (maizterraren) IDa
cpor-claim-tenant-id-hint = Direktorioaren IDari maizterraren IDa ere esaten zaio: bost taldetan banatutako 32 digitu hamaseitar; adibidez, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Idatzi bezeroaren direktorioaren (maizterraren) IDa
cpor-claim-tenant-id-error-format = Idatzi direktorioaren (maizterraren) IDa formatu egokian; adibidez, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Soluzio-eremua
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Hautatu soluzio-eremua

cpor-claim-claim-type-label = Jarduera eta erreklamazio mota
cpor-claim-claim-type-pre-sales = Aurresalmenta
cpor-claim-claim-type-usage = Erabilera
cpor-claim-claim-type-revenue-association = Diru-sarreren lotura
cpor-claim-claim-type-revenue-association-hint = Business Applications soilik
cpor-claim-claim-type-revenue-association-error = Diru-sarreren lotura Business Applications eremurako soilik da: hautatu Business Applications edo beste erreklamazio mota bat
cpor-claim-claim-type-error-required = Hautatu erreklamazio mota

cpor-claim-dynamics-seller-name-label = Dynamics soluzioaren saltzailearen izena
cpor-claim-dynamics-seller-name-error-required = Idatzi Dynamics soluzioaren saltzailearen izena
cpor-claim-customer-name-label = Bezeroaren izena
cpor-claim-customer-name-error-required = Idatzi bezeroaren izena
cpor-claim-isv-solution-name-label = ISV produktuaren edo soluzioaren izena
cpor-claim-isv-solution-name-error-required = Idatzi ISV produktuaren edo soluzioaren izena

cpor-claim-customer-contact-name-label = Izena
cpor-claim-customer-contact-name-error-required = Idatzi zure bezeroaren kontaktuaren izena
cpor-claim-customer-contact-title-label = Kargua
cpor-claim-customer-contact-title-error-required = Idatzi zure bezeroaren kontaktuaren kargua
cpor-claim-customer-contact-email-label = Helbide elektronikoa
cpor-claim-customer-contact-email-error-required = Idatzi zure bezeroaren kontaktuaren helbide elektronikoa
cpor-claim-customer-contact-email-error-format = Idatzi helbide elektronikoa formatu egokian; adibidez, name@example.com

cpor-claim-technical-contact-name-label = Izena
cpor-claim-technical-contact-name-error-required = Idatzi zure bezeroaren kontaktu teknikoaren izena
cpor-claim-technical-contact-title-label = Kargua
cpor-claim-technical-contact-title-error-required = Idatzi zure bezeroaren kontaktu teknikoaren kargua
cpor-claim-technical-contact-email-label = Helbide elektronikoa
cpor-claim-technical-contact-email-error-required = Idatzi zure bezeroaren kontaktu teknikoaren helbide elektronikoa
cpor-claim-technical-contact-email-error-format = Idatzi helbide elektronikoa formatu egokian; adibidez, name@example.com

cpor-claim-partner-contact-name-label = Izena
cpor-claim-partner-contact-name-error-required = Idatzi zure enpresaren kontaktuaren izena
cpor-claim-partner-contact-email-label = Helbide elektronikoa
cpor-claim-partner-contact-email-error-required = Idatzi zure enpresaren kontaktuaren helbide elektronikoa
cpor-claim-partner-contact-email-error-format = Idatzi helbide elektronikoa formatu egokian; adibidez, name@example.com

cpor-claim-claim-name-label = Erreklamazioaren izena
cpor-claim-claim-name-hint = Erreklamazio honetarako aukeratzen duzun izena, Bazkideen zentroan berriro aurkitzeko.
cpor-claim-claim-name-error-required = Idatzi erreklamazioaren izena

cpor-claim-products-label = Produktuak edo lan-kargak
cpor-claim-products-hint = Erreklamatzen dituzun produktuak edo lan-kargak; adibidez, Exchange Online edo Dynamics 365 Sales.
cpor-claim-products-error-required = Idatzi erreklamatzen dituzun produktuak edo lan-kargak

cpor-claim-subscription-id-label = Harpidetzaren IDa
cpor-claim-subscription-id-hint = Dynamics 365 produktuetarako soilik, erreklamatzen duzun produktuak bezero honentzat harpidetza bat baino gehiago dituenean. GUID bat; adibidez, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Idatzi harpidetzaren IDa formatu egokian; adibidez, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Exekuzio-froga (PoE)
cpor-claim-proof-of-execution-hint = Deskribatu froga; adibidez, bezeroak sinatutako lan-deskribapen bat. Dokumentua bera Bazkideen zentroan eransten duzu.
cpor-claim-proof-of-execution-error-required = Deskribatu exekuzio-froga
