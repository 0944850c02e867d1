# Formų eilutės (ID schema aprašyta failo locales/en-us/forms.ftl pradžioje).

## Shared

form-locale = lt-lt
form-error-prefix = Klaida:{" "}
form-error-summary-title = Iškilo problema
form-optional = (pasirinktinai)
form-select-choose = Pasirinkite parinktį
form-check = Tikrinti reikalavimą
form-download = Atsisiųsti JSON
form-print = Spausdinti reikalavimą
form-clear = Išvalyti formą
form-checklist-title = Kontrolinis sąrašas
form-checklist-progress = Užbaigti elementai: { $done } iš { $total }
form-status-complete = Užbaigta
form-status-incomplete = Neužbaigta
form-status-not-needed = Nereikia
form-draft-offer = Šioje naršyklėje įrašytas šio reikalavimo juodraštis.
form-draft-offer-hint = Atkurkite jį, kad tęstumėte, arba atmeskite. Kol nepasirinksite, nieko naujo neįrašoma.
form-draft-restore = Atkurti juodraštį
form-draft-discard = Atmesti juodraštį
form-draft-restored = Juodraštis atkurtas.
form-draft-discarded = Juodraštis atmestas.
form-saved-locally = Tai, ką įvedate, saugoma tik šioje naršyklėje kaip šios kalbos juodraštis. Niekas niekur nesiunčiama.
form-no-script = Norint tikrinti atsakymus, saugoti juodraštį ir atsisiųsti, reikia „JavaScript“. Šią formą vis tiek galite perskaityti ir išspausdinti.
form-cleared = Forma išvalyta, o jos juodraštis pašalintas.
form-valid = Problemų nerasta. Atsisiųskite arba išspausdinkite reikalavimą, tada įveskite jį Partnerių centre.
form-print-title = Reikalavimo suvestinė

## CPOR claim

cpor-claim-title = Kliento susiejimo reikalavimo parengimas
cpor-claim-intro = Įveskite reikalavimui reikalingą informaciją; ji tikrinama pagal Partnerių centro taisykles. Tada atsisiųskite arba išspausdinkite reikalavimą ir įveskite jį Partnerių centre.
cpor-claim-checklist-lead = Norėdami užbaigti reikalavimą, turėsite pateikti šią informaciją:
cpor-claim-terms-locale = lt-lt

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = Kliento domeno vardas
cpor-claim-item-3 = Kliento katalogo (nuomotojo) ID
cpor-claim-item-4 = Sprendimo sritis
cpor-claim-item-5 = Veikla ir reikalavimo tipas
cpor-claim-item-6 = Kliento kontaktinis asmuo
cpor-claim-item-7 = Kliento techninis kontaktinis asmuo („Dynamics 365“)
cpor-claim-item-8 = Jūsų įmonės kontaktinis asmuo
cpor-claim-item-9 = Reikalavimo pavadinimas
cpor-claim-item-10 = Produktai arba darbo krūviai
cpor-claim-item-11 = Vykdymo įrodymas (PoE)
cpor-claim-item-12 = Pajamų susiejimo informacija

# Paryškinti laukų pavadinimai straipsnio kontroliniame sąraše, kaip juos rašo lietuviškas
# straipsnio vertimas („Microsoft“ terminija; korpuse nėra lt-lt straipsnio).
cpor-claim-term-mpn-id = MPN ID
cpor-claim-term-domain-name = domeno vardas
cpor-claim-term-directory-id = katalogo ID
cpor-claim-term-tenant-id = nuomotojo ID
cpor-claim-term-solution-area = Sprendimo sritis
cpor-claim-term-activity = Veikla
cpor-claim-term-customer-contact-name = Kontaktinio asmens vardas
cpor-claim-term-technical-contact = techninio kontaktinio asmens
cpor-claim-term-partner-contact-name = Kontaktinio asmens vardas
cpor-claim-term-claim-name = pavadinimą
cpor-claim-term-products = Produktai
cpor-claim-term-proof-of-execution = Vykdymo įrodymas
cpor-claim-term-dynamics-seller-name = „Dynamics“ sprendimo pardavėjo pavadinimas
cpor-claim-term-customer-name = Kliento pavadinimas
cpor-claim-term-isv-solution-name = ISV produkto / sprendimo pavadinimas

cpor-claim-group-customer-contact = Jūsų kliento kontaktinis asmuo
cpor-claim-group-technical-contact = Jūsų kliento techninis kontaktinis asmuo
cpor-claim-group-partner-contact = Jūsų įmonės kontaktinis asmuo
cpor-claim-required-when-solution-area-business-applications = Privaloma „Business Applications“ („Dynamics 365“) reikalavimams.
cpor-claim-shown-when-claim-type-revenue-association = Tik pajamų susiejimo reikalavimams.

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = Reikalavimą teikiančios partnerio vietos „Microsoft Partner Network“ ID, tik skaitmenys, pavyzdžiui, 1234567.
cpor-claim-mpn-id-error-required = Įveskite savo MPN ID
cpor-claim-mpn-id-error-format = MPN ID gali sudaryti tik skaitmenys, pavyzdžiui, 1234567

cpor-claim-customer-domain-label = Kliento domeno vardas
cpor-claim-customer-domain-hint = Pavyzdžiui, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Įveskite kliento domeno vardą
cpor-claim-customer-domain-error-format = Įveskite tinkamo formato domeno vardą, pavyzdžiui, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Kliento katalogo (nuomotojo) ID
cpor-claim-tenant-id-hint = Katalogo ID dar vadinamas nuomotojo ID: 32 šešioliktainiai skaitmenys penkiose grupėse, pavyzdžiui, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Įveskite kliento katalogo (nuomotojo) ID
cpor-claim-tenant-id-error-format = Įveskite tinkamo formato katalogo (nuomotojo) ID, pavyzdžiui, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Sprendimo sritis
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Pasirinkite sprendimo sritį

cpor-claim-claim-type-label = Veikla ir reikalavimo tipas
cpor-claim-claim-type-pre-sales = Išankstinis pardavimas
cpor-claim-claim-type-usage = Naudojimas
cpor-claim-claim-type-revenue-association = Pajamų susiejimas
cpor-claim-claim-type-revenue-association-hint = Tik „Business Applications“
cpor-claim-claim-type-revenue-association-error = Pajamų susiejimas taikomas tik „Business Applications“: pasirinkite „Business Applications“ arba kitą reikalavimo tipą
cpor-claim-claim-type-error-required = Pasirinkite reikalavimo tipą

cpor-claim-dynamics-seller-name-label = „Dynamics“ sprendimo pardavėjo pavadinimas
cpor-claim-dynamics-seller-name-error-required = Įveskite „Dynamics“ sprendimo pardavėjo pavadinimą
cpor-claim-customer-name-label = Kliento pavadinimas
cpor-claim-customer-name-error-required = Įveskite kliento pavadinimą
cpor-claim-isv-solution-name-label = ISV produkto arba sprendimo pavadinimas
cpor-claim-isv-solution-name-error-required = Įveskite ISV produkto arba sprendimo pavadinimą

cpor-claim-customer-contact-name-label = Vardas ir pavardė
cpor-claim-customer-contact-name-error-required = Įveskite jūsų kliento kontaktinio asmens vardą ir pavardę
cpor-claim-customer-contact-title-label = Pareigos
cpor-claim-customer-contact-title-error-required = Įveskite jūsų kliento kontaktinio asmens pareigas
cpor-claim-customer-contact-email-label = El. pašto adresas
cpor-claim-customer-contact-email-error-required = Įveskite jūsų kliento kontaktinio asmens el. pašto adresą
cpor-claim-customer-contact-email-error-format = Įveskite tinkamo formato el. pašto adresą, pavyzdžiui, name@example.com

cpor-claim-technical-contact-name-label = Vardas ir pavardė
cpor-claim-technical-contact-name-error-required = Įveskite jūsų kliento techninio kontaktinio asmens vardą ir pavardę
cpor-claim-technical-contact-title-label = Pareigos
cpor-claim-technical-contact-title-error-required = Įveskite jūsų kliento techninio kontaktinio asmens pareigas
cpor-claim-technical-contact-email-label = El. pašto adresas
cpor-claim-technical-contact-email-error-required = Įveskite jūsų kliento techninio kontaktinio asmens el. pašto adresą
cpor-claim-technical-contact-email-error-format = Įveskite tinkamo formato el. pašto adresą, pavyzdžiui, name@example.com

cpor-claim-partner-contact-name-label = Vardas ir pavardė
cpor-claim-partner-contact-name-error-required = Įveskite jūsų įmonės kontaktinio asmens vardą ir pavardę
cpor-claim-partner-contact-email-label = El. pašto adresas
cpor-claim-partner-contact-email-error-required = Įveskite jūsų įmonės kontaktinio asmens el. pašto adresą
cpor-claim-partner-contact-email-error-format = Įveskite tinkamo formato el. pašto adresą, pavyzdžiui, name@example.com

cpor-claim-claim-name-label = Reikalavimo pavadinimas
cpor-claim-claim-name-hint = Pavadinimas, kurį pasirenkate šiam reikalavimui, kad vėliau jį rastumėte Partnerių centre.
cpor-claim-claim-name-error-required = Įveskite reikalavimo pavadinimą

cpor-claim-products-label = Produktai arba darbo krūviai
cpor-claim-products-hint = Produktai arba darbo krūviai, kuriems teikiate reikalavimą, pavyzdžiui, „Exchange Online“ arba „Dynamics 365 Sales“.
cpor-claim-products-error-required = Įveskite produktus arba darbo krūvius, kuriems teikiate reikalavimą

cpor-claim-subscription-id-label = Prenumeratos ID
cpor-claim-subscription-id-hint = Tik „Dynamics 365“, kai produktas, kuriam teikiate reikalavimą, šiam klientui turi daugiau nei vieną prenumeratą. GUID, pavyzdžiui, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Įveskite tinkamo formato prenumeratos ID, pavyzdžiui, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Vykdymo įrodymas (PoE)
cpor-claim-proof-of-execution-hint = Aprašykite įrodymą, pavyzdžiui, kliento pasirašytą darbų aprašą. Patį dokumentą pridėsite Partnerių centre.
cpor-claim-proof-of-execution-error-required = Aprašykite vykdymo įrodymą
