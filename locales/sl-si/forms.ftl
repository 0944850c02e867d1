# Besedila obrazcev (shema ID-jev je opisana na začetku datoteke locales/en-us/forms.ftl).

## Shared

form-locale = sl-si
form-error-prefix = Napaka:{" "}
form-error-summary-title = Prišlo je do težave
form-optional = (izbirno)
form-select-choose = Izberite možnost
form-check = Preveri zahtevek
form-download = Prenesi JSON
form-print = Natisni zahtevek
form-clear = Počisti obrazec
form-checklist-title = Kontrolni seznam
form-checklist-progress = Dokončani elementi: { $done } od { $total }
form-status-complete = Dokončano
form-status-incomplete = Ni dokončano
form-status-not-needed = Ni potrebno
form-draft-offer = V tem brskalniku je shranjen osnutek tega zahtevka.
form-draft-offer-hint = Obnovite ga, če želite nadaljevati, ali ga zavrzite. Dokler ne izberete, se nič novega ne shrani.
form-draft-restore = Obnovi osnutek
form-draft-discard = Zavrzi osnutek
form-draft-restored = Osnutek je obnovljen.
form-draft-discarded = Osnutek je zavržen.
form-saved-locally = Vneseni podatki so shranjeni samo v tem brskalniku, kot osnutek za ta jezik. Nič se ne pošlje nikamor.
form-no-script = Za preverjanje odgovorov, hranjenje osnutka in prenos je potreben JavaScript. Obrazec lahko še vedno preberete in natisnete.
form-cleared = Obrazec je počiščen, njegov osnutek pa odstranjen.
form-valid = Ni težav. Prenesite ali natisnite zahtevek in ga nato vnesite v Partnerskem središču.
form-print-title = Povzetek zahtevka

## CPOR claim

cpor-claim-title = Pripravite zahtevek za povezavo stranke
cpor-claim-intro = Vnesite podatke, ki jih zahtevek potrebuje; preverijo se po pravilih Partnerskega središča. Nato zahtevek prenesite ali natisnite in ga vnesite v Partnerskem središču.
cpor-claim-checklist-lead = Za dokončanje zahtevka potrebujete te podatke:
cpor-claim-terms-locale = sl-si

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Ime domene stranke
cpor-claim-item-3 = ID imenika (najemnika) stranke
cpor-claim-item-4 = Področje rešitve
cpor-claim-item-5 = Dejavnost in vrsta zahtevka
cpor-claim-item-6 = Stik pri stranki
cpor-claim-item-7 = Tehnični stik pri stranki (Dynamics 365)
cpor-claim-item-8 = Stik v vašem podjetju
cpor-claim-item-9 = Ime zahtevka
cpor-claim-item-10 = Izdelki ali delovne obremenitve
cpor-claim-item-11 = Dokazilo o izvedbi (PoE)
cpor-claim-item-12 = Podrobnosti povezave prihodkov

# Krepko napisana imena polj na kontrolnem seznamu v članku, kot jih piše slovenski prevod
# članka (Microsoftova terminologija; korpus nima članka sl-si).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = ime domene
cpor-claim-term-directory-id = ID imenika
cpor-claim-term-tenant-id = ID najemnika
cpor-claim-term-solution-area = Področje rešitve
cpor-claim-term-activity = Dejavnost
cpor-claim-term-customer-contact-name = Ime stika
cpor-claim-term-technical-contact = tehničnega stika
cpor-claim-term-partner-contact-name = Ime stika
cpor-claim-term-claim-name = ime
cpor-claim-term-products = Izdelki
cpor-claim-term-proof-of-execution = Dokazilo o izvedbi
cpor-claim-term-dynamics-seller-name = Ime prodajalca rešitve Dynamics
cpor-claim-term-customer-name = Ime stranke
cpor-claim-term-isv-solution-name = Ime izdelka/rešitve ISV

cpor-claim-group-customer-contact = Stik pri vaši stranki
cpor-claim-group-technical-contact = Tehnični stik pri vaši stranki
cpor-claim-group-partner-contact = Stik v vašem podjetju
cpor-claim-required-when-solution-area-business-applications = Obvezno za zahtevke za Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Samo za zahtevke za povezavo prihodkov.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = ID v omrežju Microsoft Partner Network za lokacijo partnerja, ki vlaga zahtevek, samo števke, na primer 1234567.
cpor-claim-mpn-id-error-required = Vnesite svoj ID MPN
cpor-claim-mpn-id-error-format = ID MPN lahko vsebuje samo števke, na primer 1234567

cpor-claim-customer-domain-label = Ime domene stranke
cpor-claim-customer-domain-hint = Na primer contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Vnesite ime domene stranke
cpor-claim-customer-domain-error-format = Vnesite ime domene v pravilni obliki, na primer contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID imenika (najemnika) stranke
cpor-claim-tenant-id-hint = ID imenika se imenuje tudi ID najemnika: 32 šestnajstiških števk v petih skupinah, na primer 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Vnesite ID imenika (najemnika) stranke
cpor-claim-tenant-id-error-format = Vnesite ID imenika (najemnika) v pravilni obliki, na primer 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Področje rešitve
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Izberite področje rešitve

cpor-claim-claim-type-label = Dejavnost in vrsta zahtevka
cpor-claim-claim-type-pre-sales = Predprodaja
cpor-claim-claim-type-usage = Uporaba
cpor-claim-claim-type-revenue-association = Povezava prihodkov
cpor-claim-claim-type-revenue-association-hint = Samo Business Applications
cpor-claim-claim-type-revenue-association-error = Povezava prihodkov je na voljo samo za Business Applications: izberite Business Applications ali drugo vrsto zahtevka
cpor-claim-claim-type-error-required = Izberite vrsto zahtevka

cpor-claim-dynamics-seller-name-label = Ime prodajalca rešitve Dynamics
cpor-claim-dynamics-seller-name-error-required = Vnesite ime prodajalca rešitve Dynamics
cpor-claim-customer-name-label = Ime stranke
cpor-claim-customer-name-error-required = Vnesite ime stranke
cpor-claim-isv-solution-name-label = Ime izdelka ali rešitve ISV
cpor-claim-isv-solution-name-error-required = Vnesite ime izdelka ali rešitve ISV

cpor-claim-customer-contact-name-label = Ime in priimek
cpor-claim-customer-contact-name-error-required = Vnesite ime in priimek stika pri vaši stranki
cpor-claim-customer-contact-title-label = Delovno mesto
cpor-claim-customer-contact-title-error-required = Vnesite delovno mesto stika pri vaši stranki
cpor-claim-customer-contact-email-label = E-poštni naslov
cpor-claim-customer-contact-email-error-required = Vnesite e-poštni naslov stika pri vaši stranki
cpor-claim-customer-contact-email-error-format = Vnesite e-poštni naslov v pravilni obliki, na primer name@example.com

cpor-claim-technical-contact-name-label = Ime in priimek
cpor-claim-technical-contact-name-error-required = Vnesite ime in priimek tehničnega stika pri vaši stranki
cpor-claim-technical-contact-title-label = Delovno mesto
cpor-claim-technical-contact-title-error-required = Vnesite delovno mesto tehničnega stika pri vaši stranki
cpor-claim-technical-contact-email-label = E-poštni naslov
cpor-claim-technical-contact-email-error-required = Vnesite e-poštni naslov tehničnega stika pri vaši stranki
cpor-claim-technical-contact-email-error-format = Vnesite e-poštni naslov v pravilni obliki, na primer name@example.com

cpor-claim-partner-contact-name-label = Ime in priimek
cpor-claim-partner-contact-name-error-required = Vnesite ime in priimek stika v vašem podjetju
cpor-claim-partner-contact-email-label = E-poštni naslov
cpor-claim-partner-contact-email-error-required = Vnesite e-poštni naslov stika v vašem podjetju
cpor-claim-partner-contact-email-error-format = Vnesite e-poštni naslov v pravilni obliki, na primer name@example.com

cpor-claim-claim-name-label = Ime zahtevka
cpor-claim-claim-name-hint = Ime, ki ga izberete za ta zahtevek, da ga boste znova našli v Partnerskem središču.
cpor-claim-claim-name-error-required = Vnesite ime zahtevka

cpor-claim-products-label = Izdelki ali delovne obremenitve
cpor-claim-products-hint = Izdelki ali delovne obremenitve, na katere se zahtevek nanaša, na primer Exchange Online ali Dynamics 365 Sales.
cpor-claim-products-error-required = Vnesite izdelke ali delovne obremenitve, na katere se zahtevek nanaša

cpor-claim-subscription-id-label = ID naročnine
cpor-claim-subscription-id-hint = Samo za Dynamics 365, kadar ima izdelek, na katerega se zahtevek nanaša, za to stranko več naročnin. GUID, na primer 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Vnesite ID naročnine v pravilni obliki, na primer 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Dokazilo o izvedbi (PoE)
cpor-claim-proof-of-execution-hint = Opišite dokazilo, na primer opis dela, ki ga je podpisala stranka. Sam dokument priložite v Partnerskem središču.
cpor-claim-proof-of-execution-error-required = Opišite dokazilo o izvedbi
