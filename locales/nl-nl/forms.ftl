# Teksten van formulieren (het id-schema staat beschreven bovenaan locales/en-us/forms.ftl).

## Shared

form-locale = nl-nl
form-error-prefix = Fout:{" "}
form-error-summary-title = Er is een probleem
form-optional = (optioneel)
form-select-choose = Kies een optie
form-check = Claim controleren
form-download = JSON downloaden
form-print = Claim afdrukken
form-clear = Formulier wissen
form-checklist-title = Controlelijst
form-checklist-progress = { $done } van { $total } items voltooid
form-status-complete = Voltooid
form-status-incomplete = Niet voltooid
form-status-not-needed = Niet nodig
form-draft-offer = Er is een concept van deze claim opgeslagen in deze browser.
form-draft-offer-hint = Herstel het om verder te gaan, of verwijder het. Er wordt niets nieuws opgeslagen totdat u een keuze maakt.
form-draft-restore = Concept herstellen
form-draft-discard = Concept verwijderen
form-draft-restored = Het concept is hersteld.
form-draft-discarded = Het concept is verwijderd.
form-saved-locally = Wat u invoert, wordt alleen in deze browser bewaard, als concept voor deze taal. Er wordt niets verzonden.
form-no-script = Voor het controleren van de antwoorden, het bewaren van een concept en het downloaden is JavaScript nodig. U kunt dit formulier nog wel lezen en afdrukken.
form-cleared = Het formulier is gewist en het concept is verwijderd.
form-valid = Geen problemen gevonden. Download of druk de claim af en voer deze vervolgens in Partnercentrum in.
form-print-title = Overzicht van de claim

## CPOR claim

cpor-claim-title = Uw claim voor klantkoppeling voorbereiden
cpor-claim-intro = Voer in wat de claim nodig heeft. Dit wordt gecontroleerd aan de hand van de regels van Partnercentrum. Download of druk de claim daarna af en voer deze in Partnercentrum in.
cpor-claim-checklist-lead = U hebt de volgende informatie nodig om een claim te voltooien:
cpor-claim-terms-locale = nl-nl

cpor-claim-item-1 = MPN-id
cpor-claim-item-2 = Domeinnaam van de klant
cpor-claim-item-3 = Map-id (tenant-id) van de klant
cpor-claim-item-4 = Oplossingsgebied
cpor-claim-item-5 = Activiteit en type claim
cpor-claim-item-6 = Contactpersoon van de klant
cpor-claim-item-7 = Technische contactpersoon van de klant (Dynamics 365)
cpor-claim-item-8 = Contactpersoon van uw bedrijf
cpor-claim-item-9 = Naam van de claim
cpor-claim-item-10 = Producten of workloads
cpor-claim-item-11 = Bewijs van uitvoering (PoE)
cpor-claim-item-12 = Gegevens voor omzetkoppeling

# Vetgedrukte veldnamen in de controlelijst van het artikel, zoals de Nederlandse vertaling van
# het artikel ze schrijft (Microsoft-terminologie; het corpus bevat geen nl-nl-artikel).
cpor-claim-term-mpn-id = MPN-id
cpor-claim-term-domain-name = domeinnaam
cpor-claim-term-directory-id = map-id
cpor-claim-term-tenant-id = tenant-id
cpor-claim-term-solution-area = Oplossingsgebied
cpor-claim-term-activity = Activiteit
cpor-claim-term-customer-contact-name = Naam van contactpersoon
cpor-claim-term-technical-contact = technische contactpersoon
cpor-claim-term-partner-contact-name = Naam van contactpersoon
cpor-claim-term-claim-name = naam
cpor-claim-term-products = Product(en)
cpor-claim-term-proof-of-execution = Bewijs van uitvoering
cpor-claim-term-dynamics-seller-name = Naam van verkoper van Dynamics-oplossing
cpor-claim-term-customer-name = Klantnaam
cpor-claim-term-isv-solution-name = Naam van ISV-product/-oplossing

cpor-claim-group-customer-contact = Contactpersoon van uw klant
cpor-claim-group-technical-contact = Technische contactpersoon van uw klant
cpor-claim-group-partner-contact = Contactpersoon van uw bedrijf
cpor-claim-required-when-solution-area-business-applications = Vereist bij claims voor Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Alleen voor claims voor omzetkoppeling.

cpor-claim-mpn-id-label = MPN-id
cpor-claim-mpn-id-hint = De Microsoft Partner Network-id van de partnerlocatie die de claim indient, alleen cijfers, bijvoorbeeld 1234567.
cpor-claim-mpn-id-error-required = Voer uw MPN-id in
cpor-claim-mpn-id-error-format = De MPN-id mag alleen cijfers bevatten, zoals 1234567

cpor-claim-customer-domain-label = Domeinnaam van de klant
cpor-claim-customer-domain-hint = Bijvoorbeeld contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Voer de domeinnaam van de klant in
cpor-claim-customer-domain-error-format = Voer een domeinnaam in de juiste indeling in, zoals contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Map-id (tenant-id) van de klant
cpor-claim-tenant-id-hint = De map-id wordt ook wel tenant-id genoemd: 32 hexadecimale cijfers in vijf groepen, bijvoorbeeld 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Voer de map-id (tenant-id) van de klant in
cpor-claim-tenant-id-error-format = Voer de map-id (tenant-id) in de juiste indeling in, zoals 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Oplossingsgebied
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Selecteer het oplossingsgebied

cpor-claim-claim-type-label = Activiteit en type claim
cpor-claim-claim-type-pre-sales = Voorverkoop
cpor-claim-claim-type-usage = Gebruik
cpor-claim-claim-type-revenue-association = Omzetkoppeling
cpor-claim-claim-type-revenue-association-hint = Alleen Business Applications
cpor-claim-claim-type-revenue-association-error = Omzetkoppeling is alleen voor Business Applications: selecteer Business Applications of een ander type claim
cpor-claim-claim-type-error-required = Selecteer het type claim

cpor-claim-dynamics-seller-name-label = Naam van de verkoper van de Dynamics-oplossing
cpor-claim-dynamics-seller-name-error-required = Voer de naam van de verkoper van de Dynamics-oplossing in
cpor-claim-customer-name-label = Klantnaam
cpor-claim-customer-name-error-required = Voer de naam van de klant in
cpor-claim-isv-solution-name-label = Naam van het ISV-product of de ISV-oplossing
cpor-claim-isv-solution-name-error-required = Voer de naam van het ISV-product of de ISV-oplossing in

cpor-claim-customer-contact-name-label = Naam
cpor-claim-customer-contact-name-error-required = Voer de naam van de contactpersoon van uw klant in
cpor-claim-customer-contact-title-label = Functie
cpor-claim-customer-contact-title-error-required = Voer de functie van de contactpersoon van uw klant in
cpor-claim-customer-contact-email-label = E-mailadres
cpor-claim-customer-contact-email-error-required = Voer het e-mailadres van de contactpersoon van uw klant in
cpor-claim-customer-contact-email-error-format = Voer een e-mailadres in de juiste indeling in, zoals name@example.com

cpor-claim-technical-contact-name-label = Naam
cpor-claim-technical-contact-name-error-required = Voer de naam van de technische contactpersoon van uw klant in
cpor-claim-technical-contact-title-label = Functie
cpor-claim-technical-contact-title-error-required = Voer de functie van de technische contactpersoon van uw klant in
cpor-claim-technical-contact-email-label = E-mailadres
cpor-claim-technical-contact-email-error-required = Voer het e-mailadres van de technische contactpersoon van uw klant in
cpor-claim-technical-contact-email-error-format = Voer een e-mailadres in de juiste indeling in, zoals name@example.com

cpor-claim-partner-contact-name-label = Naam
cpor-claim-partner-contact-name-error-required = Voer de naam van de contactpersoon van uw bedrijf in
cpor-claim-partner-contact-email-label = E-mailadres
cpor-claim-partner-contact-email-error-required = Voer het e-mailadres van de contactpersoon van uw bedrijf in
cpor-claim-partner-contact-email-error-format = Voer een e-mailadres in de juiste indeling in, zoals name@example.com

cpor-claim-claim-name-label = Naam van de claim
cpor-claim-claim-name-hint = Een naam die u voor deze claim kiest, zodat u deze terugvindt in Partnercentrum.
cpor-claim-claim-name-error-required = Voer een naam voor de claim in

cpor-claim-products-label = Producten of workloads
cpor-claim-products-hint = De producten of workloads die u claimt, bijvoorbeeld Exchange Online of Dynamics 365 Sales.
cpor-claim-products-error-required = Voer de producten of workloads in die u claimt

cpor-claim-subscription-id-label = Abonnements-id
cpor-claim-subscription-id-hint = Alleen voor Dynamics 365, als het product dat u claimt meer dan één abonnement voor deze klant heeft. Een GUID, bijvoorbeeld 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Voer de abonnements-id in de juiste indeling in, zoals 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Bewijs van uitvoering (PoE)
cpor-claim-proof-of-execution-hint = Beschrijf het bewijs, zoals een door de klant ondertekende werkomschrijving. Het document zelf voegt u in Partnercentrum toe.
cpor-claim-proof-of-execution-error-required = Beschrijf het bewijs van uitvoering
