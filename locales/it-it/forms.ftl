# Testi dei moduli (lo schema degli ID è descritto all'inizio di locales/en-us/forms.ftl).

## Shared

form-locale = it-it
form-error-prefix = Errore:{" "}
form-error-summary-title = Si è verificato un problema
form-optional = (facoltativo)
form-select-choose = Scegliere un'opzione
form-check = Verifica l'attestazione
form-download = Scarica JSON
form-print = Stampa l'attestazione
form-clear = Cancella il modulo
form-checklist-title = Elenco di controllo
form-checklist-progress = Elementi completati: { $done } di { $total }
form-status-complete = Completato
form-status-incomplete = Non completato
form-status-not-needed = Non necessario
form-draft-offer = In questo browser è salvata una bozza di questa attestazione.
form-draft-offer-hint = Ripristinarla per continuare oppure eliminarla. Finché non si sceglie, non viene salvato nulla di nuovo.
form-draft-restore = Ripristina la bozza
form-draft-discard = Elimina la bozza
form-draft-restored = La bozza è stata ripristinata.
form-draft-discarded = La bozza è stata eliminata.
form-saved-locally = I dati immessi vengono conservati solo in questo browser, come bozza per questa lingua. Non viene inviato nulla.
form-no-script = Per verificare le risposte, conservare una bozza e scaricare è necessario JavaScript. È comunque possibile leggere e stampare questo modulo.
form-cleared = Il modulo è stato cancellato e la relativa bozza rimossa.
form-valid = Nessun problema rilevato. Scaricare o stampare l'attestazione, quindi immetterla nel Centro per i partner.
form-print-title = Riepilogo dell'attestazione

## CPOR claim

cpor-claim-title = Preparare l'attestazione di associazione del cliente
cpor-claim-intro = Immettere le informazioni necessarie per l'attestazione, che vengono verificate in base alle regole del Centro per i partner. Scaricarla o stamparla, quindi immetterla nel Centro per i partner.
cpor-claim-checklist-lead = Per completare un'attestazione, saranno necessarie le informazioni seguenti:
cpor-claim-terms-locale = it-it

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Nome di dominio del cliente
cpor-claim-item-3 = ID directory (tenant) del cliente
cpor-claim-item-4 = Area della soluzione
cpor-claim-item-5 = Attività e tipo di attestazione
cpor-claim-item-6 = Contatto del cliente
cpor-claim-item-7 = Contatto tecnico del cliente (Dynamics 365)
cpor-claim-item-8 = Contatto della propria azienda
cpor-claim-item-9 = Nome dell'attestazione
cpor-claim-item-10 = Prodotti o carichi di lavoro
cpor-claim-item-11 = Prova di esecuzione (PoE)
cpor-claim-item-12 = Dettagli dell'associazione dei ricavi

# Nomi dei campi in grassetto nell'elenco di controllo dell'articolo, come li scrive la traduzione
# italiana dell'articolo (terminologia Microsoft; il corpus non contiene l'articolo it-it).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = nome di dominio
cpor-claim-term-directory-id = ID directory
cpor-claim-term-tenant-id = ID tenant
cpor-claim-term-solution-area = Area della soluzione
cpor-claim-term-activity = Attività
cpor-claim-term-customer-contact-name = Nome del contatto
cpor-claim-term-technical-contact = contatto tecnico
cpor-claim-term-partner-contact-name = Nome del contatto
cpor-claim-term-claim-name = nome
cpor-claim-term-products = Prodotti
cpor-claim-term-proof-of-execution = Prova di esecuzione
cpor-claim-term-dynamics-seller-name = Nome del venditore della soluzione Dynamics
cpor-claim-term-customer-name = Nome del cliente
cpor-claim-term-isv-solution-name = Nome del prodotto/della soluzione ISV

cpor-claim-group-customer-contact = Contatto del cliente
cpor-claim-group-technical-contact = Contatto tecnico del cliente
cpor-claim-group-partner-contact = Contatto della propria azienda
cpor-claim-required-when-solution-area-business-applications = Obbligatorio per le attestazioni Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Solo per le attestazioni di associazione dei ricavi.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = L'ID Microsoft Partner Network della sede del partner che presenta l'attestazione, solo cifre, ad esempio 1234567.
cpor-claim-mpn-id-error-required = Immettere l'ID MPN
cpor-claim-mpn-id-error-format = L'ID MPN deve contenere solo cifre, ad esempio 1234567

cpor-claim-customer-domain-label = Nome di dominio del cliente
cpor-claim-customer-domain-hint = Ad esempio, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Immettere il nome di dominio del cliente
cpor-claim-customer-domain-error-format = Immettere un nome di dominio nel formato corretto, ad esempio contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID directory (tenant) del cliente
cpor-claim-tenant-id-hint = L'ID directory è detto anche ID tenant: 32 cifre esadecimali in cinque gruppi, ad esempio 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Immettere l'ID directory (tenant) del cliente
cpor-claim-tenant-id-error-format = Immettere l'ID directory (tenant) nel formato corretto, ad esempio 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Area della soluzione
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Selezionare l'area della soluzione

cpor-claim-claim-type-label = Attività e tipo di attestazione
cpor-claim-claim-type-pre-sales = Prevendita
cpor-claim-claim-type-usage = Utilizzo
cpor-claim-claim-type-revenue-association = Associazione dei ricavi
cpor-claim-claim-type-revenue-association-hint = Solo Business Applications
cpor-claim-claim-type-revenue-association-error = L'associazione dei ricavi è disponibile solo per Business Applications: selezionare Business Applications o un altro tipo di attestazione
cpor-claim-claim-type-error-required = Selezionare il tipo di attestazione

cpor-claim-dynamics-seller-name-label = Nome del venditore della soluzione Dynamics
cpor-claim-dynamics-seller-name-error-required = Immettere il nome del venditore della soluzione Dynamics
cpor-claim-customer-name-label = Nome del cliente
cpor-claim-customer-name-error-required = Immettere il nome del cliente
cpor-claim-isv-solution-name-label = Nome del prodotto o della soluzione ISV
cpor-claim-isv-solution-name-error-required = Immettere il nome del prodotto o della soluzione ISV

cpor-claim-customer-contact-name-label = Nome
cpor-claim-customer-contact-name-error-required = Immettere il nome del contatto del cliente
cpor-claim-customer-contact-title-label = Posizione
cpor-claim-customer-contact-title-error-required = Immettere la posizione del contatto del cliente
cpor-claim-customer-contact-email-label = Indirizzo di posta elettronica
cpor-claim-customer-contact-email-error-required = Immettere l'indirizzo di posta elettronica del contatto del cliente
cpor-claim-customer-contact-email-error-format = Immettere un indirizzo di posta elettronica nel formato corretto, ad esempio name@example.com

cpor-claim-technical-contact-name-label = Nome
cpor-claim-technical-contact-name-error-required = Immettere il nome del contatto tecnico del cliente
cpor-claim-technical-contact-title-label = Posizione
cpor-claim-technical-contact-title-error-required = Immettere la posizione del contatto tecnico del cliente
cpor-claim-technical-contact-email-label = Indirizzo di posta elettronica
cpor-claim-technical-contact-email-error-required = Immettere l'indirizzo di posta elettronica del contatto tecnico del cliente
cpor-claim-technical-contact-email-error-format = Immettere un indirizzo di posta elettronica nel formato corretto, ad esempio name@example.com

cpor-claim-partner-contact-name-label = Nome
cpor-claim-partner-contact-name-error-required = Immettere il nome del contatto della propria azienda
cpor-claim-partner-contact-email-label = Indirizzo di posta elettronica
cpor-claim-partner-contact-email-error-required = Immettere l'indirizzo di posta elettronica del contatto della propria azienda
cpor-claim-partner-contact-email-error-format = Immettere un indirizzo di posta elettronica nel formato corretto, ad esempio name@example.com

cpor-claim-claim-name-label = Nome dell'attestazione
cpor-claim-claim-name-hint = Un nome a scelta per questa attestazione, per ritrovarla nel Centro per i partner.
cpor-claim-claim-name-error-required = Immettere un nome per l'attestazione

cpor-claim-products-label = Prodotti o carichi di lavoro
cpor-claim-products-hint = I prodotti o i carichi di lavoro oggetto dell'attestazione, ad esempio Exchange Online o Dynamics 365 Sales.
cpor-claim-products-error-required = Immettere i prodotti o i carichi di lavoro oggetto dell'attestazione

cpor-claim-subscription-id-label = ID sottoscrizione
cpor-claim-subscription-id-hint = Solo per Dynamics 365, quando il prodotto oggetto dell'attestazione ha più sottoscrizioni per questo cliente. Un GUID, ad esempio 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Immettere l'ID sottoscrizione nel formato corretto, ad esempio 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Prova di esecuzione (PoE)
cpor-claim-proof-of-execution-hint = Descrivere la prova, ad esempio una descrizione del lavoro firmata dal cliente. Il documento vero e proprio si allega nel Centro per i partner.
cpor-claim-proof-of-execution-error-required = Descrivere la prova di esecuzione
