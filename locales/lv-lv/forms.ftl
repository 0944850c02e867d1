# Veidlapu virknes (ID shēma ir aprakstīta faila locales/en-us/forms.ftl sākumā).

## Shared

form-locale = lv-lv
form-error-prefix = Kļūda:{" "}
form-error-summary-title = Radās problēma
form-optional = (neobligāti)
form-select-choose = Izvēlieties opciju
form-check = Pārbaudīt pieprasījumu
form-download = Lejupielādēt JSON
form-print = Drukāt pieprasījumu
form-clear = Notīrīt veidlapu
form-checklist-title = Kontrolsaraksts
form-checklist-progress = Pabeigtie vienumi: { $done } no { $total }
form-status-complete = Pabeigts
form-status-incomplete = Nav pabeigts
form-status-not-needed = Nav nepieciešams
form-draft-offer = Šajā pārlūkprogrammā ir saglabāts šī pieprasījuma melnraksts.
form-draft-offer-hint = Atjaunojiet to, lai turpinātu, vai atmetiet to. Kamēr neizvēlaties, nekas jauns netiek saglabāts.
form-draft-restore = Atjaunot melnrakstu
form-draft-discard = Atmest melnrakstu
form-draft-restored = Melnraksts ir atjaunots.
form-draft-discarded = Melnraksts ir atmests.
form-saved-locally = Ievadītais tiek glabāts tikai šajā pārlūkprogrammā kā šīs valodas melnraksts. Nekas netiek nekur nosūtīts.
form-no-script = Lai pārbaudītu atbildes, glabātu melnrakstu un lejupielādētu, ir nepieciešams JavaScript. Šo veidlapu joprojām varat izlasīt un izdrukāt.
form-cleared = Veidlapa ir notīrīta, un tās melnraksts ir noņemts.
form-valid = Problēmas netika atrastas. Lejupielādējiet vai izdrukājiet pieprasījumu un pēc tam ievadiet to Partneru centrā.
form-print-title = Pieprasījuma kopsavilkums

## CPOR claim

cpor-claim-title = Klienta saistīšanas pieprasījuma sagatavošana
cpor-claim-intro = Ievadiet pieprasījumam nepieciešamo informāciju; tā tiek pārbaudīta atbilstoši Partneru centra noteikumiem. Pēc tam lejupielādējiet vai izdrukājiet pieprasījumu un ievadiet to Partneru centrā.
cpor-claim-checklist-lead = Lai pabeigtu pieprasījumu, jums būs nepieciešama šāda informācija:
cpor-claim-terms-locale = lv-lv

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = Klienta domēna nosaukums
cpor-claim-item-3 = Klienta direktorija (nomnieka) ID
cpor-claim-item-4 = Risinājuma apgabals
cpor-claim-item-5 = Darbība un pieprasījuma tips
cpor-claim-item-6 = Klienta kontaktpersona
cpor-claim-item-7 = Klienta tehniskā kontaktpersona (Dynamics 365)
cpor-claim-item-8 = Jūsu uzņēmuma kontaktpersona
cpor-claim-item-9 = Pieprasījuma nosaukums
cpor-claim-item-10 = Produkti vai darba slodzes
cpor-claim-item-11 = Izpildes pierādījums (PoE)
cpor-claim-item-12 = Ieņēmumu saistīšanas informācija

# Treknrakstā rakstītie lauku nosaukumi raksta kontrolsarakstā, kā tos raksta šī raksta latviešu
# tulkojums (Microsoft terminoloģija; korpusā nav lv-lv raksta).
cpor-claim-term-mpn-id = MPN ID
cpor-claim-term-domain-name = domēna nosaukums
cpor-claim-term-directory-id = direktorija ID
cpor-claim-term-tenant-id = nomnieka ID
cpor-claim-term-solution-area = Risinājuma apgabals
cpor-claim-term-activity = Darbība
cpor-claim-term-customer-contact-name = Kontaktpersonas vārds
cpor-claim-term-technical-contact = tehniskās kontaktpersonas
cpor-claim-term-partner-contact-name = Kontaktpersonas vārds
cpor-claim-term-claim-name = nosaukumu
cpor-claim-term-products = Produkti
cpor-claim-term-proof-of-execution = Izpildes pierādījums
cpor-claim-term-dynamics-seller-name = Dynamics risinājuma pārdevēja nosaukums
cpor-claim-term-customer-name = Klienta nosaukums
cpor-claim-term-isv-solution-name = ISV produkta/risinājuma nosaukums

cpor-claim-group-customer-contact = Jūsu klienta kontaktpersona
cpor-claim-group-technical-contact = Jūsu klienta tehniskā kontaktpersona
cpor-claim-group-partner-contact = Jūsu uzņēmuma kontaktpersona
cpor-claim-required-when-solution-area-business-applications = Obligāti Business Applications (Dynamics 365) pieprasījumiem.
cpor-claim-shown-when-claim-type-revenue-association = Tikai ieņēmumu saistīšanas pieprasījumiem.

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = Pieprasījumu iesniedzošās partnera atrašanās vietas Microsoft Partner Network ID, tikai cipari, piemēram, 1234567.
cpor-claim-mpn-id-error-required = Ievadiet savu MPN ID
cpor-claim-mpn-id-error-format = MPN ID drīkst saturēt tikai ciparus, piemēram, 1234567

cpor-claim-customer-domain-label = Klienta domēna nosaukums
cpor-claim-customer-domain-hint = Piemēram, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Ievadiet klienta domēna nosaukumu
cpor-claim-customer-domain-error-format = Ievadiet domēna nosaukumu pareizā formātā, piemēram, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Klienta direktorija (nomnieka) ID
cpor-claim-tenant-id-hint = Direktorija ID sauc arī par nomnieka ID: 32 heksadecimāli cipari piecās grupās, piemēram, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Ievadiet klienta direktorija (nomnieka) ID
cpor-claim-tenant-id-error-format = Ievadiet direktorija (nomnieka) ID pareizā formātā, piemēram, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Risinājuma apgabals
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Atlasiet risinājuma apgabalu

cpor-claim-claim-type-label = Darbība un pieprasījuma tips
cpor-claim-claim-type-pre-sales = Pirmspārdošana
cpor-claim-claim-type-usage = Lietojums
cpor-claim-claim-type-revenue-association = Ieņēmumu saistīšana
cpor-claim-claim-type-revenue-association-hint = Tikai Business Applications
cpor-claim-claim-type-revenue-association-error = Ieņēmumu saistīšana ir pieejama tikai Business Applications: atlasiet Business Applications vai citu pieprasījuma tipu
cpor-claim-claim-type-error-required = Atlasiet pieprasījuma tipu

cpor-claim-dynamics-seller-name-label = Dynamics risinājuma pārdevēja nosaukums
cpor-claim-dynamics-seller-name-error-required = Ievadiet Dynamics risinājuma pārdevēja nosaukumu
cpor-claim-customer-name-label = Klienta nosaukums
cpor-claim-customer-name-error-required = Ievadiet klienta nosaukumu
cpor-claim-isv-solution-name-label = ISV produkta vai risinājuma nosaukums
cpor-claim-isv-solution-name-error-required = Ievadiet ISV produkta vai risinājuma nosaukumu

cpor-claim-customer-contact-name-label = Vārds un uzvārds
cpor-claim-customer-contact-name-error-required = Ievadiet jūsu klienta kontaktpersonas vārdu un uzvārdu
cpor-claim-customer-contact-title-label = Amats
cpor-claim-customer-contact-title-error-required = Ievadiet jūsu klienta kontaktpersonas amatu
cpor-claim-customer-contact-email-label = E-pasta adrese
cpor-claim-customer-contact-email-error-required = Ievadiet jūsu klienta kontaktpersonas e-pasta adresi
cpor-claim-customer-contact-email-error-format = Ievadiet e-pasta adresi pareizā formātā, piemēram, name@example.com

cpor-claim-technical-contact-name-label = Vārds un uzvārds
cpor-claim-technical-contact-name-error-required = Ievadiet jūsu klienta tehniskās kontaktpersonas vārdu un uzvārdu
cpor-claim-technical-contact-title-label = Amats
cpor-claim-technical-contact-title-error-required = Ievadiet jūsu klienta tehniskās kontaktpersonas amatu
cpor-claim-technical-contact-email-label = E-pasta adrese
cpor-claim-technical-contact-email-error-required = Ievadiet jūsu klienta tehniskās kontaktpersonas e-pasta adresi
cpor-claim-technical-contact-email-error-format = Ievadiet e-pasta adresi pareizā formātā, piemēram, name@example.com

cpor-claim-partner-contact-name-label = Vārds un uzvārds
cpor-claim-partner-contact-name-error-required = Ievadiet jūsu uzņēmuma kontaktpersonas vārdu un uzvārdu
cpor-claim-partner-contact-email-label = E-pasta adrese
cpor-claim-partner-contact-email-error-required = Ievadiet jūsu uzņēmuma kontaktpersonas e-pasta adresi
cpor-claim-partner-contact-email-error-format = Ievadiet e-pasta adresi pareizā formātā, piemēram, name@example.com

cpor-claim-claim-name-label = Pieprasījuma nosaukums
cpor-claim-claim-name-hint = Nosaukums, ko izvēlaties šim pieprasījumam, lai to atkal atrastu Partneru centrā.
cpor-claim-claim-name-error-required = Ievadiet pieprasījuma nosaukumu

cpor-claim-products-label = Produkti vai darba slodzes
cpor-claim-products-hint = Produkti vai darba slodzes, uz kuriem attiecas pieprasījums, piemēram, Exchange Online vai Dynamics 365 Sales.
cpor-claim-products-error-required = Ievadiet produktus vai darba slodzes, uz kuriem attiecas pieprasījums

cpor-claim-subscription-id-label = Abonementa ID
cpor-claim-subscription-id-hint = Tikai Dynamics 365, ja produktam, uz kuru attiecas pieprasījums, šim klientam ir vairāki abonementi. GUID, piemēram, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Ievadiet abonementa ID pareizā formātā, piemēram, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Izpildes pierādījums (PoE)
cpor-claim-proof-of-execution-hint = Aprakstiet pierādījumu, piemēram, klienta parakstītu darba aprakstu. Pašu dokumentu pievienojat Partneru centrā.
cpor-claim-proof-of-execution-error-required = Aprakstiet izpildes pierādījumu
